/**
 * JSON parsing that keeps integers too long for a JavaScript number. Exports from scripts and
 * from platforms with 64-bit ids (snowflake ids, database keys) write them as bare numbers:
 * `12345678901234567891` and `12345678901234567892` both parse to the same double, so two posts
 * would get one id and the second would be taken for the first, already stored. Such integers
 * are read as strings of their digits instead; every other value parses as usual.
 */

/** Only text holding a run this long can hold an integer above 2^53 (16 digits). */
const LONG_DIGIT_RUN = /\d{16}/;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const MINUS = 0x2d;
/** A number token's characters after its first: digits, a point, an exponent and its sign. */
const NUMBER_PART = /[\d.eE+-]/;
const INTEGER = /^-?\d+$/;

export function parseJsonKeepingLongIntegers(text: string): unknown {
  return JSON.parse(LONG_DIGIT_RUN.test(text) ? quoteLongIntegers(text) : text);
}

/**
 * The text with each integer literal outside strings that is not a safe integer put in quotes.
 * Fractions and exponents are left alone: they are not ids, and their digits were never exact.
 */
function quoteLongIntegers(text: string): string {
  const parts: string[] = [];
  let copied = 0;
  let index = 0;

  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (code === QUOTE) {
      index = jsonStringEnd(text, index + 1);
      continue;
    }
    if (code !== MINUS && !isDigit(code)) {
      index += 1;
      continue;
    }

    const end = numberEnd(text, index + 1);
    const literal = text.slice(index, end);
    if (INTEGER.test(literal) && !Number.isSafeInteger(Number(literal))) {
      parts.push(text.slice(copied, index), `"${literal}"`);
      copied = end;
    }
    index = end;
  }

  if (copied === 0) return text;
  parts.push(text.slice(copied));
  return parts.join('');
}

/**
 * The index after the quote that closes a JSON string whose content starts at `from`; the text's
 * length when the string is never closed.
 */
export function jsonStringEnd(text: string, from: number): number {
  let index = from;
  while (index < text.length) {
    const quote = text.indexOf('"', index);
    if (quote === -1) return text.length;
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === BACKSLASH) backslashes += 1;
    if (backslashes % 2 === 0) return quote + 1;
    index = quote + 1;
  }
  return text.length;
}

function numberEnd(text: string, from: number): number {
  let end = from;
  while (end < text.length && NUMBER_PART.test(text[end]!)) end += 1;
  return end;
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}
