/**
 * A bounded memo of word → stem. Posts repeat a small vocabulary, so most words are stemmed
 * once per process; the bound keeps a long run over millions of posts from growing without end.
 */
export class StemCache {
  readonly #stems = new Map<string, string>();
  readonly #limit: number;
  readonly #stem: (word: string) => string;

  constructor(stem: (word: string) => string, limit = 200_000) {
    this.#stem = stem;
    this.#limit = limit;
  }

  get(word: string): string {
    let stem = this.#stems.get(word);
    if (stem !== undefined) return stem;

    stem = this.#stem(word);
    // Dropping everything is cheaper than tracking use; the working set refills in moments.
    if (this.#stems.size >= this.#limit) this.#stems.clear();
    this.#stems.set(word, stem);
    return stem;
  }
}
