import type { Migration } from '../migration.js';

/**
 * Posts with their analysis, the daily rollups and the full-text index, in PostgreSQL.
 *
 * The same tables as the SQLite store, with three differences a server database needs:
 * - `posts` is partitioned by month of its local day; partitions are created as posts arrive
 *   (see month-partitions.ts). Old months can be detached or moved to cheaper storage whole.
 * - A post id must be unique across partitions, but the partition key (the day) is not fixed by
 *   the id: an undated post gets the import time. `post_ids` is the one unpartitioned registry
 *   of ids; inserting into it decides which posts of a batch are new, also between two workers.
 * - The search vector lives in the post row, built with the Russian configuration for Russian
 *   posts and the simple one (exact normalised words) for Kazakh, English and the rest.
 *
 * There is no author column anywhere (DESIGN rule 1). Social posts keep `url` and `outlet` null
 * (DESIGN rule 3); retention sets `text`, `title`, `normalised` and `search_vector` to null.
 */
export const postsRollupsSearch: Migration = {
  version: 1,
  name: 'posts partitioned by month, analysis, daily rollups, full-text search, collection volume',
  sql: `
CREATE TABLE meta (
  key text PRIMARY KEY,
  value text NOT NULL
);

-- The one place that says which text search configuration indexes a post of a language.
CREATE FUNCTION search_configuration(language text) RETURNS regconfig
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT CASE WHEN language = 'ru' THEN 'pg_catalog.russian'::regconfig
                    ELSE 'pg_catalog.simple'::regconfig END $$;

-- Sequence numbers are drawn for a whole batch first and given out in batch order, as the
-- SQLite store numbers posts; numbers drawn for posts that turn out to be stored already are
-- simply never used.
CREATE SEQUENCE post_seq;
CREATE TABLE post_ids (
  id text PRIMARY KEY,
  seq bigint NOT NULL UNIQUE
);

CREATE TABLE posts (
  seq bigint NOT NULL,
  id text NOT NULL,
  kind text NOT NULL,
  platform text NOT NULL,
  outlet text,
  url text,
  published_at timestamptz NOT NULL,
  day date NOT NULL,
  date_source text NOT NULL,
  title text,
  text text,
  normalised text,
  search_vector tsvector,
  text_removed_at timestamptz,
  declared_language text,
  redactions integer NOT NULL,
  language text NOT NULL,
  language_confidence real NOT NULL,
  sentiment text NOT NULL,
  p_negative real NOT NULL,
  p_neutral real NOT NULL,
  p_positive real NOT NULL,
  amplifies_id text,
  parent_id text,
  PRIMARY KEY (day, seq)
) PARTITION BY RANGE (day);
CREATE INDEX posts_by_seq ON posts (seq);
CREATE INDEX posts_search ON posts USING gin (search_vector);
CREATE INDEX posts_with_social_text ON posts (published_at) WHERE kind = 'social' AND text IS NOT NULL;

CREATE TABLE post_mentions (
  post_seq bigint NOT NULL,
  ordinal integer NOT NULL,
  subject_id text NOT NULL,
  start_offset integer NOT NULL,
  end_offset integer NOT NULL,
  how text NOT NULL,
  in_title integer NOT NULL,
  PRIMARY KEY (post_seq, ordinal)
);

CREATE TABLE post_subject_sentiment (
  post_seq bigint NOT NULL,
  subject_id text NOT NULL,
  sentiment text NOT NULL,
  p_negative real NOT NULL,
  p_neutral real NOT NULL,
  p_positive real NOT NULL,
  PRIMARY KEY (post_seq, subject_id)
);

-- The day is repeated here so that excerpts for one issue and week read a narrow index range
-- instead of every post ever filed under the issue.
CREATE TABLE post_issues (
  post_seq bigint NOT NULL,
  issue_id text NOT NULL,
  day date NOT NULL,
  score real NOT NULL,
  PRIMARY KEY (post_seq, issue_id)
);
CREATE INDEX post_issues_by_issue ON post_issues (issue_id, day, score);

CREATE TABLE post_slices (
  post_seq bigint NOT NULL,
  slice_id text NOT NULL,
  PRIMARY KEY (post_seq, slice_id)
);

CREATE TABLE post_districts (
  post_seq bigint NOT NULL,
  district_id text NOT NULL,
  PRIMARY KEY (post_seq, district_id)
);

CREATE TABLE rollup_volume (
  day date NOT NULL,
  kind text NOT NULL,
  platform text NOT NULL,
  language text NOT NULL,
  sentiment text NOT NULL,
  originals integer NOT NULL,
  amplifications integer NOT NULL,
  first_seen_dates integer NOT NULL,
  PRIMARY KEY (day, kind, platform, language, sentiment)
);

CREATE TABLE rollup_issue (
  day date NOT NULL,
  issue_id text NOT NULL,
  sentiment text NOT NULL,
  originals integer NOT NULL,
  amplifications integer NOT NULL,
  PRIMARY KEY (day, issue_id, sentiment)
);

CREATE TABLE rollup_subject (
  day date NOT NULL,
  subject_id text NOT NULL,
  sentiment text NOT NULL,
  originals integer NOT NULL,
  amplifications integer NOT NULL,
  PRIMARY KEY (day, subject_id, sentiment)
);

CREATE TABLE rollup_district (
  day date NOT NULL,
  district_id text NOT NULL,
  sentiment text NOT NULL,
  originals integer NOT NULL,
  amplifications integer NOT NULL,
  PRIMARY KEY (day, district_id, sentiment)
);

CREATE TABLE rollup_district_issue (
  day date NOT NULL,
  district_id text NOT NULL,
  issue_id text NOT NULL,
  originals integer NOT NULL,
  amplifications integer NOT NULL,
  PRIMARY KEY (day, district_id, issue_id)
);

CREATE TABLE rollup_slice (
  day date NOT NULL,
  slice_id text NOT NULL,
  sentiment text NOT NULL,
  originals integer NOT NULL,
  amplifications integer NOT NULL,
  PRIMARY KEY (day, slice_id, sentiment)
);

-- News only and volume only: no sentiment per outlet (DESIGN rule 8).
CREATE TABLE rollup_outlet (
  day date NOT NULL,
  outlet text NOT NULL,
  originals integer NOT NULL,
  amplifications integer NOT NULL,
  PRIMARY KEY (day, outlet)
);

CREATE TABLE collections (
  seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  source_label text NOT NULL,
  platform text NOT NULL,
  format text NOT NULL,
  at timestamptz NOT NULL,
  posts integer NOT NULL,
  skipped integer NOT NULL
);
CREATE INDEX collections_by_time ON collections (at);
`,
};
