/**
 * TF-IDF vectors of word 1–2-grams and character 2–5-grams (of each word, with its boundaries),
 * over a vocabulary learnt from the training texts. The word and character blocks are each
 * scaled to unit length and then weighted, so neither block drowns the other.
 */

/** A sparse vector: ascending feature indices and their values. */
export interface SparseVector {
  readonly indices: Int32Array;
  readonly values: Float64Array;
}

export interface VectoriserOptions {
  readonly charNgramMin: number;
  readonly charNgramMax: number;
  /** Features seen in fewer training texts are dropped. */
  readonly minDocumentFrequency: number;
  /** Weight of the character block against the word block (which has weight 1). */
  readonly charWeight: number;
}

export const DEFAULT_VECTORISER: VectoriserOptions = {
  charNgramMin: 2,
  charNgramMax: 5,
  minDocumentFrequency: 2,
  charWeight: 1,
};

type Block = 'word' | 'char';

function blockTerms(tokens: readonly string[], block: Block, options: VectoriserOptions): string[] {
  const terms: string[] = [];
  if (block === 'word') {
    for (let index = 0; index < tokens.length; index++) {
      terms.push(tokens[index]!);
      if (index > 0) terms.push(`${tokens[index - 1]} ${tokens[index]}`);
    }
    return terms;
  }
  for (const token of tokens) {
    const framed = ` ${token} `;
    for (let size = options.charNgramMin; size <= options.charNgramMax; size++) {
      for (let start = 0; start + size <= framed.length; start++) {
        terms.push(framed.slice(start, start + size));
      }
    }
  }
  return terms;
}

/** Counts of each distinct term. */
function termCounts(terms: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
  return counts;
}

export class NgramVectoriser {
  readonly options: VectoriserOptions;
  readonly #index = new Map<string, number>();
  #idf = new Float64Array(0);

  constructor(options: VectoriserOptions = DEFAULT_VECTORISER) {
    this.options = options;
  }

  get size(): number {
    return this.#index.size;
  }

  /** Learns the vocabulary and inverse document frequencies from tokenised training texts. */
  fit(texts: readonly (readonly string[])[]): this {
    const documentFrequency = new Map<string, number>();
    for (const tokens of texts) {
      for (const block of ['word', 'char'] as const) {
        for (const term of termCounts(blockTerms(tokens, block, this.options)).keys()) {
          const key = `${block}\u0001${term}`;
          documentFrequency.set(key, (documentFrequency.get(key) ?? 0) + 1);
        }
      }
    }
    // Sorted, so feature numbers do not depend on the order texts came in.
    const kept = [...documentFrequency]
      .filter(([, frequency]) => frequency >= this.options.minDocumentFrequency)
      .sort(([left], [right]) => (left < right ? -1 : left > right ? 1 : 0));
    this.#index.clear();
    this.#idf = new Float64Array(kept.length);
    kept.forEach(([key, frequency], feature) => {
      this.#index.set(key, feature);
      this.#idf[feature] = Math.log((1 + texts.length) / (1 + frequency)) + 1;
    });
    return this;
  }

  transform(tokens: readonly string[]): SparseVector {
    const entries: [number, number][] = [];
    for (const block of ['word', 'char'] as const) {
      const weight = block === 'word' ? 1 : this.options.charWeight;
      const start = entries.length;
      for (const [term, count] of termCounts(blockTerms(tokens, block, this.options))) {
        const feature = this.#index.get(`${block}\u0001${term}`);
        if (feature !== undefined) {
          entries.push([feature, (1 + Math.log(count)) * this.#idf[feature]!]);
        }
      }
      let norm = 0;
      for (let entry = start; entry < entries.length; entry++) norm += entries[entry]![1] ** 2;
      const scale = norm > 0 ? weight / Math.sqrt(norm) : 0;
      for (let entry = start; entry < entries.length; entry++) entries[entry]![1] *= scale;
    }
    entries.sort(([left], [right]) => left - right);
    return {
      indices: Int32Array.from(entries, ([feature]) => feature),
      values: Float64Array.from(entries, ([, value]) => value),
    };
  }
}
