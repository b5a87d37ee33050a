/**
 * What each UTF-16 code unit is to normalisation and tokenising, looked up in a table built once
 * at load, so that the per-post loops run no regular expression.
 */

/** Spaces, punctuation, symbols: ends a word. */
export const SEPARATOR = 0;
/** A Cyrillic letter (Russian, Kazakh and the other Cyrillic alphabets). */
export const CYRILLIC = 1;
/** A Latin letter, including Kazakh Latin ä ğ ı ñ ö ş ū ü. */
export const LATIN = 2;
/** A letter of any other script. */
export const OTHER_LETTER = 3;
/** A combining mark: part of the word it follows. */
export const MARK = 4;
export const DIGIT = 5;
/**
 * Soft hyphen, zero-width spaces and joiners, direction marks: invisible, dropped by
 * normalisation. Copy-paste from web pages and deliberate filter evasion put them inside names.
 */
export const INVISIBLE = 6;
/** Hyphens and apostrophes: joined words ("Нур-Султан", "o'zbek") when letters are on both sides. */
export const JOINER = 7;
/** First half of a surrogate pair (emoji, rare scripts). */
export const HIGH_SURROGATE = 8;

export type CharacterClass = number;

const INVISIBLES = [
  0x00ad, 0x034f, 0x061c, 0x115f, 0x1160, 0x17b4, 0x17b5, 0x180e, 0x200b, 0x200c, 0x200d, 0x200e,
  0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0x2066,
  0x2067, 0x2068, 0x2069, 0xfeff,
];

// Hyphen-minus, hyphen, non-breaking hyphen; apostrophe, right single quote and the modifier
// letter apostrophe that Uzbek and some Kazakh Latin texts use.
const JOINERS = [0x002d, 0x2010, 0x2011, 0x0027, 0x2019, 0x02bc];

const LETTER = /\p{L}/u;
const COMBINING = /\p{M}/u;
const NUMBER = /\p{N}/u;
const CYRILLIC_SCRIPT = /\p{Script=Cyrillic}/u;
const LATIN_SCRIPT = /\p{Script=Latin}/u;

function classify(code: number): CharacterClass {
  if (code >= 0xd800 && code <= 0xdbff) return HIGH_SURROGATE;

  const character = String.fromCharCode(code);
  if (LETTER.test(character)) {
    if (CYRILLIC_SCRIPT.test(character)) return CYRILLIC;
    if (LATIN_SCRIPT.test(character)) return LATIN;
    return OTHER_LETTER;
  }
  if (COMBINING.test(character)) return MARK;
  if (NUMBER.test(character)) return DIGIT;
  return SEPARATOR;
}

function buildTable(): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (let code = 0; code < 0x10000; code++) table[code] = classify(code);
  for (const code of INVISIBLES) table[code] = INVISIBLE;
  for (const code of JOINERS) table[code] = JOINER;
  return table;
}

/** Class of every UTF-16 code unit, indexed by code. */
export const CHARACTER_CLASSES: Uint8Array = buildTable();

/** Letters of any script, marks and digits: what a word is made of. */
export function isWordPart(characterClass: CharacterClass): boolean {
  return characterClass >= CYRILLIC && characterClass <= DIGIT;
}

export function isLetter(characterClass: CharacterClass): boolean {
  return characterClass >= CYRILLIC && characterClass <= OTHER_LETTER;
}
