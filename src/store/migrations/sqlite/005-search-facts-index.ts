import type { Migration } from '../migration.js';

/**
 * A covering index of the post facts a search counts and sorts by. Matches arrive from the
 * full-text index as post numbers; looking each up in this narrow index instead of the posts
 * table, whose rows hold the whole text, makes counting a common word's posts several times
 * faster, and the page of newest hits reads the text of only those it shows.
 */
export const searchFactsIndex: Migration = {
  version: 5,
  name: 'covering index of post facts for search counts',
  sql: `
CREATE INDEX posts_search_facts ON posts (seq, day, sentiment, published_at, language, platform, kind);
`,
};
