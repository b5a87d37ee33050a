/**
 * Compiled keywords keyed for lookup by stem and by the first letters of prefixes, so the
 * keywords a word may begin cost a few map lookups, whatever the number of keywords. A
 * `KeywordMatcher` remembers them per distinct word.
 */
import type { WordInfo } from '../word-info.js';
import type { KeywordPattern, NumberRead, WordPattern } from './keyword-pattern.js';

interface PrefixEntry {
  readonly prefix: string;
  readonly pattern: KeywordPattern;
}

/** Keywords that may begin at one word: those any post can match, and the Kazakh ones. */
export interface Starts {
  readonly always: readonly KeywordPattern[];
  readonly kazakh: readonly KeywordPattern[];
}

const NO_PATTERNS: readonly KeywordPattern[] = [];
/** Most words begin no keyword: they share this. */
export const NO_STARTS: Starts = Object.freeze({ always: NO_PATTERNS, kazakh: NO_PATTERNS });

export class KeywordIndex {
  readonly #byStem = new Map<string, KeywordPattern[]>();
  /** Keyed by namespace and the prefix's first two letters ("pr:св"). */
  readonly #byPrefixStart = new Map<string, PrefixEntry[]>();

  get size(): number {
    return this.#byStem.size + this.#byPrefixStart.size;
  }

  add(pattern: KeywordPattern): void {
    const first = pattern.words[0] as WordPattern;
    for (const key of first.keys) {
      if (first.prefix) {
        const { namespace, prefix } = splitPrefixKey(key);
        const bucket = namespace + prefix.slice(0, 2);
        const list = this.#byPrefixStart.get(bucket) ?? [];
        list.push({ prefix, pattern });
        this.#byPrefixStart.set(bucket, list);
      } else {
        const list = this.#byStem.get(key) ?? [];
        list.push(pattern);
        this.#byStem.set(key, list);
      }
    }
  }

  /** The keywords whose first word `word` is. */
  startsOf(word: WordInfo): Starts {
    if (this.size === 0) return NO_STARTS;

    // Most words begin no keyword: lists are made only for those that do.
    let always = this.#addStem(word.russianStem, null);
    always = this.#addStem(word.englishStem, always);
    let kazakh = this.#addStem(word.kazakhStem, null);
    if (word.script === 'cyrillic') always = this.#addPrefixed('pr:', word.text, always);
    if (word.script === 'latin') always = this.#addPrefixed('pe:', word.text, always);
    kazakh = this.#addPrefixed('pk:', word.kazakhFolded, kazakh);

    if (always === null && kazakh === null) return NO_STARTS;
    return { always: always ?? NO_PATTERNS, kazakh: kazakh ?? NO_PATTERNS };
  }

  #addStem(key: string | null, into: KeywordPattern[] | null): KeywordPattern[] | null {
    if (key === null) return into;
    const list = this.#byStem.get(key);
    if (list === undefined) return into;
    into ??= [];
    into.push(...list);
    return into;
  }

  #addPrefixed(namespace: string, word: string | null, into: KeywordPattern[] | null): KeywordPattern[] | null {
    if (word === null || word.length < 2) return into;
    const list = this.#byPrefixStart.get(namespace + word.slice(0, 2));
    if (list === undefined) return into;
    for (const { prefix, pattern } of list) {
      if (word.startsWith(prefix)) (into ??= []).push(pattern);
    }
    return into;
  }
}

/**
 * No number, a number in digits, one that reads as a year before 1990 ("в 1985 году"), or one
 * written with its plus sign ("в квартире +12"). The last two are numbers of a kind: a `#`
 * reads them both, a `#year` or a `+#` only its own.
 */
export const NO_NUMBER = 0;
export const NUMBER = 1;
export const OLD_YEAR = 2;
export const SIGNED_NUMBER = 3;
export type NumberKind = typeof NO_NUMBER | typeof NUMBER | typeof OLD_YEAR | typeof SIGNED_NUMBER;

const KIND_READ: Readonly<Record<NumberRead, NumberKind>> = {
  any: NUMBER, 'old-year': OLD_YEAR, signed: SIGNED_NUMBER,
};

/**
 * Where numbers in digits stand in a post's words: `[i]` says what stands right before word i,
 * and `[words.length]` what closes the post.
 */
export type NumberPositions = readonly NumberKind[];

/** Positions of the phrase's words when it begins at `index`, or null when it does not. */
export function phraseAt(
  pattern: KeywordPattern, words: readonly WordInfo[], index: number, kazakh: boolean,
  numbers: NumberPositions | null = null,
): number[] | null {
  if (!numberStandsBefore(pattern.words[0] as WordPattern, index, 0, numbers)) return null;
  const positions = [index];
  return extendPhrase(pattern, 1, words, kazakh, numbers, positions) ? positions : null;
}

function extendPhrase(
  pattern: KeywordPattern, next: number, words: readonly WordInfo[], kazakh: boolean,
  numbers: NumberPositions | null, positions: number[],
): boolean {
  const previous = positions[positions.length - 1] as number;
  if (next === pattern.words.length) return numberStandsAfter(pattern, previous, words.length, numbers);
  const wordPattern = pattern.words[next] as WordPattern;
  const after = previous + 1;
  const last = Math.min(words.length - 1, after + wordPattern.gapBefore);
  for (let position = after; position <= last; position++) {
    if (!numberStandsBefore(wordPattern, position, after, numbers)) continue;
    if (!wordMatches(wordPattern, words[position] as WordInfo, kazakh)) continue;
    positions.push(position);
    if (extendPhrase(pattern, next + 1, words, kazakh, numbers, positions)) return true;
    positions.pop();
  }
  return false;
}

/** Whether the number `wordPattern` asks for stands before `position`, not before `from`. */
function numberStandsBefore(
  wordPattern: WordPattern, position: number, from: number, numbers: NumberPositions | null,
): boolean {
  if (wordPattern.numberBefore === null) return true;
  const wanted = KIND_READ[wordPattern.numberBeforeRead];
  return numberBetween(numbers, Math.max(from, position - wordPattern.numberBefore), position, wanted);
}

function numberStandsAfter(
  pattern: KeywordPattern, last: number, wordCount: number, numbers: NumberPositions | null,
): boolean {
  if (pattern.numberAfter === null) return true;
  const wanted = KIND_READ[pattern.numberAfterRead];
  return numberBetween(numbers, last + 1, Math.min(wordCount, last + 1 + pattern.numberAfter), wanted);
}

function numberBetween(numbers: NumberPositions | null, first: number, last: number, wanted: NumberKind): boolean {
  if (numbers === null) return false;
  for (let at = first; at <= last; at++) {
    const kind = numbers[at] as NumberKind;
    if (wanted === NUMBER ? kind !== NO_NUMBER : kind === wanted) return true;
  }
  return false;
}

function wordMatches(pattern: WordPattern, word: WordInfo, kazakh: boolean): boolean {
  for (const key of pattern.keys) {
    if (!pattern.prefix) {
      if (key === word.russianStem || key === word.englishStem || (kazakh && key === word.kazakhStem)) return true;
      continue;
    }
    const { namespace, prefix } = splitPrefixKey(key);
    const form = namespace === 'pr:' ? (word.script === 'cyrillic' ? word.text : null)
      : namespace === 'pe:' ? (word.script === 'latin' ? word.text : null)
        : (kazakh ? word.kazakhFolded : null);
    if (form !== null && form.startsWith(prefix)) return true;
  }
  return false;
}

function splitPrefixKey(key: string): { namespace: string; prefix: string } {
  return { namespace: key.slice(0, 3), prefix: key.slice(3) };
}
