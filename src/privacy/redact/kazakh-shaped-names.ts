/**
 * A word built like a Kazakh given name ("Селимжан", "Мұратхан", "Сәдібек") with a Kazakh case
 * ending, inside a sentence: "Гарвард университеті Селимжанға шақырту жіберіпті", "қиындыққа
 * ұшыраған Мұратханға". Such names are on no list, and the name classifier, which saw few of
 * them declined, leaves many ("Гүлнұрға рақмет", a review opening with the name). Villages
 * built alike stand in the locative ("Бурабайда қыстыгүні"), which is left out.
 */
import type { NameToken } from './name-token.js';
import { isSentenceOpening } from './sentence-opening.js';

/**
 * Every case ending but the locative: villages are built like names and stand in it ("Біз
 * Қарабайда тұрамыз", we live in Qarabai), a person seldom does.
 */
const KAZAKH_CASE_ENDING =
  /(?:ның|нің|дың|дің|тың|тің|ға|ге|қа|ке|ны|ні|ды|ді|ты|ті|нан|нен|дан|ден|тан|тен|мен|бен|пен)$/u;

/** Whether `tokens[index]` is such a word, alone among capitalised words. */
export function isDeclinedKazakhShapedName(text: string, tokens: readonly NameToken[], index: number): boolean {
  const token = tokens[index]!;
  if (token.given !== 'shaped' || token.place || token.subject || !KAZAKH_CASE_ENDING.test(token.word)) return false;
  const next = tokens[index + 1];
  if ((token.joined && tokens[index - 1]?.capitalised) || (next?.joined && next.capitalised)) return false;
  return !isSentenceOpening(text, token.start) || isDeclinedNameOpening(token.word);
}

/**
 * Opening a sentence, the word must be a name's case form by its letters too: the ending after
 * the stem as Kazakh harmony puts it ("Гүлнұрға", "Әлімжанның", "Аманбектің"), not a verb's
 * negative ("Ойналынбайды", "Келмейді"), "my ..." declined ("Ұпайымның", "Кішкентайымнан"), nor
 * a loanword whose letters only look so ("Мегабайты": "-бай" takes "-ды").
 */
const NEGATIVE_VERB = /[бпм][аеә]йд[ыі]$/u;
const FIRST_PERSON_DECLINED = /[ыі]м(?:ның|нің|нан|нен|ға|ге|ды|ді|мен)$/u;
const VOICELESS = 'кқпстшфхцч';
const VOWELS = 'аәеиоөұүыіуэюя';

function isDeclinedNameOpening(word: string): boolean {
  if (NEGATIVE_VERB.test(word) || FIRST_PERSON_DECLINED.test(word)) return false;
  const ending = KAZAKH_CASE_ENDING.exec(word)?.[0] ?? '';
  const last = word[word.length - ending.length - 1] ?? '';
  const opening = ending[0]!;
  // "т" and "қ", "к", "п" after a voiceless letter; "н" after a vowel (and "м", "н", "ң" for
  // the genitive and ablative); "д", "ғ", "г", "б", "м" after the rest.
  if (VOICELESS.includes(last)) return 'тқкп'.includes(opening);
  if (VOWELS.includes(last)) return opening === 'н' || opening === 'ғ' || opening === 'г' || opening === 'м';
  return opening !== 'т' && opening !== 'қ' && opening !== 'к' && opening !== 'п';
}
