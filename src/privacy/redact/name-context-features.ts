/**
 * Dense features of one capitalised word for the name classifier's second step, read off what
 * the first step said of the words around it: the word's own probability, those of the words
 * joined to it ("Тору [Камикава]": one half of a name makes the other likely), those of the same
 * word and of its other case forms elsewhere in the text ("Рейсмана ... Рейсман вернётся"), and
 * of a name right before an opening bracket ("Халеда эль-Масри (Khaled el-Masri)").
 */
import type { NameToken } from './name-token.js';

/** Probabilities are read in this many equal bins, so the weights may bend the scale. */
const BINS = 8;
/** A bin per value, plus one for "no such word". */
const OPTIONAL_BINS = BINS + 1;
/** How many words before an opening bracket the name it spells out may end. */
const BRACKET_REACH = 4;
const BRACKET_BEFORE = /^\s*\(\s*$/;
const LATIN_LETTER = /[a-z]/;
/**
 * A stem is a key's first five letters: case endings come after them in most names
 * ("reisman", "reismanom"; "zhanbolatov", "zhanbolatovtin"). Shorter keys have no stem.
 */
const STEM_LENGTH = 5;

/**
 * Offsets of the feature groups in the vector: the word's log-odds, its bin, the joined
 * previous and next words' bins, an initial before or after it, the same key and the same stem
 * elsewhere, the name before a bracket, four flags and the bias.
 */
const OWN_LOG_ODDS = 0;
const OWN_BIN = 1;
const PREVIOUS_BIN = OWN_BIN + BINS;
const NEXT_BIN = PREVIOUS_BIN + OPTIONAL_BINS;
const INITIAL_BEFORE = NEXT_BIN + OPTIONAL_BINS;
const INITIAL_AFTER = INITIAL_BEFORE + 1;
const SAME_KEY_BIN = INITIAL_AFTER + 1;
const SAME_STEM_BIN = SAME_KEY_BIN + OPTIONAL_BINS;
const BRACKET_BIN = SAME_STEM_BIN + OPTIONAL_BINS;
const RULE_NAMED = BRACKET_BIN + OPTIONAL_BINS;
const AMBIGUOUS_GIVEN = RULE_NAMED + 1;
const LISTED_GIVEN = AMBIGUOUS_GIVEN + 1;
const LATIN = LISTED_GIVEN + 1;
const BIAS = LATIN + 1;

export const NAME_CONTEXT_FEATURES = BIAS + 1;

/** Where each word key and each stem occurs in a text, so that a word finds its other forms. */
export interface TextOccurrences {
  readonly byKey: ReadonlyMap<string, readonly number[]>;
  readonly byStem: ReadonlyMap<string, readonly number[]>;
}

function stemOf(key: string): string | undefined {
  return key.length > STEM_LENGTH ? key.slice(0, STEM_LENGTH) : undefined;
}

function mayBeName(token: NameToken): boolean {
  return token.capitalised && !token.place;
}

export function textOccurrences(tokens: readonly NameToken[]): TextOccurrences {
  const byKey = new Map<string, number[]>();
  const byStem = new Map<string, number[]>();
  const add = (map: Map<string, number[]>, value: string, index: number): void => {
    const list = map.get(value);
    if (list === undefined) map.set(value, [index]);
    else list.push(index);
  };
  tokens.forEach((token, index) => {
    if (!mayBeName(token)) return;
    add(byKey, token.key, index);
    const stem = stemOf(token.key);
    if (stem !== undefined) add(byStem, stem, index);
  });
  return { byKey, byStem };
}

function binOf(probability: number): number {
  return Math.min(BINS - 1, Math.floor(probability * BINS));
}

/** Sets the bin of `probability` in the group at `offset`; a negative one means "none". */
function setOptionalBin(out: Float64Array, offset: number, probability: number): void {
  out[offset + (probability < 0 ? 0 : 1 + binOf(probability))] = 1;
}

/** The highest probability among `indices` other than `index` and `skipKey`'s words, or -1. */
function highestElsewhere(
  indices: readonly number[] | undefined, index: number, tokens: readonly NameToken[],
  probabilities: Float64Array, skipKey: string | undefined,
): number {
  let highest = -1;
  for (const other of indices ?? []) {
    if (other === index || (skipKey !== undefined && tokens[other]!.key === skipKey)) continue;
    highest = Math.max(highest, probabilities[other]!);
  }
  return highest;
}

/** The probability of a name that ends right before "(" in front of the word, or -1. */
function nameBeforeBracket(text: string, tokens: readonly NameToken[], index: number, probabilities: Float64Array): number {
  const token = tokens[index]!;
  if (!text.slice(Math.max(0, token.start - 3), token.start).includes('(')) return -1;
  for (let before = index - 1; before >= 0 && before >= index - BRACKET_REACH; before--) {
    const previous = tokens[before]!;
    if (BRACKET_BEFORE.test(text.slice(previous.end, token.start))) return mayBeName(previous) ? probabilities[before]! : -1;
  }
  return -1;
}

/**
 * Writes the context features of `tokens[index]` into `out` (length NAME_CONTEXT_FEATURES).
 * `probabilities[i]`: the first step's probability that token i is part of a name.
 */
export function nameContextFeatures(
  text: string,
  tokens: readonly NameToken[],
  index: number,
  probabilities: Float64Array,
  ruleNamed: readonly boolean[],
  occurrences: TextOccurrences,
  out: Float64Array,
): void {
  out.fill(0);
  const token = tokens[index]!;
  const own = Math.min(Math.max(probabilities[index]!, 1e-4), 1 - 1e-4);
  out[OWN_LOG_ODDS] = Math.log(own / (1 - own)) / 4;
  out[OWN_BIN + binOf(own)] = 1;

  const previous = token.joined ? tokens[index - 1] : undefined;
  const nextToken = tokens[index + 1];
  const next = nextToken?.joined ? nextToken : undefined;
  setOptionalBin(out, PREVIOUS_BIN, previous?.capitalised ? probabilities[index - 1]! : -1);
  setOptionalBin(out, NEXT_BIN, next?.capitalised ? probabilities[index + 1]! : -1);
  if (previous?.initial && ruleNamed[index - 1]) out[INITIAL_BEFORE] = 1;
  if (next?.initial && ruleNamed[index + 1]) out[INITIAL_AFTER] = 1;

  const sameKey = highestElsewhere(occurrences.byKey.get(token.key), index, tokens, probabilities, undefined);
  const stem = stemOf(token.key);
  const sameStem = stem !== undefined
    ? highestElsewhere(occurrences.byStem.get(stem), index, tokens, probabilities, token.key)
    : -1;
  setOptionalBin(out, SAME_KEY_BIN, sameKey);
  setOptionalBin(out, SAME_STEM_BIN, sameStem);
  setOptionalBin(out, BRACKET_BIN, nameBeforeBracket(text, tokens, index, probabilities));

  if (ruleNamed[index]) out[RULE_NAMED] = 1;
  if (token.given === 'ambiguous') out[AMBIGUOUS_GIVEN] = 1;
  if (token.given === 'given') out[LISTED_GIVEN] = 1;
  if (LATIN_LETTER.test(token.word)) out[LATIN] = 1;
  out[BIAS] = 1;
}
