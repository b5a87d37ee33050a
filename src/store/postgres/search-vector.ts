/**
 * The search entries of a post for PostgreSQL: the same index the SQLite store keeps (see
 * migrations/sqlite/004-stemmed-search.ts), one entry per word, stem space + stem + "_" + form,
 * at the word's position, written as a `tsvector` literal so that PostgreSQL stores the entries
 * as they are, never through a text-search configuration of its own.
 */
import { stemModeOf } from '../../query/stem-mode.js';
import { indexToken, searchWords } from '../../text/search-words.js';

// PostgreSQL refuses a lexeme of 2048 bytes or more; an entry that long is a run of letters
// with no space in it, never a word anyone searches for.
const MAX_ENTRY_BYTES = 2000;

export interface SearchVector {
  /** The `tsvector` literal, or null for a text without words. */
  readonly vector: string | null;
  /** Each written form with its entry, for expanding wildcards. */
  readonly words: readonly (readonly [form: string, entry: string])[];
}

// LIMITATION: PostgreSQL keeps positions up to 16,383 and at most 256 per entry, so a phrase or
// NEAR past the 16,383rd word of a very long article is not found there, as it is in SQLite.
export function searchVector(normalised: string, language: string): SearchVector {
  const lexemes: string[] = [];
  const words = new Map<string, string>();
  searchWords(normalised, stemModeOf(language)).forEach((word, index) => {
    const entry = indexToken(word.space, word.stem, word.form);
    if (Buffer.byteLength(entry) > MAX_ENTRY_BYTES) return;
    words.set(`${word.form}\u001f${entry}`, word.form);
    lexemes.push(`${quoteLexeme(entry)}:${index + 1}`);
  });
  return {
    vector: lexemes.length === 0 ? null : lexemes.join(' '),
    words: [...words].map(([key, form]) => [form, key.slice(form.length + 1)] as const),
  };
}

/** A lexeme as `tsvector` and `tsquery` literals write it. */
export function quoteLexeme(lexeme: string): string {
  return `'${lexeme.replaceAll('\\', '\\\\').replaceAll("'", "''")}'`;
}
