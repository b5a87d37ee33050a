import type { Migration } from '../migration.js';

/**
 * The search index of the Boolean query language, replacing the plain word index of step 1.
 * Each word of a post is one entry, stem space + stem + "_" + form ("rавтобус_автобусы",
 * "kалмат_алматыда"): a prefix query finds every form of a stem, a whole entry one form, and
 * phrases and NEAR keep working on word positions. Hyphens and "_" are letters to the tokenizer
 * so that an entry stays whole. `search_words` lists the forms with their entries, so a wildcard
 * over written forms can be expanded to entries. The entries are written by the store, not by
 * SQL, so the step marks the index stale and the store fills it when it next opens.
 */
export const stemmedSearch: Migration = {
  version: 4,
  name: 'stemmed search index with word forms for the query language',
  sql: `
DROP TABLE posts_fts;

CREATE VIRTUAL TABLE posts_search USING fts5 (
  words,
  content = '',
  contentless_delete = 1,
  tokenize = "unicode61 remove_diacritics 0 categories 'L* N* M*' tokenchars '-_'"
);

CREATE TABLE search_words (
  form TEXT NOT NULL,
  entry TEXT NOT NULL,
  PRIMARY KEY (form, entry)
) WITHOUT ROWID;

INSERT INTO meta (key, value) VALUES ('search_index_stale', '1')
  ON CONFLICT (key) DO UPDATE SET value = excluded.value;
`,
};
