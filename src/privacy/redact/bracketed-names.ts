/**
 * Names news spell twice or explain in brackets: a foreign name and its original spelling
 * ("Гаррета Рейсмана (Garrett Reisman)", "Сами аль-Хадж (Sami al-Haj)"), and a name in a list
 * with a country after it ("• Тору Камикава (Япония)"). Once one half of such a pair is a
 * name, the rest of it is too.
 */
import type { NameToken } from './name-token.js';
import { isNameParticle } from './name-particles.js';
import { opensSentence } from './name-token-features.js';

/** The most words a name may have on either side of the bracket. */
const NAME_WORDS = 4;
const COUNTRY_LIST_NAME_WORDS = 2;
/** Items named in a bulleted list of persons with countries that make it one. */
const NAMED_ITEMS_MAKING_A_LIST = 2;
const OPENING_GAP = /^[ \t]*\([ \t]*$/;
const CLOSING_GAP = /^[ \t]*\)/;
/** What may stand between the words inside the bracket: spaces, and particles ("al-", "de", "van"). */
const INNER_GAP = /^(?:[ \t]+|[ \t]*(?:\p{Ll}{1,3}-|\p{Ll}{1,3}[ \t]+)+)$/u;
const LATIN_LETTER = /[a-z]/;
/** A bullet, or a dash or a number opening a line: what opens an item of a list of persons. */
const LIST_ITEM_BEFORE = /(?:[•·▪◦]|(?:^|\n)[ \t]*(?:[-–—*]|\d{1,3}[.)]))[ \t]*$/u;
/** From one item's name to the next's: its bracket, then a bullet, or a line's dash or number. */
const NEXT_ITEM_GAP = /^[ \t]*\([^()\n]*\)[ \t,;]*(?:[•·▪◦]|\n[ \t]*(?:[-–—*•·▪◦]|\d{1,3}[.)]))[ \t]*$/u;
/** A country closes the bracket or comes first in it: "(Япония)", "(Франция, 22, 2717)". */
const AFTER_COUNTRY = /^[ \t]*[),]/;

interface Side {
  readonly from: number;
  readonly to: number;
}

interface ListItem extends Side {
  readonly named: boolean;
}

/**
 * Marks in `named` the words of a bracketed pair one of whose words is named: the words before
 * the bracket and those inside it, when they are written in different alphabets (an original
 * spelling), or when the bracket holds a listed place (a list of persons with their countries).
 */
export function nameBracketedPairs(text: string, tokens: readonly NameToken[], named: boolean[]): void {
  // Bulleted items "name (country)" in the order they come, and whether a word of each is named.
  const items: ListItem[] = [];
  for (let index = 0; index + 1 < tokens.length; index++) {
    if (!OPENING_GAP.test(text.slice(tokens[index]!.end, tokens[index + 1]!.start))) continue;
    const country = isCountryBracket(text, tokens[index + 1]!);
    const inside = country ? { from: index + 1, to: index + 1 } : bracketContent(text, tokens, index + 1);
    if (inside === undefined) continue;
    // An original spelling has as many words as the name; a list gives a given name and a surname.
    const before = runEndingAt(text, tokens, index, country ? COUNTRY_LIST_NAME_WORDS : inside.to - inside.from + 1);
    if (before === undefined) continue;

    if (country && before.to > before.from && !hasPlace(tokens, before)) {
      // "Жарысқа Окон (Франция)": the word opening the sentence is not the name's, but the
      // word opening a list's item is ("• Шамсул Майдин (Сингапур)").
      const first = tokens[before.from]!;
      const item = LIST_ITEM_BEFORE.test(text.slice(Math.max(0, first.start - 8), first.start));
      if (item) items.push({ ...before, named: isAnyNamed(named, before) });
      if (!isAnyNamed(named, before)) continue;
      const from = !named[before.from] && opensSentence(text, first.start) && !item ? before.from + 1 : before.from;
      mark(named, { from, to: before.to });
      continue;
    }
    if (!inDifferentAlphabets(tokens, before, inside) || hasPlace(tokens, before) || hasPlace(tokens, inside)) continue;
    if (isAnyNamed(named, before) || isAnyNamed(named, inside)) {
      mark(named, before);
      mark(named, inside);
    }
  }
  nameUnnamedListItems(text, tokens, items, named);
}

/**
 * "• Грэм Полл (Англия) • Петер Прендергаст (Ямайка)": in a list of persons with their
 * countries, an item whose words no list knows is a person like the others. A list is a run of
 * items with nothing but the country's bracket and the next bullet between them.
 */
function nameUnnamedListItems(text: string, tokens: readonly NameToken[], items: readonly ListItem[], named: boolean[]): void {
  let first = 0;
  for (let index = 1; index <= items.length; index++) {
    const next = items[index];
    if (next !== undefined && NEXT_ITEM_GAP.test(text.slice(tokens[items[index - 1]!.to]!.end, tokens[next.from]!.start))) continue;
    const list = items.slice(first, index);
    if (list.filter((item) => item.named).length >= NAMED_ITEMS_MAKING_A_LIST) list.forEach((item) => mark(named, item));
    first = index;
  }
}

/** Whether a bracket opens with a listed place that closes it or is followed by a comma. */
function isCountryBracket(text: string, first: NameToken): boolean {
  return first.place && AFTER_COUNTRY.test(text.slice(first.end, first.end + 4));
}

/**
 * The capitalised words joined to each other that end at `last`, at most `words` of them besides
 * a surname's particles ("Люк Ван Велли" is a given name and a surname).
 */
function runEndingAt(text: string, tokens: readonly NameToken[], last: number, words: number): Side | undefined {
  if (!tokens[last]!.capitalised) return undefined;
  let from = last;
  let counted = 1;
  while (from > 0 && counted < words && tokens[from]!.joined && isWordOfRun(text, tokens[from - 1]!)) {
    from--;
    if (!isNameParticle(text, tokens[from]!)) counted++;
  }
  return { from, to: last };
}

function isWordOfRun(text: string, token: NameToken): boolean {
  return token.capitalised || isNameParticle(text, token);
}

/** The words from `first` to the closing bracket, when they are all the bracket holds. */
function bracketContent(text: string, tokens: readonly NameToken[], first: number): Side | undefined {
  if (!tokens[first]!.capitalised) return undefined;
  for (let last = first; last < tokens.length && last - first < NAME_WORDS; last++) {
    const token = tokens[last]!;
    if (!token.capitalised) return undefined;
    const next = tokens[last + 1];
    if (CLOSING_GAP.test(text.slice(token.end, next?.start ?? text.length))) return { from: first, to: last };
    if (next === undefined || !INNER_GAP.test(text.slice(token.end, next.start))) return undefined;
  }
  return undefined;
}

function inDifferentAlphabets(tokens: readonly NameToken[], before: Side, inside: Side): boolean {
  const latin = (side: Side): boolean => LATIN_LETTER.test(tokens[side.from]!.word);
  return latin(before) !== latin(inside);
}

function hasPlace(tokens: readonly NameToken[], side: Side): boolean {
  return tokens.slice(side.from, side.to + 1).some((token) => token.place || token.subject);
}

function isAnyNamed(named: readonly boolean[], side: Side): boolean {
  return named.slice(side.from, side.to + 1).some(Boolean);
}

function mark(named: boolean[], side: Side): void {
  for (let index = side.from; index <= side.to; index++) named[index] = true;
}
