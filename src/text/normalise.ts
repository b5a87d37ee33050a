/**
 * Normalisation for matching and search. The stored text keeps its original form; this is the
 * form rules, models and the full-text index see.
 */

const INVISIBLE = /[\u00AD\u200B-\u200F\u2060-\u2064\uFEFF]/g;

/** NFC, invisible characters (soft hyphen, zero-width) removed, lower case, ё→е. */
export function normaliseForMatching(text: string): string {
  return text.normalize('NFC').replace(INVISIBLE, '').toLowerCase().replace(/ё/g, 'е');
}
