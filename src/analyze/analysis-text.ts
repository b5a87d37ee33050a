/**
 * One post's text prepared once for every analysis stage: normalised for matching, split into
 * words, with the map back to the offsets of the text as written.
 */
import { CHARACTER_CLASSES, INVISIBLE } from '../text/character-class.js';
import { normaliseWithOffsets } from '../text/normalise.js';
import type { KnownStem } from '../text/search-words.js';
import { tokenise, type Token } from '../text/tokenise.js';
import { searchStemOf, wordInfo, type WordInfo } from './word-info.js';

export interface AnalysisText {
  /** The text as given (already redacted by the privacy gate). */
  readonly original: string;
  /** `normaliseForMatching(original)`. */
  readonly normalised: string;
  /**
   * Offsets in `normalised` → offsets in `original`, one longer than `normalised`; null when
   * they are the same offsets.
   */
  readonly origin: Int32Array | null;
  /** Words of `normalised`, with offsets into it. */
  readonly tokens: readonly Token[];
  /** What is known about each token's word, index for index. */
  readonly words: readonly WordInfo[];
}

export function prepareText(original: string): AnalysisText {
  const { text, origin } = normaliseWithOffsets(original);
  const tokens = tokenise(text);
  return { original, normalised: text, origin, tokens, words: tokens.map(wordInfo) };
}

/** The span of `original` that normalised offsets `[start, end)` came from. */
export function originalSpan(text: AnalysisText, start: number, end: number): { start: number; end: number } {
  if (text.origin === null) return { start, end };
  const originalStart = text.origin[start] as number;
  let originalEnd = text.origin[end] as number;
  // Invisible characters after a word were dropped by normalisation; they are not part of it.
  while (
    originalEnd > originalStart &&
    CHARACTER_CLASSES[text.original.charCodeAt(originalEnd - 1)] === INVISIBLE
  ) {
    originalEnd--;
  }
  return { start: originalStart, end: originalEnd };
}

/**
 * The stems the analysis's words already hold, for the search entries of the same normalised
 * text: a search word is one of the analysis's when it starts where a token does and is written
 * the same (a number, a part of a hyphenated word or a word with another joiner is not).
 */
export function knownSearchStems(text: AnalysisText): KnownStem {
  const { tokens, words } = text;
  let next = 0;
  return (space, form, start) => {
    // Hyphenated words' parts come after the words, from the text's start again.
    if (next > 0 && tokens[next - 1]!.start >= start) next = 0;
    while (next < tokens.length && tokens[next]!.start < start) next++;
    const token = tokens[next];
    if (token === undefined || token.start !== start || token.text !== form) return undefined;
    return searchStemOf(words[next]!, space);
  };
}
