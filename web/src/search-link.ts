/**
 * Links from a figure to the posts behind it. Listening tools let an analyst click a number and
 * read what it counts; the dashboard's tables were dead ends, and the search page forgot its
 * query on every reload, so no search could be bookmarked or sent to a colleague. A search now
 * lives in the address, `#/search?q=…`, and the tables link to the query that counts their row.
 * Free of the DOM, so that tests can run it in Node.
 */

import { COUNTED_SCOPES } from '../../src/alerts/alert-query.js';

export { alertQuery } from '../../src/alerts/alert-query.js';
export type { AlertTarget } from '../../src/alerts/alert.js';
export { searchHash } from '../../src/query/search-hash.js';

export type SearchField = 'issue' | 'slice' | 'district' | 'subject';

/** The query a dashboard address holds, or null when it is not a search with one. */
export function queryOfHash(hash: string): string | null {
  const match = /^#\/?search\?(.*)$/s.exec(hash);
  if (!match) return null;
  const query = new URLSearchParams(match[1]).get('q');
  return query === null || query.trim() === '' ? null : query;
}

/**
 * The query whose count is a table row's: the row's field and id, within the page's period.
 * Ids are lower-case Latin with hyphens, which the query language reads as one value.
 */
export function rowQuery(
  field: SearchField,
  id: string,
  period: { from: string; to: string },
  setsAside = false,
): string {
  return `${field}:${id} date:${period.from}..${period.to}${setsAside ? ` ${COUNTED_SCOPES}` : ''}`;
}
