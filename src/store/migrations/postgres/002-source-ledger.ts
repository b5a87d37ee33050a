import type { Migration } from '../migration.js';

/**
 * The live collection's ledger, as in the SQLite store: each source's cursor and health, its
 * runs, and the text fingerprints that group near duplicates. A source's cursor is written in
 * the transaction that stores the posts it led to. `source_runs` holds counts and error messages
 * only, never text. Each 64-bit SimHash is kept signed in a bigint and split into four 16-bit
 * bands: two texts within three differing bits share at least one band exactly.
 */
export const sourceLedger: Migration = {
  version: 2,
  name: 'source cursors, collection runs and near-duplicate fingerprints',
  sql: `
CREATE TABLE source_state (
  source_id text PRIMARY KEY,
  platform text NOT NULL,
  cursor text,
  last_attempt_at timestamptz,
  last_success_at timestamptz,
  error_streak integer NOT NULL DEFAULT 0,
  last_error text
);

CREATE TABLE source_runs (
  seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  source_id text NOT NULL,
  started_at timestamptz NOT NULL,
  finished_at timestamptz NOT NULL,
  ok boolean NOT NULL,
  posts integer NOT NULL,
  inserted integer NOT NULL,
  skipped integer NOT NULL,
  error text
);
CREATE INDEX source_runs_by_source ON source_runs (source_id, started_at);
CREATE INDEX source_runs_by_time ON source_runs (started_at);

CREATE TABLE post_fingerprints (
  post_id text PRIMARY KEY,
  simhash bigint NOT NULL,
  band0 integer NOT NULL,
  band1 integer NOT NULL,
  band2 integer NOT NULL,
  band3 integer NOT NULL,
  published_at timestamptz NOT NULL,
  original_id text NOT NULL
);
CREATE INDEX post_fingerprints_band0 ON post_fingerprints (band0);
CREATE INDEX post_fingerprints_band1 ON post_fingerprints (band1);
CREATE INDEX post_fingerprints_band2 ON post_fingerprints (band2);
CREATE INDEX post_fingerprints_band3 ON post_fingerprints (band3);
`,
};
