import type { Migration } from '../migration.js';

/**
 * Redaction placeholders ("[PHONE]", "[NAME]") are no longer search words: "phone" or "name"
 * found every post redaction had touched. The entries are written by the store, so the step
 * marks the index stale and the store indexes every post again when it next opens.
 */
export const searchWithoutPlaceholders: Migration = {
  version: 11,
  name: 'search entries without redaction placeholders',
  sql: `
INSERT INTO meta (key, value) VALUES ('search_index_stale', '1')
  ON CONFLICT (key) DO UPDATE SET value = excluded.value;
`,
};
