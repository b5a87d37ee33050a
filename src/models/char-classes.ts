/**
 * What each UTF-16 code unit is to the tokeniser, looked up in a table built once at load so
 * that tokenising a post runs no regular expression.
 */

/** Spaces, controls and punctuation that only separate words (commas, quotes, dashes). */
export const SEPARATOR = 0;
/** Letters, combining marks and digits: the inside of a word. */
export const WORD = 1;
/**
 * Marks that carry tone in residents' posts and become one-character tokens: "!", "?", the
 * Russian smiley ")" and its frown "(", "+", "💖" (see the surrogate classes).
 */
export const SYMBOL = 2;
/** First half of a surrogate pair: emoji are tokens of two code units. */
export const HIGH_SURROGATE = 3;

const WORD_CHARACTER = /[\p{L}\p{M}\p{N}]/u;
const SPACE_OR_CONTROL = /[\p{Z}\p{Cc}\p{Cf}]/u;

// Punctuation that shapes sentences but says nothing about tone; keeping it as tokens only
// adds noise to word pairs.
const PLAIN_PUNCTUATION = '.,:;"\'`«»„“”‘’‹›-‐‑‒–—―/\\|_[]{}<>*#~·…';

function buildCharClasses(): Uint8Array {
  const classes = new Uint8Array(0x10000);

  for (let code = 0; code < 0x10000; code++) {
    if (code >= 0xd800 && code <= 0xdbff) {
      classes[code] = HIGH_SURROGATE;
      continue;
    }
    // A lone low surrogate is broken input; it separates words.
    if (code >= 0xdc00 && code <= 0xdfff) continue;

    const character = String.fromCharCode(code);
    if (WORD_CHARACTER.test(character)) classes[code] = WORD;
    else if (!SPACE_OR_CONTROL.test(character) && !PLAIN_PUNCTUATION.includes(character)) {
      classes[code] = SYMBOL;
    }
  }

  return classes;
}

/** Class of every UTF-16 code unit, indexed by `charCodeAt`. */
export const CHAR_CLASSES: Uint8Array = buildCharClasses();
