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

/** A particle, an adverb, a pronoun or a form of "быть": "тоже", "опять", "сама", "был". */
export function isParticleOrAdverb(word: string): boolean {
  return NOT_NOUNS.has(word);
}

/**
 * Inside a sentence, an adjective capitalised by mistake opens a clause: after a conjunction or a
 * particle ("что Лицевой счёт переоформят", "но Лифтовой холл") or a comma, colon or dash.
 */
const CLAUSE_OPENING_BEFORE = new RegExp(
  '(?:(?<!\\p{L})(?:что|чтобы|и|а|но|да|или|где|когда|если|пока|хотя|ведь|потому|как|вот|же|то|' +
    'тоже|также|ещё|еще|уже|даже|только|потом|затем|теперь|опять|снова|там|тут|мол|якобы)|[,:;–—-]) $',
  'iu',
);
/**
 * Inside a sentence the noun must agree with the adjective, as a surname's case form does not
 * with the word after it: "Лицевой счёт", "Входная дверь", "Лицевое окно", "Лицевые счета"; not
 * "Шукшинской литературной премии", "Родионовой нужен". The adjective's ending, then the noun's.
 */
const AGREEING_NOUN: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [/(?:[ыио]й)$/u, /[бвгджзклмнпрстфхцчшщь]$/u],
  [/(?:ая|яя)$/u, /[аяь]$/u],
  [/(?:ое|ее)$/u, /[оеё]$/u],
  [/(?:ые|ие)$/u, /[ыиая]$/u],
];
/**
 * A short participle or adjective after a surname's case form ("Ивановой нужен", "…запущен"),
 * or a short verb in the past ("и Лазаревой вел"), which no verb-shape rule sees.
 */
const SHORT_FORM = /(?:[еёая]н|^\p{L}{1,2}[аеёиоуыя]л)$/u;
/** "что Цой велик": a word of four letters or fewer ending so is a surname or a pronoun. */
const SHORTEST_ADJECTIVE_INSIDE = 5;

/**
 * Whether the word at `index` is an adjective before its noun, not a surname: opening a
 * sentence, or inside one opening a clause with a noun that agrees with it. Alone (no
 * capitalised word joined to it), surname-shaped only (`listedSurname` says whether a list
 * holds it: "Толстой" on it stays a name), on no given-name list.
 */
export function isAdjectiveBeforeNoun(
  text: string, tokens: readonly NameToken[], index: number, listedSurname: (key: string) => boolean,
): boolean {
  const token = tokens[index]!;
  const next = tokens[index + 1];
  if (next?.joined || token.given !== undefined || token.patronymic || listedSurname(token.key)) return false;
  if (!ADJECTIVE_ENDING.test(token.word)) return false;
  const noun = nounAfter(text, token.end);
  if (noun === undefined) return false;
  if (isSentenceOpening(text, token.start)) return true;
  return token.word.length >= SHORTEST_ADJECTIVE_INSIDE &&
    CLAUSE_OPENING_BEFORE.test(text.slice(Math.max(0, token.start - 10), token.start)) && agrees(token.word, noun);
}

/**
 * The lower-case word right after `end` when it may be a noun: not a particle, an adverb, a
 * pronoun or a verb ("Толстой тоже пришёл", "Белая нахамила").
 */
export function nounAfter(text: string, end: number): string | undefined {
  const word = WORD_AFTER.exec(text.slice(end, end + 40))?.[1];
  if (word === undefined || isParticleOrAdverb(word) || isVerbShaped(word)) return undefined;
  return word;
}

function agrees(adjective: string, noun: string): boolean {
  if (SHORT_FORM.test(noun)) return false;
  return AGREEING_NOUN.some(([ending, nounEnding]) => ending.test(adjective) && nounEnding.test(noun));
}
