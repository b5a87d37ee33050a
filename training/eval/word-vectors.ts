/**
 * Word vectors learnt here from unlabelled Russian posts (skip-gram with negative sampling, the
 * word2vec method), for the in-domain benchmark method only. No pretrained vectors can be
 * fetched on these machines, and the few hundred thousand words of the public corpora are
 * enough to place "кредит" near "заявку" and "спасибо" near "огромное", which lets a tweet of
 * another season share weights with the train tweets it resembles. Deterministic: one seeded
 * generator drives initialisation, subsampling, windows and negative draws.
 */
import { seededRandom } from '../sentiment/random.js';

export interface WordVectorOptions {
  readonly dimensions: number;
  /** Largest distance of a context word; each position draws a narrower window at random. */
  readonly window: number;
  /** Negative samples per (word, context) pair. */
  readonly negatives: number;
  readonly epochs: number;
  /** Words seen fewer times get no vector. */
  readonly minCount: number;
  /** Starting learning rate, decaying linearly to nearly zero. */
  readonly rate: number;
  /** Frequent words are kept with a probability that falls above this share of all words. */
  readonly sample: number;
  readonly seed: number;
}

export const DEFAULT_WORD_VECTORS: WordVectorOptions = {
  dimensions: 100,
  window: 5,
  negatives: 5,
  epochs: 5,
  minCount: 3,
  rate: 0.025,
  sample: 1e-4,
  seed: 20240301,
};

const NEGATIVE_TABLE_SIZE = 1_000_000;

export class WordVectors {
  readonly dimensions: number;
  readonly #index: ReadonlyMap<string, number>;
  /** Unit-length vectors, word-major. */
  readonly #unit: Float32Array;

  constructor(index: ReadonlyMap<string, number>, vectors: Float32Array, dimensions: number) {
    this.dimensions = dimensions;
    this.#index = index;
    this.#unit = new Float32Array(vectors.length);
    for (let word = 0; word < index.size; word++) {
      const start = word * dimensions;
      let norm = 0;
      for (let k = 0; k < dimensions; k++) norm += vectors[start + k]! ** 2;
      const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
      for (let k = 0; k < dimensions; k++) this.#unit[start + k] = vectors[start + k]! * scale;
    }
  }

  get size(): number {
    return this.#index.size;
  }

  /**
   * The mean of the unit vectors of the words known, scaled to unit length; all zeros when no
   * word is known.
   */
  mean(words: readonly string[]): Float64Array {
    const mean = new Float64Array(this.dimensions);
    for (const word of words) {
      const row = this.#index.get(word);
      if (row === undefined) continue;
      for (let k = 0; k < this.dimensions; k++) mean[k]! += this.#unit[row * this.dimensions + k]!;
    }
    let norm = 0;
    for (const value of mean) norm += value * value;
    if (norm > 0) for (let k = 0; k < this.dimensions; k++) mean[k]! /= Math.sqrt(norm);
    return mean;
  }

  /** The `count` words whose vectors are closest in angle to `word`'s, for checking by eye. */
  nearest(word: string, count: number): string[] {
    const row = this.#index.get(word);
    if (row === undefined) return [];
    const similarity = (other: number): number => {
      let dot = 0;
      for (let k = 0; k < this.dimensions; k++) {
        dot += this.#unit[row * this.dimensions + k]! * this.#unit[other * this.dimensions + k]!;
      }
      return dot;
    };
    return [...this.#index]
      .filter(([, other]) => other !== row)
      .map(([other, index]) => [other, similarity(index)] as const)
      .sort((left, right) => right[1] - left[1])
      .slice(0, count)
      .map(([other]) => other);
  }
}

/** Learns word vectors from tokenised texts. */
export function trainWordVectors(
  texts: readonly (readonly string[])[],
  options: WordVectorOptions = DEFAULT_WORD_VECTORS,
): WordVectors {
  const vocabulary = countWords(texts, options.minCount);
  const index = new Map(vocabulary.map(([word], row) => [word, row]));
  const random = seededRandom(options.seed);
  const dimensions = options.dimensions;
  const input = Float32Array.from({ length: vocabulary.length * dimensions }, () => (random() - 0.5) / dimensions);
  const output = new Float32Array(vocabulary.length * dimensions);
  const negativeTable = unigramTable(vocabulary.map(([, count]) => count));
  const keepProbability = subsamplingRates(vocabulary.map(([, count]) => count), options.sample);
  const encoded = texts.map((tokens) =>
    Int32Array.from(tokens.map((token) => index.get(token) ?? -1).filter((row) => row >= 0)),
  );

  const steps = options.epochs * encoded.reduce((sum, tokens) => sum + tokens.length, 0);
  const gradient = new Float32Array(dimensions);
  let step = 0;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (const sentence of encoded) {
      const kept = sentence.filter((row) => random() < keepProbability[row]!);
      for (let position = 0; position < kept.length; position++) {
        step++;
        const rate = options.rate * Math.max(1e-4, 1 - step / steps);
        const shrink = Math.floor(random() * options.window);
        const from = Math.max(0, position - options.window + shrink);
        const to = Math.min(kept.length - 1, position + options.window - shrink);
        for (let context = from; context <= to; context++) {
          if (context === position) continue;
          const contextStart = kept[context]! * dimensions;
          gradient.fill(0);
          for (let draw = 0; draw <= options.negatives; draw++) {
            const target = draw === 0 ? kept[position]! : negativeTable[Math.floor(random() * NEGATIVE_TABLE_SIZE)]!;
            if (draw > 0 && target === kept[position]) continue;
            const targetStart = target * dimensions;
            let dot = 0;
            for (let k = 0; k < dimensions; k++) dot += input[contextStart + k]! * output[targetStart + k]!;
            const scale = ((draw === 0 ? 1 : 0) - 1 / (1 + Math.exp(-dot))) * rate;
            for (let k = 0; k < dimensions; k++) {
              gradient[k]! += scale * output[targetStart + k]!;
              output[targetStart + k]! += scale * input[contextStart + k]!;
            }
          }
          for (let k = 0; k < dimensions; k++) input[contextStart + k]! += gradient[k]!;
        }
      }
    }
  }
  return new WordVectors(index, input, dimensions);
}

/** Words seen at least `minCount` times, most frequent first, ties by spelling. */
function countWords(texts: readonly (readonly string[])[], minCount: number): [string, number][] {
  const counts = new Map<string, number>();
  for (const tokens of texts) for (const token of tokens) counts.set(token, (counts.get(token) ?? 0) + 1);
  return [...counts]
    .filter(([, count]) => count >= minCount)
    .sort(([leftWord, left], [rightWord, right]) => right - left || (leftWord < rightWord ? -1 : 1));
}

/** Negative samples are drawn with probability proportional to count^0.75. */
function unigramTable(counts: readonly number[]): Int32Array {
  const powered = counts.map((count) => count ** 0.75);
  const total = powered.reduce((sum, value) => sum + value, 0);
  const table = new Int32Array(NEGATIVE_TABLE_SIZE);
  let row = 0;
  let reached = powered[0]! / total;
  for (let slot = 0; slot < NEGATIVE_TABLE_SIZE; slot++) {
    table[slot] = row;
    if (slot / NEGATIVE_TABLE_SIZE > reached && row < counts.length - 1) {
      row++;
      reached += powered[row]! / total;
    }
  }
  return table;
}

function subsamplingRates(counts: readonly number[], sample: number): Float64Array {
  const total = counts.reduce((sum, count) => sum + count, 0);
  return Float64Array.from(counts, (count) => {
    const share = count / total;
    return Math.min(1, (Math.sqrt(share / sample) + 1) * (sample / share));
  });
}
