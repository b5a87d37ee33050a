import type { Migration } from '../migration.js';

/**
 * Redaction placeholders ("[PHONE]", "[NAME]") are no longer search words: "phone" or "name"
 * found every post redaction had touched. The entries are computed by the store, so when posts
 * are stored the step marks the index stale and the store indexes them again when it next opens.
 */
export const searchWithoutPlaceholders: Migration = {
  version: 11,
  name: 'search entries without redaction placeholders',
  sql: `
INSERT INTO meta (key, value)
  SELECT 'search_index_stale', '1' WHERE EXISTS (SELECT 1 FROM posts WHERE search_vector IS NOT NULL)
  ON CONFLICT (key) DO UPDATE SET value = excluded.value;
`,
};
