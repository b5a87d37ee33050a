/**
 * Names listed side by side: "две дочери Лара и Кассиа", "сыновья Теодор и Майло", "Блэнкет,
 * Принс и Пэрис". Once a listed given name stands alone in such a list, the family is called by
 * given names, and the other lone capitalised words of the list are names too, though no list
 * knows them.
 */
import type { NameToken } from './name-token.js';
import { opensSentence } from './name-token-features.js';

/** What stands between two items of a list: a comma, "и", "или", or both. */
const LIST_GAP = /^[ \t]*(?:,[ \t]*(?:и[ \t]+|или[ \t]+)?|[ \t]+(?:и|или)[ \t]+)$/u;
/** A list ends with "и" or "или"; a comma alone may end a clause ("Находясь в Тусоне, Кэтрин"). */
const LAST_GAP = /(?:^|[ \t,])(?:и|или)[ \t]+$/u;
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
  if (last <= first || !LAST_GAP.test(text.slice(tokens[last - 1]!.end, tokens[last]!.start))) return;
  const items = [];
  for (let index = first; index <= last; index++) items.push(index);
  if (!items.some((index) => isGivenNameAlone(tokens, named, index))) return;
  for (const index of items) if (!named[index] && isLoneWord(text, tokens, named, index)) named[index] = true;
}

/** A listed given name named on its own, not as part of a longer name. */
function isGivenNameAlone(tokens: readonly NameToken[], named: readonly boolean[], index: number): boolean {
  const token = tokens[index]!;
  const next = tokens[index + 1];
  if (!named[index] || token.given !== 'given') return false;
  return !(token.joined && named[index - 1]) && !(next !== undefined && next.joined && named[index + 1]);
}

/**
 * A capitalised word standing alone, not a place, a subject's word or a Latin word, and not
 * opening a sentence. The word before it may be capitalised only as a sentence's first word
 * ("Дочери Ульяна и Бриа").
 */
function isLoneWord(text: string, tokens: readonly NameToken[], named: readonly boolean[], index: number): boolean {
  const token = tokens[index]!;
  const next = tokens[index + 1];
  if (!token.capitalised || token.place || token.subject || token.initial) return false;
  if (next !== undefined && next.joined) return false;
  if (token.joined && (named[index - 1] || !opensSentence(text, tokens[index - 1]!.start))) return false;
  if (LATIN_LETTER.test(text.slice(token.start, token.end))) return false;
  return !opensSentence(text, token.start);
}
