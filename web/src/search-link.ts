/**
 * Links from a figure to the posts behind it. Listening tools let an analyst click a number and
 * read what it counts; the dashboard's tables were dead ends, and the search page forgot its
 * query on every reload, so no search could be bookmarked or sent to a colleague. A search now
 * lives in the address, `#/search?q=…`, and the tables link to the query that counts their row.
 * Free of the DOM, so that tests can run it in Node.
 */

export type SearchField = 'issue' | 'slice' | 'district' | 'subject';

/** The dashboard address of a search for `query`. */
export function searchHash(query: string): string {
  return `#/search?${new URLSearchParams({ q: query }).toString()}`;
}

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
export function rowQuery(field: SearchField, id: string, period: { from: string; to: string }): string {
  return `${field}:${id} date:${period.from}..${period.to}`;
}

/** What an alert counted: an issue in a district or the whole city ('*'), or a subject. */
export type AlertTarget =
  | { readonly kind: 'issue'; readonly issueId: string; readonly districtId: string }
  | { readonly kind: 'subject'; readonly subjectId: string };

/**
 * The query that lists the posts of an alert's key on its day. An e-mailed or paged alert shows
 * three excerpts; the duty officer's next step is to read the rest.
 */
export function alertQuery(target: AlertTarget, day: string): string {
  const date = `date:${day}..${day}`;
  if (target.kind === 'subject') return `subject:${target.subjectId} ${date}`;
  if (target.districtId === '*') return `issue:${target.issueId} ${date}`;
  return `issue:${target.issueId} district:${target.districtId} ${date}`;
}
