import type { SearchTerm } from '../search-terms.js';

/**
 * Writes search terms as the text of a PostgreSQL `to_tsquery`: each term a phrase of quoted
 * words (`<->` between them, `:*` after the last for a prefix), all terms required. Words hold
 * only letters, digits and marks, and each is quoted, so nothing a user types (`|`, `!`, `:`, a
 * stray quote) is read as query syntax.
 */
export function toTsqueryText(terms: readonly SearchTerm[]): string {
  return terms.map(toPhrase).join(' & ');
}

function toPhrase(term: SearchTerm): string {
  const words = term.words.map((word) => `'${word.replaceAll("'", "''")}'`);
  if (term.prefix) words[words.length - 1] += ':*';
  return words.length === 1 ? words[0]! : `(${words.join(' <-> ')})`;
}
