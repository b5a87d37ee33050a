/**
 * Normalisation for matching and search. The stored text keeps its original form; this is the
 * form rules, models and the full-text index see. It keeps a map back to the original offsets,
 * so that a name found in the normalised text is reported where it was written.
 */
import {
  CHARACTER_CLASSES, CYRILLIC, INVISIBLE, LATIN, MARK, isWordPart,
} from './character-class.js';
import { foldLookAlikesInWord } from './look-alikes.js';

export interface NormalisedText {
  readonly text: string;
  /**
   * `origin[i]` is the offset in the original text of normalised code unit `i`;
   * `origin[text.length]` is the original length, so an end offset maps the same way. Null when
   * normalisation kept every offset (it only changed letter case).
   */
  readonly origin: Int32Array | null;
}

const SMALL_IO = 0x0451; // ё
const SMALL_IE = 0x0435; // е
// Stress marks: dictionaries, textbooks and careful writers put them on Russian and Kazakh
// vowels ("автобу́с", "за́мок"); NFC leaves them, since no Cyrillic letter has them built in.
const COMBINING_GRAVE = 0x0300;
const COMBINING_ACUTE = 0x0301;
const CAPITAL_I_WITH_DOT = 0x0130; // İ, Turkish and Kazakh Latin

/**
 * NFC; invisible characters (soft hyphen, zero-width spaces and joiners, direction marks) and
 * stress marks on Cyrillic letters removed; lower case; ё→е; look-alike Latin letters inside Cyrillic words and Cyrillic ones
 * inside Latin words folded to the word's script.
 */
export function normaliseForMatching(text: string): string {
  return normaliseWithOffsets(text).text;
}

/** As `normaliseForMatching`, with the map from normalised offsets back to `text`. */
export function normaliseWithOffsets(text: string): NormalisedText {
  // Most posts only need lower-casing; one scan tells, and saves building offset maps.
  const lower = text.toLowerCase();
  if (lower.length === text.length && onlyCaseToChange(lower)) return { text: lower, origin: null };

  const composed = composeWithOffsets(text);
  const lowered = lowerWithOffsets(composed.text);
  const folded = foldWithOffsets(lowered.text);

  let origin = folded.origin;
  if (lowered.origin) origin = chain(origin, lowered.origin);
  if (composed.origin) origin = chain(origin, composed.origin);
  return { text: folded.text, origin };
}

// Characters NFC may change: combining marks, Hangul jamo, and singletons such as the Ohm and
// Angstrom signs. Built once from the platform's own normaliser.
const NFC_SENSITIVE: Uint8Array = (() => {
  const table = new Uint8Array(0x10000);
  for (let code = 0; code < 0x10000; code++) {
    if (code >= 0xd800 && code <= 0xdfff) continue;
    const character = String.fromCharCode(code);
    if (CHARACTER_CLASSES[code] === MARK || character.normalize('NFC') !== character) table[code] = 1;
  }
  for (let code = 0x1100; code <= 0x11ff; code++) table[code] = 1;
  for (let code = 0xa960; code <= 0xa97f; code++) table[code] = 1;
  for (let code = 0xd7b0; code <= 0xd7ff; code++) table[code] = 1;
  return table;
})();

function onlyCaseToChange(lower: string): boolean {
  let wordHasCyrillic = false;
  let wordHasLatin = false;
  for (let index = 0; index < lower.length; index++) {
    const code = lower.charCodeAt(index);
    const characterClass = CHARACTER_CLASSES[code] as number;
    if (characterClass === INVISIBLE || code === SMALL_IO || NFC_SENSITIVE[code] === 1) return false;
    if (characterClass === CYRILLIC) wordHasCyrillic = true;
    else if (characterClass === LATIN) wordHasLatin = true;
    else if (!isWordPart(characterClass)) wordHasCyrillic = wordHasLatin = false;
    if (wordHasCyrillic && wordHasLatin) return false;
  }
  return true;
}

interface Step {
  readonly text: string;
  /** Null when the step kept every offset. */
  readonly origin: Int32Array | null;
}

function chain(outer: Int32Array, inner: Int32Array): Int32Array {
  const result = new Int32Array(outer.length);
  for (let index = 0; index < outer.length; index++) result[index] = inner[outer[index] as number] as number;
  return result;
}

// Kazakh and Russian text pasted from PDFs and some phone keyboards arrives decomposed
// ("и" + combining breve for "й"). Composition only joins a base letter with the marks after
// it, so each such cluster is composed on its own and all its output points at its start.
function composeWithOffsets(text: string): Step {
  const composed = text.normalize('NFC');
  if (composed === text) return { text, origin: null };

  const parts: string[] = [];
  const offsets: number[] = [];
  let index = 0;
  while (index < text.length) {
    const start = index;
    index += isHighSurrogate(text.charCodeAt(index)) ? 2 : 1;
    while (index < text.length && CHARACTER_CLASSES[text.charCodeAt(index)] === MARK) index++;

    const cluster = text.slice(start, index).normalize('NFC');
    parts.push(cluster);
    for (let unit = 0; unit < cluster.length; unit++) offsets.push(start);
  }
  offsets.push(text.length);
  return { text: parts.join(''), origin: Int32Array.from(offsets) };
}

// LIMITATION: lower-casing follows Unicode, not Kazakh Latin: capital "I" (ı in the 2021
// alphabet) becomes "i". Text written in capitals loses the ı/i distinction; a script-aware
// lower-casing of words already known to be Kazakh Latin would keep it.
function lowerWithOffsets(text: string): Step {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return { text: lower, origin: null };

  // Only a few capitals lower-case into more code units; "İ" is the one seen in Kazakh
  // Latin text, and it becomes a plain "i" rather than "i" with a combining dot.
  const parts: string[] = [];
  const offsets: number[] = [];
  for (let index = 0; index < text.length; ) {
    const code = text.codePointAt(index) as number;
    const width = code > 0xffff ? 2 : 1;
    const lowered = code === CAPITAL_I_WITH_DOT ? 'i' : text.slice(index, index + width).toLowerCase();
    parts.push(lowered);
    for (let unit = 0; unit < lowered.length; unit++) offsets.push(index);
    index += width;
  }
  offsets.push(text.length);
  return { text: parts.join(''), origin: Int32Array.from(offsets) };
}

function foldWithOffsets(lower: string): { text: string; origin: Int32Array } {
  const length = lower.length;
  const codes = new Uint16Array(length);
  const origin = new Int32Array(length + 1);
  let written = 0;
  let changed = false;
  let wordStart = -1;
  let wordHasCyrillic = false;
  let wordHasLatin = false;

  for (let index = 0; index < length; index++) {
    let code = lower.charCodeAt(index);
    const characterClass = CHARACTER_CLASSES[code] as number;
    if (characterClass === INVISIBLE || (isStressMark(code) && written > 0 && isCyrillic(codes[written - 1]!))) {
      changed = true;
      continue;
    }
    if (code === SMALL_IO) {
      code = SMALL_IE;
      changed = true;
    }

    if (isWordPart(characterClass)) {
      if (wordStart < 0) wordStart = written;
      if (characterClass === CYRILLIC) wordHasCyrillic = true;
      else if (characterClass === LATIN) wordHasLatin = true;
    } else if (wordStart >= 0) {
      if (wordHasCyrillic && wordHasLatin && foldLookAlikesInWord(codes, wordStart, written)) {
        changed = true;
      }
      wordStart = -1;
      wordHasCyrillic = wordHasLatin = false;
    }

    codes[written] = code;
    origin[written] = index;
    written++;
  }
  if (wordStart >= 0 && wordHasCyrillic && wordHasLatin) {
    if (foldLookAlikesInWord(codes, wordStart, written)) changed = true;
  }
  origin[written] = length;

  const text = changed ? fromCodes(codes, written) : lower;
  return { text, origin: written === length ? origin : origin.slice(0, written + 1) };
}

const CHUNK = 4096;

function fromCodes(codes: Uint16Array, length: number): string {
  let text = '';
  for (let start = 0; start < length; start += CHUNK) {
    const end = Math.min(length, start + CHUNK);
    text += String.fromCharCode.apply(null, codes.subarray(start, end) as unknown as number[]);
  }
  return text;
}

function isStressMark(code: number): boolean {
  return code === COMBINING_ACUTE || code === COMBINING_GRAVE;
}

function isCyrillic(code: number): boolean {
  return CHARACTER_CLASSES[code] === CYRILLIC;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
