/**
 * A given name the speaker addresses: opening a sentence before a comma when the sentence
 * speaks to "you" ("Азамат, сіз эфирдесіз", "Алмас, сөз сізде", "Вера, вы где?"), or right
 * after a greeting or thanks ("Қайырлы күн, Бірлік!", "Сәлем, Азамат!", "Спасибо, Роза!").
 * Television hosts hand the word over so, and residents' posts open so. Many such names are
 * also words (бірлік is unity, алмас a diamond), which the name classifier leaves opening a
 * sentence; addressed, with "you" after, they are a person's.
 */
import { KIN_ADDRESS_AFTER } from './kin-address-words.js';
import type { NameToken } from './name-token.js';
import { isSentenceOpening } from './sentence-opening.js';

const COMMA_AFTER = /^ ?,/u;
/** "you" in Kazakh and Russian, in the sentence after the name (to its end, or a few words on). */
const SECOND_PERSON = new RegExp(
  '(?<!\\p{L})(?:сіз|сізге|сізді|сіздің|сізде|сізден|сізбен|сіздер|сен|саған|сені|сенің|сенде|сендер|' +
    'сәлеметсіз|эфирдесіз|эфирдесің|вы|вас|вам|ваш|ваша|ты|тебя|тебе|твой|твоя)(?!\\p{L})',
  'iu',
);
/**
 * A Kazakh verb asking "you" politely, which ends the sentence, often far after the name: a host
 * hands over so ("Ғалымжан, маңызды саяси науқанның барысы туралы айтып берсеңіз",
 * "түсіндіріңізші").
 */
const POLITE_REQUEST_TO_YOU = /\p{L}{2,}(?:саңыз|сеңіз|ңызшы|ңізші)(?!\p{L})/u;
const REQUEST_LOOKAHEAD = 160;
const SENTENCE_END = /[.!?…\n]/u;
/** "you" comes within a few words: "Риат, қайырлы таң, сіз эфирдесіз", "Бірлік, біз сізді тыңдап тұрмыз". */
const SENTENCE_LOOKAHEAD = 40;
/** A greeting or thanks and a comma right before the name. */
const GREETING_BEFORE = new RegExp(
  '(?<!\\p{L})(?:сәлем|салем|сәлеметсіз бе|қайырлы (?:таң|күн|кеш)|рахмет|рақмет|спасибо|привет|' +
    'здравствуйте|добрый (?:день|вечер)|доброе утро) ?, ?$',
  'iu',
);
const GREETING_LOOKBEHIND = 24;
const END_OF_ADDRESS_AFTER = /^ ?[!,.?]/u;

/**
 * Whether `tokens[index]`, a word alone, is a person spoken to: a listed given name (or one
 * built like a Kazakh one), or in a Kazakh sentence any word but a kin word, a courtesy or a
 * word of assent ("Мансұр, сіз тікелей эфирдесіз", "Риат, қайырлы таң, сіз эфирдесіз").
 */
export function isAddressedName(text: string, tokens: readonly NameToken[], index: number): boolean {
  const token = tokens[index]!;
  if (!token.capitalised || token.place || token.subject) return false;
  // Most words have no stop or comma right after them: that is looked at first, cheaply.
  if (!END_OF_ADDRESS_AFTER.test(text.slice(token.end, token.end + 2))) return false;
  const next = tokens[index + 1];
  if ((token.joined && tokens[index - 1]?.capitalised) || (next?.joined && next.capitalised)) return false;

  const after = text.slice(token.end, token.end + SENTENCE_LOOKAHEAD);
  const before = text.slice(Math.max(0, token.start - GREETING_LOOKBEHIND), token.start);
  const listed = token.given !== undefined;
  if (listed && GREETING_BEFORE.test(before) && END_OF_ADDRESS_AFTER.test(after)) return true;
  if (!COMMA_AFTER.test(after) || !isSentenceOpening(text, token.start)) return false;
  const end = after.search(SENTENCE_END);
  const sentence = end < 0 ? after : after.slice(0, end);
  if (SECOND_PERSON.test(sentence)) return listed || isUnlistedAddressee(token.word, sentence);
  // Far from the name only a name that is no word: "Мәселен, ... барсаңыз" (for example, if you go).
  return (token.given === 'given' || token.given === 'shaped') && isRequestToYou(text, token.end);
}

function isRequestToYou(text: string, from: number): boolean {
  const after = text.slice(from, from + REQUEST_LOOKAHEAD);
  const end = after.search(SENTENCE_END);
  return POLITE_REQUEST_TO_YOU.test(end < 0 ? after : after.slice(0, end));
}

/**
 * Words a Kazakh speaker opens with before "сіз" that are no name: kin words ("Апа, сіз"),
 * "my ..." ("Балам, сен", "Жаным"), polite requests ("Кешіріңіз"), courtesies and assent
 * ("Рақмет", "Жарайды", "Дұрыс"), interjections ("Аха", "Ой"), and words in Latin letters.
 */
const FIRST_PERSON_POSSESSIVE = /(?:[аәеоөұүыі]м|[ыі]м)$/u;
const POLITE_REQUEST = /(?:ңыз|ңіз)$/u;
const COURTESY_WORDS = new Set([
  'рақмет', 'рахмет', 'жарайды', 'дұрыс', 'түсінікті', 'жақсы', 'құрметті', 'қымбатты', 'қайырлы',
  'айналайын', 'шынымен', 'шынында', 'расымен', 'солай',
]);
/**
 * Words that open a Kazakh sentence before a comma as "for example", "so", "now", "in short":
 * "Мәселен, егер сіз ертерек барсаңыз..." speaks to "you" with no one named. Adverbs of manner
 * and order end so too ("Меніңше", "Сәйкесінше", "Біріншіден"); an ablative alone does not
 * ("Ерден", "Айдан" are names).
 */
const SENTENCE_ADVERBS = new Set([
  'мәселен', 'мысалы', 'мысалға', 'міне', 'әне', 'енді', 'демек', 'сөйтіп', 'яғни', 'негізі', 'негізінен',
  'айтпақшы', 'расында', 'бастысы', 'айталық', 'жалпы', 'әйтеуір', 'жаңағы', 'әрине', 'сонымен', 'сондықтан',
]);
const ADVERB_ENDING = /(?:ша|ше|нші(?:ден)?|ншы(?:дан)?)$/u;
const SHORTEST_UNLISTED = 4;
const LATIN_LETTER = /[a-z]/u;
const KAZAKH_LETTER = /[әғқңөұүһі]/u;

/** A greeting as typed in haste: "Саламатсызба", "Сәлеметсізбе", "Ассалаумағалейкум". */
const GREETING_WORD = /^(?:ас)?с[аә]л[аеә]м/u;

function isUnlistedAddressee(word: string, sentence: string): boolean {
  if (!KAZAKH_LETTER.test(sentence) || word.length < SHORTEST_UNLISTED || LATIN_LETTER.test(word)) return false;
  if (COURTESY_WORDS.has(word) || GREETING_WORD.test(word)) return false;
  if (SENTENCE_ADVERBS.has(word) || ADVERB_ENDING.test(word)) return false;
  if (FIRST_PERSON_POSSESSIVE.test(word) || POLITE_REQUEST.test(word)) return false;
  return !KIN_ADDRESS_AFTER.test(` ${word}`);
}
