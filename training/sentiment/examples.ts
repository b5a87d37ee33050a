import type { EntityKind } from '../../src/models/index.js';
import { normaliseForMatching } from '../../src/text/normalise.js';

/** Class indices in model files, in the order of `SentimentLabel`. */
export const LABELS = ['negative', 'neutral', 'positive'] as const;
export const NEGATIVE = 0;
export const NEUTRAL = 1;
export const POSITIVE = 2;

export type LabelIndex = typeof NEGATIVE | typeof NEUTRAL | typeof POSITIVE;

/** A whole text with its sentiment. */
export interface TextExample {
  readonly text: string;
  readonly label: LabelIndex;
  /** Corpus name, for counts in the model card. */
  readonly corpus: string;
}

/** A sentence with the sentiment expressed toward one entity in it, `[start, end)` in UTF-16. */
export interface TargetExample {
  readonly sentence: string;
  readonly start: number;
  readonly end: number;
  readonly label: LabelIndex;
  readonly corpus: string;
  /** What the entity is, when the corpus says: RuSentNE does, RuOpinionNE does not. */
  readonly entityKind?: EntityKind;
}

/**
 * The key two texts share when they are the same review or sentence up to case, spacing and
 * punctuation: KazSAnDRA repeats such texts across its train and test splits.
 */
export function duplicateKey(text: string): string {
  return normaliseForMatching(text).replace(/[^\p{L}\p{N}]+/gu, '');
}

/** A split bucket 0–99 fixed by the text alone, so a corpus without splits always splits alike. */
export function stableBucket(text: string): number {
  let hash = 0x811c9dc5;
  const key = duplicateKey(text);
  for (let index = 0; index < key.length; index++) {
    hash = Math.imul(hash ^ key.charCodeAt(index), 0x01000193);
  }
  return (hash >>> 0) % 100;
}
