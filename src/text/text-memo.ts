/**
 * What was worked out for the most recently seen texts, so that a text seen again is not worked
 * out again. Reposts, forwards and copy-paste campaigns repeat a post's words verbatim within
 * hours of each other; a memo of recent texts catches them while a stream of millions of posts
 * keeps it small.
 *
 * Bounded twice: by the number of texts and by their characters, since one news article may be
 * as long as a thousand comments. The least recently used text is forgotten first (a `Map` keeps
 * insertion order, and a hit is moved to the end).
 */
/**
 * Limits for a memo of recent posts. Reposts and copy-paste campaigns repeat a post within hours,
 * a few thousand posts later at most; news articles are long, so characters are bounded too:
 * about 4 MB of text, and about as much again in what is remembered of it.
 */
export const RECENT_POSTS = Object.freeze({ maxTexts: 4096, maxCharacters: 2_000_000 });

export class TextMemo<Value> {
  readonly #values = new Map<string, Value>();
  readonly #maxTexts: number;
  readonly #maxCharacters: number;
  #characters = 0;

  constructor(limits: { readonly maxTexts: number; readonly maxCharacters: number }) {
    this.#maxTexts = Math.max(1, limits.maxTexts);
    this.#maxCharacters = Math.max(1, limits.maxCharacters);
  }

  get size(): number {
    return this.#values.size;
  }

  /** Characters of the texts held. */
  get characters(): number {
    return this.#characters;
  }

  /** The value remembered for `text`, worked out by `work` and remembered when it was not. */
  get(text: string, work: (text: string) => Value): Value {
    const known = this.#values.get(text);
    if (known !== undefined) {
      this.#values.delete(text);
      this.#values.set(text, known);
      return known;
    }

    const value = work(text);
    // A text longer than the whole budget would only push every other text out.
    if (text.length > this.#maxCharacters) return value;
    this.#values.set(text, value);
    this.#characters += text.length;
    this.#forgetOldest();
    return value;
  }

  #forgetOldest(): void {
    for (const oldest of this.#values.keys()) {
      if (this.#values.size <= this.#maxTexts && this.#characters <= this.#maxCharacters) return;
      this.#values.delete(oldest);
      this.#characters -= oldest.length;
    }
  }
}

/**
 * One memo key for several texts, some perhaps absent: each is written with its length, so no
 * two lists give the same key ("a" and "bc" against "ab" and "c").
 */
export function memoKey(parts: readonly (string | null | undefined)[]): string {
  return parts.map((part) => (part === null || part === undefined ? '-' : `${part.length}:${part}`)).join('');
}
