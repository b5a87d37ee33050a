/**
 * The search entries of a post for PostgreSQL: the same index the SQLite store keeps (see
 * migrations/sqlite/004-stemmed-search.ts), one entry per word, stem space + stem + "_" + form,
 * at the word's position, written as a `tsvector` literal so that PostgreSQL stores the entries
 * as they are, never through a text-search configuration of its own.
 */
import type { Analysis } from '../../analyze/analysis.js';
import { GAP_ENTRY, formOfEntry, searchEntries } from '../../text/search-words.js';

// PostgreSQL refuses a lexeme of 2048 bytes or more; an entry that long is a run of letters
// with no space in it, never a word anyone searches for.
const MAX_ENTRY_BYTES = 2000;

export interface SearchVector {
  /** The `tsvector` literal, or null for a text without words. */
  readonly vector: string | null;
  /** Each written form with its entry, for expanding wildcards. */
  readonly words: readonly (readonly [form: string, entry: string])[];
}

/**
 * The entries of an analysed post: those the analysis brings (worked out on the analysis
 * threads), or worked out here for an analysis made without them.
 */
export function entriesOf(analysis: Pick<Analysis, 'normalised' | 'language' | 'searchEntries'>): string {
  return analysis.searchEntries ?? searchEntries(analysis.normalised, analysis.language.code);
}

/** The vector of `entries`, a post's entries in word order separated by spaces (`searchEntries`). */
// LIMITATION: PostgreSQL keeps positions up to 16,383 and at most 256 per entry, so a phrase or
// NEAR past the 16,383rd word of a very long article is not found there, as it is in SQLite.
export function searchVector(entries: string): SearchVector {
  if (entries === '') return { vector: null, words: [] };
  const lexemes: string[] = [];
  const words = new Map<string, string>();
  entries.split(' ').forEach((entry, index) => {
    if (Buffer.byteLength(entry) > MAX_ENTRY_BYTES) return;
    if (entry !== GAP_ENTRY) words.set(entry, formOfEntry(entry));
    lexemes.push(`${quoteLexeme(entry)}:${index + 1}`);
  });
  return {
    vector: lexemes.length === 0 ? null : lexemes.join(' '),
    words: [...words].map(([entry, form]) => [form, entry] as const),
  };
}

/** A lexeme as `tsvector` and `tsquery` literals write it. */
export function quoteLexeme(lexeme: string): string {
  return `'${lexeme.replaceAll('\\', '\\\\').replaceAll("'", "''")}'`;
}
