/**
 * A word built like a Kazakh given name ("Селимжан", "Мұратхан", "Сәдібек") with a Kazakh case
 * ending, inside a sentence: "Гарвард университеті Селимжанға шақырту жіберіпті", "қиындыққа
 * ұшыраған Мұратханға". Such names are on no list, and the name classifier, which saw few of
 * them declined, leaves many. Opening a sentence the word is left to it: places built alike
 * stand there ("Бурабайда қыстыгүні").
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
  return !isSentenceOpening(text, token.start);
}
