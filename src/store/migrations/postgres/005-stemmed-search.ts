import type { Migration } from '../migration.js';

/**
 * The search index of the Boolean query language, the same entries the SQLite store keeps:
 * each word of a post one lexeme, stem space + stem + "_" + form ("rавтобус_автобусы"), at its
 * position, in `posts.search_vector`, which until now held PostgreSQL's own Russian and simple
 * stems. `search_words` lists the stored forms with their entries, for expanding wildcards; its
 * byte order ("C") lets a wildcard's leading letters read one index range. The entries are
 * computed by the store, not by SQL: when posts were indexed the old way, the step marks the
 * index stale and the store indexes them again when it next opens.
 */
export const stemmedSearch: Migration = {
  version: 5,
  name: 'search entries of the query language, and stored word forms for wildcards',
  sql: `
CREATE TABLE search_words (
  form text COLLATE "C" NOT NULL,
  entry text COLLATE "C" NOT NULL,
  PRIMARY KEY (form, entry)
);

INSERT INTO meta (key, value)
  SELECT 'search_index_stale', '1' WHERE EXISTS (SELECT 1 FROM posts WHERE search_vector IS NOT NULL)
  ON CONFLICT (key) DO UPDATE SET value = excluded.value;

DROP FUNCTION search_configuration(text);
`,
};
