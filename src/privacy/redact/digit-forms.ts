import type { RedactionSpan } from './redaction-kind.js';

type Finder = (text: string) => RedactionSpan[];

/**
 * Digits written other than as ASCII: full-width ("＋７ ７０１"), mathematical bold and monospace
 * ("𝟖𝟕𝟎𝟏"), Arabic-Indic and the other decimal digits of Unicode, keycap emoji ("7️⃣0️⃣1️⃣"),
 * and a letter typed for the digit it looks like among digits: O for a zero ("8 7O1 ..."), З
 * for a three ("8 7З1 ..."), l, I or і for a one ("8 70l ..."). Posts use them to slip a phone
 * number past filters, or get them from a fancy-font keyboard. Superscripts, subscripts and
 * circled numbers are not decimal digits (м², 10⁶, ①): they stay what they are.
 *
 * Emoji put between a number's groups to hide it ("8📞701📞123📞45📞67") read as a space there.
 */
const NEEDS_FOLDING = /(?![0-9])\p{Nd}|\u20E3|[＋（）－]|\d[OoОоЗзlIіІ]|[OoОоЗзlIіІ]\d|\d ?\p{Extended_Pictographic}/u;
const DECIMAL_DIGIT = /^\p{Nd}$/u;
const KEYCAP = 0x20e3;
const FIRST_OTHER_DIGIT = 0x0660;
const VARIATION_SELECTOR = 0xfe0f;
const FULL_WIDTH_SIGNS: Readonly<Record<string, string>> = { '＋': '+', '（': '(', '）': ')', '－': '-' };
/** Letters typed for the digits they look like: Latin and Cyrillic O, Cyrillic З, l, I and і. */
const LOOK_ALIKE_DIGITS: Readonly<Record<string, string>> = {
  O: '0', o: '0', О: '0', о: '0', З: '3', з: '3', l: '1', I: '1', і: '1', І: '1',
};
const LOOK_ALIKE_CODES = new Set(Object.keys(LOOK_ALIKE_DIGITS).map((letter) => letter.charCodeAt(0)));
/** A run of pictographs with their selectors, joiners and skin tones, which may hold a space. */
const PICTOGRAPH_RUN = /^ ?(?:\p{Extended_Pictographic}(?:\u{FE0F}|\u{200D}|\p{Emoji_Modifier})*)+ ?/u;
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
  // The redactor's number finders read the same text one after another until one of them
  // redacts something: the answer for the last text read serves the next finder.
  if (text !== lastChecked.text) lastChecked = { text, needs: holdsDigitsToFold(text) };
  return lastChecked.needs;
}

let lastChecked: { readonly text: string | null; readonly needs: boolean } = { text: null, needs: false };

function holdsDigitsToFold(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    const lookAlike = LOOK_ALIKE_CODES.has(code)
      && (isAsciiDigit(text.charCodeAt(index - 1)) || isAsciiDigit(text.charCodeAt(index + 1)));
    if (code >= FIRST_OTHER_DIGIT || lookAlike) {
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
    if (character in LOOK_ALIKE_DIGITS) {
      // A run of look-alikes is decided once, as a whole: "1OO 22", "1ОЗ 45".
      const end = endOfLookAlikes(text, index);
      const digits = isDigitRun(text, index, end);
      for (let letter = index; letter < end; letter++) origins.push(letter);
      folded += digits ? [...text.slice(index, end)].map((letter) => LOOK_ALIKE_DIGITS[letter]).join('') : text.slice(index, end);
      index = end;
      continue;
    }
    const pictographs = digitsApart(text, index);
    if (pictographs > 0) {
      origins.push(index);
      folded += ' ';
      index += pictographs;
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

function endOfLookAlikes(text: string, start: number): number {
  let end = start + 1;
  while (end < text.length && text[end]! in LOOK_ALIKE_DIGITS) end += 1;
  return end;
}

/**
 * The length of a run of pictographs at `index` that stands between two digits ("8📞701",
 * "45 🔥 67"), or 0: there the run parts a number's groups. Elsewhere ("📱 +7 701…", "67 👈
 * пишите") it stays.
 */
function digitsApart(text: string, index: number): number {
  if (!isDigitAt(text, index - 1)) return 0;
  const run = PICTOGRAPH_RUN.exec(text.slice(index, index + 40));
  if (run === null) return 0;
  return isDigitAt(text, index + run[0].length) ? run[0].length : 0;
}

/**
 * "7O1", "1OO 22", "7З1", "l23": a run of look-alike letters `[start, end)` inside a group of
 * digits, with a digit on one side and on the other a digit or a separator before the next group.
 */
function isDigitRun(text: string, start: number, end: number): boolean {
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
