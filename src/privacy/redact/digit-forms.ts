import type { RedactionSpan } from './redaction-kind.js';

type Finder = (text: string) => RedactionSpan[];

/**
 * Digits written other than as ASCII: full-width ("＋７ ７０１"), mathematical bold and monospace
 * ("𝟖𝟕𝟎𝟏"), Arabic-Indic and the other decimal digits of Unicode, keycap emoji ("7️⃣0️⃣1️⃣"),
 * and a letter O typed for a zero between digits ("8 7O1 ..."). Posts use them to slip a phone
 * number past filters, or get them from a fancy-font keyboard. Superscripts, subscripts and
 * circled numbers are not decimal digits (м², 10⁶, ①): they stay what they are.
 */
const NEEDS_FOLDING = /(?![0-9])\p{Nd}|\u20E3|[＋（）－]|\d[OoОо]+\d/u;
const DECIMAL_DIGIT = /^\p{Nd}$/u;
const KEYCAP = 0x20e3;
const FIRST_OTHER_DIGIT = 0x0660;
const VARIATION_SELECTOR = 0xfe0f;
const FULL_WIDTH_SIGNS: Readonly<Record<string, string>> = { '＋': '+', '（': '(', '）': ')', '－': '-' };
const LETTER_O = new Set(['O', 'o', 'О', 'о']);
const GROUP_SEPARATOR = new Set([' ', '-', '.']);

/** A text with its digits in ASCII, and where each of its characters stood in the original. */
interface FoldedText {
  readonly text: string;
  /** Original UTF-16 offset of each folded character, and the original length at the end. */
  readonly origins: readonly number[];
}

/**
 * Runs a number finder (phones, cards, IINs) over the text with its digits folded to ASCII, and
 * returns the spans in the original text: a keycap "7️⃣" is three code units, "𝟕" two, and both
 * are redacted whole.
 */
export function withPlainDigits(find: Finder): Finder {
  return (text) => {
    if (!needsFolding(text)) return find(text);
    const folded = foldDigits(text);
    return find(folded.text).map((span) => ({
      start: folded.origins[span.start]!,
      end: folded.origins[span.end]!,
      kind: span.kind,
    }));
  };
}

/**
 * Whether the text may hold a digit to fold. Russian and Kazakh letters all lie below the first
 * decimal digits outside ASCII (Arabic-Indic, U+0660), so most posts are passed over by this loop
 * without running the regular expression.
 */
function needsFolding(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    const letterO = code === 0x4f || code === 0x6f || code === 0x41e || code === 0x43e;
    if (code >= FIRST_OTHER_DIGIT || (letterO && index > 0 && isAsciiDigit(text.charCodeAt(index - 1)))) {
      return NEEDS_FOLDING.test(text);
    }
  }
  return false;
}

function isAsciiDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

export function foldDigits(text: string): FoldedText {
  let folded = '';
  const origins: number[] = [];
  let index = 0;

  while (index < text.length) {
    const code = text.codePointAt(index)!;
    const width = code > 0xffff ? 2 : 1;
    const character = text.slice(index, index + width);
    const digit = code > 0x39 && DECIMAL_DIGIT.test(character) ? digitValue(code) : null;

    if (code === KEYCAP || (code === VARIATION_SELECTOR && text.charCodeAt(index + 1) === KEYCAP)) {
      // The keycap's marks belong to the digit before them, so the span of that digit covers them.
      index += width;
      continue;
    }
    if (LETTER_O.has(character)) {
      // A run of O's is decided once, as a whole: "1OO 22".
      const end = endOfLetterOs(text, index);
      const zero = isZeroRun(text, index, end);
      for (let letter = index; letter < end; letter++) origins.push(letter);
      folded += zero ? '0'.repeat(end - index) : text.slice(index, end);
      index = end;
      continue;
    }
    origins.push(index);
    if (digit !== null) folded += String(digit);
    else if (character in FULL_WIDTH_SIGNS) folded += FULL_WIDTH_SIGNS[character];
    else {
      folded += character;
      if (width === 2) origins.push(index + 1);
    }
    index += width;
  }
  origins.push(text.length);
  return { text: folded, origins };
}

/**
 * Unicode encodes decimal digits in runs of ten from zero, and puts runs side by side (the five
 * mathematical digit styles), so a digit's value is its distance from the first of its run, mod 10.
 */
function digitValue(code: number): number {
  let first = code;
  while (DECIMAL_DIGIT.test(String.fromCodePoint(first - 1))) first -= 1;
  return (code - first) % 10;
}

function endOfLetterOs(text: string, start: number): number {
  let end = start + 1;
  while (end < text.length && LETTER_O.has(text[end]!)) end += 1;
  return end;
}

/**
 * "7O1", "1OO 22": a run of letters O `[start, end)` inside a group of digits, with a digit on
 * one side and on the other a digit or a separator before the next group.
 */
function isZeroRun(text: string, start: number, end: number): boolean {
  const before = start - 1;
  const after = end;
  const digitBefore = isDigitAt(text, before);
  const digitAfter = isDigitAt(text, after);
  if (digitBefore && digitAfter) return true;
  if (digitBefore) return GROUP_SEPARATOR.has(text[after] ?? '') && isDigitAt(text, after + 1);
  if (digitAfter) return GROUP_SEPARATOR.has(text[before] ?? '') && isDigitAt(text, before - 1);
  return false;
}

function isDigitAt(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  const code = text.codePointAt(index)!;
  // The low half of a surrogate pair: look at the whole character.
  const low = code >= 0xdc00 && code <= 0xdfff && index > 0;
  const character = low ? String.fromCodePoint(text.codePointAt(index - 1)!) : String.fromCodePoint(code);
  return DECIMAL_DIGIT.test(character) || (character === '\u20E3' && index > 0);
}
