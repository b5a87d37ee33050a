/**
 * An adjective opening a sentence before its noun: "Лицевой счёт не пришёл", "Мусорный бак
 * переполнен", "Входная дверь сломана". Capitalised only by its place, the adjective ends like a
 * surname (Толстой, Вишневский, Толстая) and was redacted as one alone: "[NAME] счёт". A surname
 * opening a sentence is followed by a verb ("Толстой написал") or a given name, not by a noun.
 */
import type { NameToken } from './name-token.js';
import { isVerbShaped } from './opening-verbs.js';
import { isSentenceOpening } from './sentence-opening.js';

/** The endings of a Russian adjective in the nominative, which surnames share. */
const ADJECTIVE_ENDING = /(?:[ыио]й|ая|яя|ое|ее|ые|ие)$/u;
/**
 * A lower-case word after the adjective, of three letters or more, then a word's end. A comma, a
 * dash or a stop between them parts the two.
 */
const WORD_AFTER = /^ (\p{Ll}{3,})(?![\p{L}-])/u;
/**
 * Words a surname is followed by as often as a noun is: particles, conjunctions, pronouns,
 * adverbs and the forms of "быть" ("Петровский тоже пришёл", "Толстой был прав").
 */
const NOT_NOUNS = new Set(`
уже тоже также ещё еще даже лишь только всё все сам сама сами вновь снова опять давно сразу
потом затем тогда всегда никогда сегодня вчера завтра теперь сейчас здесь там лично был была
было были будет будут есть нет его ему него она они оно мне нам вам нас вас так как тут или
либо зато однако ведь это этот эта эти того при про без для над под через после перед около
`.split(/\s+/).filter((word) => word !== ''));

/**
 * Whether the word at `index` is an adjective opening a sentence before a noun: alone (no
 * capitalised word joined to it), surname-shaped only (`listedSurname` says whether a list
 * holds it: "Толстой" on it stays a name), on no given-name list.
 */
// LIMITATION: inside a sentence a capitalised adjective before a noun ("что Лицевой счёт
// переоформят") stays a name: there surnames before a noun in apposition are as many, and leaving
// them out cost NEREL dev 0.4 points of recall ("Шукшинской", "Родионовой").
export function isOpeningAdjectiveBeforeNoun(
  text: string, tokens: readonly NameToken[], index: number, listedSurname: (key: string) => boolean,
): boolean {
  const token = tokens[index]!;
  const next = tokens[index + 1];
  if (next?.joined || token.given !== undefined || token.patronymic || listedSurname(token.key)) return false;
  if (!ADJECTIVE_ENDING.test(token.word) || !isSentenceOpening(text, token.start)) return false;
  const noun = WORD_AFTER.exec(text.slice(token.end, token.end + 40))?.[1];
  return noun !== undefined && !NOT_NOUNS.has(noun) && !isVerbShaped(noun);
}
