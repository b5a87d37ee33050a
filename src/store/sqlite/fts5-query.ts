import type { SearchTerm } from '../search-terms.js';

/**
 * Writes search terms as an FTS5 query: each term a quoted phrase, all of them required. Words
 * are always quoted, so nothing a user types (AND, NEAR, a column name, a stray quote) is read
 * as FTS5 syntax.
 */
export function toFts5Query(terms: readonly SearchTerm[]): string {
  return terms.map(toPhrase).join(' AND ');
}

function toPhrase(term: SearchTerm): string {
  const quoted = `"${term.words.map((word) => word.replaceAll('"', '""')).join(' ')}"`;
  return term.prefix ? `${quoted} *` : quoted;
}
