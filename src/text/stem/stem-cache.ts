/**
 * A bounded memo of word → stem. Posts repeat a small vocabulary, so most words are stemmed
 * once per process; the bound keeps a long run over millions of posts from growing without end.
 *
 * Two generations stand in for "least recently used": when the young map fills it becomes the
 * old one, and words still in use move back on their next lookup. Clearing one map at the limit
 * instead made every word a miss at once, and needed a map twice as large for the same hits.
 */
export class StemCache {
  #young = new Map<string, string>();
  #old = new Map<string, string>();
  readonly #generation: number;
  readonly #stem: (word: string) => string;

  /** Holds at most `limit` words, half of them recently used. */
  constructor(stem: (word: string) => string, limit = 100_000) {
    this.#stem = stem;
    this.#generation = Math.max(1, Math.floor(limit / 2));
  }

  get(word: string): string {
    let stem = this.#young.get(word);
    if (stem !== undefined) return stem;

    stem = this.#old.get(word) ?? this.#stem(word);
    if (this.#young.size >= this.#generation) {
      this.#old = this.#young;
      this.#young = new Map();
    }
    this.#young.set(word, stem);
    return stem;
  }
}
