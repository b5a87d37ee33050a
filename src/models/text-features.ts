import type { FeatureBuffer } from './feature-buffer.js';
import { combineHashes, fnvStep, hashText, mixHash } from './feature-hash.js';
import { TokenBuffer, WORD_TOKEN } from './token-buffer.js';

/** How text becomes hashed features; stored in each model file so that runtime matches training. */
export interface TextFeatureConfig {
  /** log2 of the number of hash buckets. */
  readonly bucketBits: number;
  /** Character n-grams of each word (with boundary marks) from this length... */
  readonly charNgramMin: number;
  /** ...to this length. */
  readonly charNgramMax: number;
}

const WORD_START = 0x02;
const WORD_END = 0x03;

// URLs and keyboard mashing: the first letters say enough, the rest only costs time.
const MAX_WORD_FOR_NGRAMS = 24;

/** Namespaces keep a word, a pair and an n-gram of the same letters in separate buckets. */
export const NAMESPACE = {
  word: hashText('word'),
  pair: hashText('pair'),
  ngram: hashText('ngram'),
} as const;

/** Adds one feature per token in `[from, to)`: the token itself under `namespace`. */
export function addWords(
  tokens: TokenBuffer,
  from: number,
  to: number,
  namespace: number,
  mask: number,
  features: FeatureBuffer,
): void {
  for (let index = from; index < to; index++) {
    features.push(combineHashes(namespace, tokens.hashes[index]!) & mask);
  }
}

/** Adds one feature per pair of neighbouring tokens in `[from, to)`. */
export function addPairs(
  tokens: TokenBuffer,
  from: number,
  to: number,
  namespace: number,
  mask: number,
  features: FeatureBuffer,
): void {
  for (let index = from + 1; index < to; index++) {
    const pair = combineHashes(tokens.hashes[index - 1]!, tokens.hashes[index]!);
    features.push(combineHashes(namespace, pair) & mask);
  }
}

/**
 * Adds the character n-grams of every word token in `[from, to)`, each word framed by boundary
 * marks: Kazakh negation and case live in suffixes ("ұнады" / "ұнамады"), Russian in endings.
 */
export function addCharNgrams(
  text: string,
  tokens: TokenBuffer,
  from: number,
  to: number,
  namespace: number,
  config: TextFeatureConfig,
  mask: number,
  features: FeatureBuffer,
): void {
  const { charNgramMin, charNgramMax } = config;

  for (let token = from; token < to; token++) {
    if (tokens.kinds[token] !== WORD_TOKEN) continue;

    const start = tokens.starts[token]!;
    const end = Math.min(tokens.ends[token]!, start + MAX_WORD_FOR_NGRAMS);
    const framedLength = end - start + 2;

    for (let first = 0; first < framedLength; first++) {
      let hash = namespace;
      const last = Math.min(framedLength, first + charNgramMax);
      for (let position = first; position < last; position++) {
        hash = fnvStep(hash, framedCode(text, start, end, position));
        if (position - first + 1 >= charNgramMin) features.push(mixHash(hash) & mask);
      }
    }
  }
}

function framedCode(text: string, start: number, end: number, position: number): number {
  if (position === 0) return WORD_START;
  const index = start + position - 1;
  return index < end ? text.charCodeAt(index) : WORD_END;
}

/**
 * Features of a whole text: words, word pairs and character n-grams, hashed into
 * `2^bucketBits` buckets. One instance per thread of work; it reuses its buffers.
 */
export class TextFeatureHasher {
  readonly config: TextFeatureConfig;
  readonly #mask: number;
  readonly #tokens = new TokenBuffer();

  constructor(config: TextFeatureConfig) {
    this.config = Object.freeze({ ...config });
    this.#mask = (1 << config.bucketBits) - 1;
  }

  /** Replaces the contents of `features` with the features of `normalised`. */
  extract(normalised: string, features: FeatureBuffer): void {
    const tokens = this.#tokens;
    const mask = this.#mask;

    features.clear();
    tokens.tokenise(normalised);
    addWords(tokens, 0, tokens.count, NAMESPACE.word, mask, features);
    addPairs(tokens, 0, tokens.count, NAMESPACE.pair, mask, features);
    addCharNgrams(
      normalised,
      tokens,
      0,
      tokens.count,
      NAMESPACE.ngram,
      this.config,
      mask,
      features,
    );
  }
}
