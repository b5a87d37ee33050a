import type { Migration } from '../migration.js';

/**
 * The live collection's ledger: each source's cursor and health, its runs, and the text
 * fingerprints that group near duplicates.
 *
 * A source's cursor is written in the transaction that stores the posts it led to, so that a
 * crash leaves both or neither. `source_runs` holds counts and error messages only, never text.
 * `post_fingerprints` splits each 64-bit SimHash into four 16-bit bands: two texts within three
 * differing bits share at least one band exactly, which an index finds.
 */
export const sourceLedger: Migration = {
  version: 3,
  name: 'source cursors, collection runs and near-duplicate fingerprints',
  sql: `
CREATE TABLE source_state (
  source_id TEXT PRIMARY KEY,
  platform TEXT NOT NULL,
  cursor TEXT,
  last_attempt_at INTEGER,
  last_success_at INTEGER,
  error_streak INTEGER NOT NULL DEFAULT 0,
  last_error TEXT
) WITHOUT ROWID;

CREATE TABLE source_runs (
  seq INTEGER PRIMARY KEY,
  source_id TEXT NOT NULL,
  started_at INTEGER NOT NULL,
  finished_at INTEGER NOT NULL,
  ok INTEGER NOT NULL,
  posts INTEGER NOT NULL,
  inserted INTEGER NOT NULL,
  skipped INTEGER NOT NULL,
  error TEXT
);
CREATE INDEX source_runs_by_source ON source_runs (source_id, started_at);

CREATE TABLE post_fingerprints (
  post_id TEXT PRIMARY KEY,
  simhash INTEGER NOT NULL,
  band0 INTEGER NOT NULL,
  band1 INTEGER NOT NULL,
  band2 INTEGER NOT NULL,
  band3 INTEGER NOT NULL,
  published_at INTEGER NOT NULL,
  original_id TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX post_fingerprints_band0 ON post_fingerprints (band0);
CREATE INDEX post_fingerprints_band1 ON post_fingerprints (band1);
CREATE INDEX post_fingerprints_band2 ON post_fingerprints (band2);
CREATE INDEX post_fingerprints_band3 ON post_fingerprints (band3);
`,
};
