import { CHAR_CLASSES, HIGH_SURROGATE, SYMBOL, WORD } from './char-classes.js';
import { FNV_OFFSET, fnvStep } from './feature-hash.js';

export const WORD_TOKEN = 1;
export const SYMBOL_TOKEN = 2;

const DIGIT_ZERO = 0x30;
const DIGIT_NINE = 0x39;

/**
 * The tokens of one text as offsets and word hashes in reusable typed arrays, so that tokenising
 * a post allocates nothing once the buffers have grown to the longest post seen.
 */
export class TokenBuffer {
  starts = new Int32Array(256);
  ends = new Int32Array(256);
  /** FNV-1a of the token with ASCII digits folded to "0": "2024" and "1999" are one word. */
  hashes = new Int32Array(256);
  kinds = new Uint8Array(256);
  count = 0;

  /** Splits `text[from, to)` into word and symbol tokens, replacing what the buffer held. */
  tokenise(text: string, from = 0, to = text.length): void {
    this.count = 0;
    let index = from;

    while (index < to) {
      const code = text.charCodeAt(index);
      const kind = CHAR_CLASSES[code];

      if (kind === WORD) {
        const start = index;
        let hash = FNV_OFFSET;
        while (index < to) {
          const inner = text.charCodeAt(index);
          if (CHAR_CLASSES[inner] !== WORD) break;
          hash = fnvStep(hash, inner >= DIGIT_ZERO && inner <= DIGIT_NINE ? DIGIT_ZERO : inner);
          index++;
        }
        this.#push(start, index, hash, WORD_TOKEN);
      } else if (kind === SYMBOL) {
        this.#push(index, index + 1, fnvStep(FNV_OFFSET, code), SYMBOL_TOKEN);
        index++;
      } else if (kind === HIGH_SURROGATE && index + 1 < to) {
        // Emoji and other astral symbols: one token of both halves.
        const hash = fnvStep(fnvStep(FNV_OFFSET, code), text.charCodeAt(index + 1));
        this.#push(index, index + 2, hash, SYMBOL_TOKEN);
        index += 2;
      } else {
        index++;
      }
    }
  }

  #push(start: number, end: number, hash: number, kind: number): void {
    if (this.count === this.starts.length) this.#grow();
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.hashes[this.count] = hash;
    this.kinds[this.count] = kind;
    this.count++;
  }

  #grow(): void {
    const size = this.starts.length * 2;
    const starts = new Int32Array(size);
    const ends = new Int32Array(size);
    const hashes = new Int32Array(size);
    const kinds = new Uint8Array(size);
    starts.set(this.starts);
    ends.set(this.ends);
    hashes.set(this.hashes);
    kinds.set(this.kinds);
    this.starts = starts;
    this.ends = ends;
    this.hashes = hashes;
    this.kinds = kinds;
  }
}
