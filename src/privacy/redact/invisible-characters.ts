/**
 * Characters that render as nothing (soft hyphen, zero-width space and joiners, word joiner,
 * byte-order mark, bidirectional marks and isolates) or as a plain space (no-break and thin
 * spaces). Pasted text carries them, and a soft hyphen inside "87011\u00AD234567" or "Ай\u200Bгүл"
 * would otherwise hide a phone number or a name from every pattern.
 */
// The combining grapheme joiner and the Khmer inherent vowels are marks, so they stand outside
// the bracket, where a mark cannot attach to the character before it.
// A zero-width joiner between two emoji is kept: it makes one picture of them ("🤦‍♂️", "👨‍👩‍👧"),
// and without it a reader sees a face and a sign, or three faces.
const EMOJI_JOINER = '(?<=\\p{Extended_Pictographic}(?:\\u{FE0F}|\\u{1F3FB}|\\u{1F3FC}|\\u{1F3FD}|\\u{1F3FE}|\\u{1F3FF})?)\\u200D(?=\\p{Extended_Pictographic})';
const INVISIBLE = new RegExp(
  `(?!${EMOJI_JOINER})[\\u00AD\\u061C\\u115F\\u1160\\u180E\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u206F\\uFEFF]|\\u034F|\\u17B4|\\u17B5`,
  'gu',
);
const ODD_SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
/** Combining marks: a "й" typed as "и" plus a breve must match the list's "й". */
const COMBINING = /[\u0300-\u036F]/;
const NEEDS_CLEANING = /[\u00A0\u00AD\u061C\u115F\u1160\u1680\u180E\u2000-\u200F\u202A-\u202F\u205F-\u206F\u3000\uFEFF]|\u034F|\u17B4|\u17B5/;

/**
 * Removes invisible characters, turns unusual spaces into plain ones and composes combining marks
 * (NFC). What remains reads the same as before to a person, so the result is also what is stored.
 */
export function removeInvisibleCharacters(text: string): string {
  const composed = COMBINING.test(text) ? text.normalize('NFC') : text;
  if (!NEEDS_CLEANING.test(composed)) return composed;
  return composed.replace(INVISIBLE, '').replace(ODD_SPACES, ' ');
}
