import { mayHoldHexEscapes, withUnicodeEscapes } from './hex-escapes.js';
import { jsonStringEnd, parseJsonKeepingLongIntegers } from './long-integers.js';

/**
 * JSON as scripts write it. Python's `json.dump`, which most scrapers and notebooks use, writes a
 * missing float (pandas' NaN for an empty cell, a score never computed) as the bare word `NaN`,
 * and `Infinity` or `-Infinity` likewise; JSON.parse rejects the whole record for it. Such a value
 * is read as null, a missing value, and the record is kept. Telegram Desktop's `\xHH` escapes
 * are read as the characters they stand for (see `hex-escapes.ts`). Long integers keep their
 * digits.
 */
export function parseScriptJson(text: string): unknown {
  try {
    return parseJsonKeepingLongIntegers(text);
  } catch (error) {
    const unescaped = mayHoldHexEscapes(text) ? withUnicodeEscapes(text) : text;
    const mended = PYTHON_CONSTANT.test(unescaped) ? nullPythonConstants(unescaped) : unescaped;
    if (mended === text) throw error;
    try {
      return parseJsonKeepingLongIntegers(mended);
    } catch {
      throw error; // The first mistake is the one to show.
    }
  }
}

const PYTHON_CONSTANT = /NaN|Infinity/;
const CONSTANT_AT = /-?Infinity|NaN/y;
/** Where a value may start: after a key's colon, a list's bracket or a comma. */
const VALUE_START = /[:[,]\s*$/;
const QUOTE = 0x22;

/** The text with each NaN, Infinity and -Infinity outside strings, in a value's place, as null. */
function nullPythonConstants(text: string): string {
  const parts: string[] = [];
  let copied = 0;
  let index = 0;

  while (index < text.length) {
    if (text.charCodeAt(index) === QUOTE) {
      index = jsonStringEnd(text, index + 1);
      continue;
    }
    CONSTANT_AT.lastIndex = index;
    const constant = CONSTANT_AT.exec(text);
    if (constant === null || !VALUE_START.test(text.slice(Math.max(copied, index - 64), index))) {
      index += 1;
      continue;
    }
    parts.push(text.slice(copied, index), 'null');
    index += constant[0].length;
    copied = index;
  }

  parts.push(text.slice(copied));
  return parts.join('');
}

/**
 * Why a JSON text did not parse, without the text: V8 quotes up to ten characters either side of
 * the mistake (`Unexpected token 'u', ..."тел 8701…" is not valid JSON`, a short record whole),
 * and the text is a resident's post, which no skip reason, error or log may repeat.
 */
export function jsonErrorReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/, (?:\.\.\.)?".*$/su, '');
}
