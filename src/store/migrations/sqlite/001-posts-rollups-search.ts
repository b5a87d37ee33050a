import type { Migration } from '../migration.js';

/**
 * Posts with their analysis, the daily rollups and the full-text index.
 *
 * There is no author column anywhere (DESIGN rule 1). `seq` is an explicit integer key, so that
 * VACUUM never renumbers the rows the search index points at. Social posts keep `url` and
 * `outlet` null (DESIGN rule 3); retention sets `text`, `title` and `normalised` to null and
 * keeps the analysis.
 */
export const postsRollupsSearch: Migration = {
  version: 1,
  name: 'posts, analysis, daily rollups, full-text search, collection volume',
  sql: `
CREATE TABLE meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE posts (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL,
  platform TEXT NOT NULL,
  outlet TEXT,
  url TEXT,
  published_at INTEGER NOT NULL,
  day TEXT NOT NULL,
  date_source TEXT NOT NULL,
  title TEXT,
  text TEXT,
  normalised TEXT,
  text_removed_at INTEGER,
  declared_language TEXT,
  redactions INTEGER NOT NULL,
  language TEXT NOT NULL,
  language_confidence REAL NOT NULL,
  sentiment TEXT NOT NULL,
  p_negative REAL NOT NULL,
  p_neutral REAL NOT NULL,
  p_positive REAL NOT NULL,
  amplifies_id TEXT,
  parent_id TEXT
);
CREATE INDEX posts_by_day ON posts (day);

CREATE TABLE post_mentions (
  post_seq INTEGER NOT NULL,
  ordinal INTEGER NOT NULL,
  subject_id TEXT NOT NULL,
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  how TEXT NOT NULL,
  in_title INTEGER NOT NULL,
  PRIMARY KEY (post_seq, ordinal)
) WITHOUT ROWID;

CREATE TABLE post_subject_sentiment (
  post_seq INTEGER NOT NULL,
  subject_id TEXT NOT NULL,
  sentiment TEXT NOT NULL,
  p_negative REAL NOT NULL,
  p_neutral REAL NOT NULL,
  p_positive REAL NOT NULL,
  PRIMARY KEY (post_seq, subject_id)
) WITHOUT ROWID;

CREATE TABLE post_issues (
  post_seq INTEGER NOT NULL,
  issue_id TEXT NOT NULL,
  score REAL NOT NULL,
  PRIMARY KEY (post_seq, issue_id)
) WITHOUT ROWID;
CREATE INDEX post_issues_by_issue ON post_issues (issue_id, score);

CREATE TABLE post_slices (
  post_seq INTEGER NOT NULL,
  slice_id TEXT NOT NULL,
  PRIMARY KEY (post_seq, slice_id)
) WITHOUT ROWID;

CREATE TABLE post_districts (
  post_seq INTEGER NOT NULL,
  district_id TEXT NOT NULL,
  PRIMARY KEY (post_seq, district_id)
) WITHOUT ROWID;

-- Kazakh letters (ә ғ қ ң ө ұ ү һ і) must stay distinct from their look-alikes, so diacritics
-- are kept; ё→е and case are already folded by normalisation. Contentless: the text lives in
-- posts.normalised, and rows can be deleted by rowid when retention removes a text.
CREATE VIRTUAL TABLE posts_fts USING fts5 (
  normalised,
  content = '',
  contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 0'
);

CREATE TABLE rollup_volume (
  day TEXT NOT NULL,
  kind TEXT NOT NULL,
  platform TEXT NOT NULL,
  language TEXT NOT NULL,
  sentiment TEXT NOT NULL,
  originals INTEGER NOT NULL,
  amplifications INTEGER NOT NULL,
  first_seen_dates INTEGER NOT NULL,
  PRIMARY KEY (day, kind, platform, language, sentiment)
) WITHOUT ROWID;

CREATE TABLE rollup_issue (
  day TEXT NOT NULL,
  issue_id TEXT NOT NULL,
  sentiment TEXT NOT NULL,
  originals INTEGER NOT NULL,
  amplifications INTEGER NOT NULL,
  PRIMARY KEY (day, issue_id, sentiment)
) WITHOUT ROWID;

CREATE TABLE rollup_subject (
  day TEXT NOT NULL,
  subject_id TEXT NOT NULL,
  sentiment TEXT NOT NULL,
  originals INTEGER NOT NULL,
  amplifications INTEGER NOT NULL,
  PRIMARY KEY (day, subject_id, sentiment)
) WITHOUT ROWID;

CREATE TABLE rollup_district (
  day TEXT NOT NULL,
  district_id TEXT NOT NULL,
  sentiment TEXT NOT NULL,
  originals INTEGER NOT NULL,
  amplifications INTEGER NOT NULL,
  PRIMARY KEY (day, district_id, sentiment)
) WITHOUT ROWID;

CREATE TABLE rollup_district_issue (
  day TEXT NOT NULL,
  district_id TEXT NOT NULL,
  issue_id TEXT NOT NULL,
  originals INTEGER NOT NULL,
  amplifications INTEGER NOT NULL,
  PRIMARY KEY (day, district_id, issue_id)
) WITHOUT ROWID;

CREATE TABLE rollup_slice (
  day TEXT NOT NULL,
  slice_id TEXT NOT NULL,
  sentiment TEXT NOT NULL,
  originals INTEGER NOT NULL,
  amplifications INTEGER NOT NULL,
  PRIMARY KEY (day, slice_id, sentiment)
) WITHOUT ROWID;

-- News only and volume only: no sentiment per outlet (DESIGN rule 8).
CREATE TABLE rollup_outlet (
  day TEXT NOT NULL,
  outlet TEXT NOT NULL,
  originals INTEGER NOT NULL,
  amplifications INTEGER NOT NULL,
  PRIMARY KEY (day, outlet)
) WITHOUT ROWID;

CREATE TABLE collections (
  seq INTEGER PRIMARY KEY,
  source_label TEXT NOT NULL,
  platform TEXT NOT NULL,
  format TEXT NOT NULL,
  at INTEGER NOT NULL,
  posts INTEGER NOT NULL,
  skipped INTEGER NOT NULL
);
CREATE INDEX collections_by_time ON collections (at);
`,
};
