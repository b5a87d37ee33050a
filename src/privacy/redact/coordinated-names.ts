/**
 * Names listed side by side: "две дочери Лара и Кассиа", "сыновья Теодор и Майло", "Блэнкет,
 * Принс и Пэрис", and in Kazakh "Құнанбай мен Бөжейдің тартысы", "Әдия, Әдина, Әдиет мектепке
 * барады". Once a listed given name stands alone in such a list, the family is called by given
 * names, and the other lone capitalised words of the list are names too, though no list knows
 * them.
 */
import type { NameToken } from './name-token.js';
import { opensSentence } from './name-token-features.js';

/**
 * What stands between two items of a list: a comma, "и", "или", the Kazakh "мен", "пен", "бен",
 * "және" (and), or a comma and a conjunction.
 */
const LIST_GAP = /^[ \t]*(?:,[ \t]*(?:(?:и|или|және)[ \t]+)?|[ \t]+(?:и|или|мен|пен|бен|және)[ \t]+)$/u;
/** A list ends with "и" or "или"; a comma alone may end a clause ("Находясь в Тусоне, Кэтрин"). */
const LAST_GAP = /(?:^|[ \t,])(?:и|или|мен|пен|бен|және)[ \t]+$/u;
/**
 * Kazakh lists names with commas alone ("Әдия, Әдина, Әдиет мектепке барады"): three items or
 * more, in a sentence with a letter only Kazakh has, make a list without a conjunction.
 */
const COMMA_GAP = /^[ \t]*,[ \t]*$/u;
const KAZAKH_LETTER = /[әғқңөұүһі]/iu;
const SHORTEST_COMMA_LIST = 3;
/**
 * Two items named on their own, half the list or more, make it a list of names too; and the
 * first item may then open the sentence ("Әдия, Әдина, Әдиет").
 */
const NAMED_ITEMS_FOR_OPENING = 2;
const LATIN_LETTER = /[a-z]/i;

/** Marks in `named` the lone capitalised words of a list that holds a given name named alone. */
export function nameCoordinatedNames(text: string, tokens: readonly NameToken[], named: boolean[]): void {
  let first = 0;
  for (let index = 1; index <= tokens.length; index++) {
    const linked = index < tokens.length && LIST_GAP.test(text.slice(tokens[index - 1]!.end, tokens[index]!.start));
    if (linked) continue;
    nameList(text, tokens, named, first, index - 1);
    first = index;
  }
}

/** Names the lone words of tokens `first`..`last`, linked as a list, when it is a list of given names. */
function nameList(text: string, tokens: readonly NameToken[], named: boolean[], first: number, last: number): void {
  if (last <= first) return;
  if (PLACES_AFTER_LIST.test(text.slice(tokens[last]!.end, tokens[last]!.end + PLACE_LOOKAHEAD))) {
    // Bare before the place word, the items are the places' names ("Наурызбай, Әуезов және
    // Алатау аудандарында"); in the genitive they are persons ("Ерлан мен Айгерімнің ауылы").
    if (!KAZAKH_GENITIVE.test(tokens[last]!.word)) unnamePlaces(tokens, named, first, last);
    return;
  }
  if (!endsList(text, tokens, first, last)) return;
  const items = [];
  for (let index = first; index <= last; index++) items.push(index);
  const namedItems = items.filter((index) => named[index]).length;
  const ofNames = items.some((index) => isGivenNameAlone(tokens, named, index)) ||
    (namedItems >= NAMED_ITEMS_FOR_OPENING && 2 * namedItems >= items.length);
  if (!ofNames) return;
  for (const index of items) {
    if (named[index] || !isLoneWord(text, tokens, named, index)) continue;
    if (!opensSentence(text, tokens[index]!.start) || namedItems >= NAMED_ITEMS_FOR_OPENING) named[index] = true;
  }
}

/** Whether tokens `first`..`last`, linked by list gaps, make a list: a conjunction or, in Kazakh, commas. */
function endsList(text: string, tokens: readonly NameToken[], first: number, last: number): boolean {
  const lastGap = text.slice(tokens[last - 1]!.end, tokens[last]!.start);
  if (LAST_GAP.test(lastGap)) return true;
  if (!COMMA_GAP.test(lastGap) || last - first + 1 < SHORTEST_COMMA_LIST) return false;
  return KAZAKH_LETTER.test(text.slice(tokens[first]!.start, tokens[last]!.end + KAZAKH_LOOKAHEAD));
}

const KAZAKH_LOOKAHEAD = 40;

/**
 * Kazakh names the kind of place after a list of places named after persons: "Махамбет, Индер
 * және Исатай аудандарының", "Құрманғазы, Бейбарыс, Уәлиханов секілді сегіз көше", "Жәнібек
 * және Бөкей ордасы аудандарына", "Ақбет, Торайғыр таулары" (districts, streets, villages,
 * mountains within a few words).
 */
const PLACES_AFTER_LIST = new RegExp(
  '^(?:[ \\t]+[\\p{L}\\d-]+){0,3}?[ \\t]+' +
    '(?:аудан|ауыл|көше|даңғыл|кент|облыс|қала|өзен|тау|көл|елді мекен|аялдама|' +
    // Russian words for them, as Kazakh posts take them: "ірі посёлоктар", "аулдары".
    'посёлок|поселок|посёлк|поселк|село|аул|район)' +
    // Bare, plural, or possessive: "ауылда" (in the village), "көлігі" (a car), "қалады"
    // (stays) name no place.
    '(?:[длт][аеә]р\\p{L}{0,6}|с?[ыіи](?:н\\p{L}{0,4})?)?(?!\\p{L})',
  'u',
);
const PLACE_LOOKAHEAD = 48;
const KAZAKH_GENITIVE = /(?:ның|нің|дың|дің|тың|тің)$/u;

/** Leaves out of names the lone words of a list of places: the words of a longer name stay. */
function unnamePlaces(tokens: readonly NameToken[], named: boolean[], first: number, last: number): void {
  for (let index = first; index <= last; index++) {
    const next = tokens[index + 1];
    const inLongerName = (tokens[index]!.joined && named[index - 1]) || (next !== undefined && next.joined && named[index + 1]);
    if (!inLongerName) named[index] = false;
  }
}

/**
 * A listed given name named on its own, not as part of a longer name, or one built like a
 * Kazakh given name ("Құнанбай мен Бөжейдің").
 */
function isGivenNameAlone(tokens: readonly NameToken[], named: readonly boolean[], index: number): boolean {
  const token = tokens[index]!;
  const next = tokens[index + 1];
  if (!named[index] || (token.given !== 'given' && token.given !== 'shaped')) return false;
  return !(token.joined && named[index - 1]) && !(next !== undefined && next.joined && named[index + 1]);
}

/**
 * A capitalised word standing alone, not a place, a subject's word or a Latin word. The word
 * before it may be capitalised only as a sentence's first word ("Дочери Ульяна и Бриа").
 */
function isLoneWord(text: string, tokens: readonly NameToken[], named: readonly boolean[], index: number): boolean {
  const token = tokens[index]!;
  const next = tokens[index + 1];
  if (!token.capitalised || token.place || token.subject || token.initial) return false;
  if (next !== undefined && next.joined) return false;
  if (token.joined && (named[index - 1] || !opensSentence(text, tokens[index - 1]!.start))) return false;
  return !LATIN_LETTER.test(text.slice(token.start, token.end));
}
