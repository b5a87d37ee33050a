/**
 * The collection ledger's rows in PostgreSQL: what `PostgresStore` reads and writes for live
 * collection besides posts. The same records as the SQLite ledger keeps, in the same order.
 */
import type pg from 'pg';

import type { Platform } from '../../collect/raw-post.js';
import {
  simhashBands, type Fingerprint, type SourceCommit, type SourceHistory, type SourceRun, type SourceState,
} from '../collection-ledger.js';

type Queryable = pg.Pool | pg.PoolClient;

interface StateRow {
  source_id: string;
  platform: Platform;
  cursor: string | null;
  last_attempt_at: Date | null;
  last_success_at: Date | null;
  error_streak: number;
  last_error: string | null;
}

interface RunRow {
  source_id: string;
  started_at: Date;
  finished_at: Date;
  ok: boolean;
  posts: number;
  inserted: number;
  skipped: number;
  error: string | null;
}

const INSERT_RUN = `INSERT INTO source_runs (source_id, started_at, finished_at, ok, posts, inserted, skipped, error)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`;

/** Writes a successful run's fingerprints, run record and cursor; call inside its posts' transaction. */
export async function writeSourceCommit(client: pg.PoolClient, commit: SourceCommit, inserted: number): Promise<void> {
  if (commit.fingerprints.length > 0) {
    const bands = commit.fingerprints.map((fingerprint) => simhashBands(fingerprint.simhash));
    await client.query(
      `INSERT INTO post_fingerprints (post_id, simhash, band0, band1, band2, band3, published_at, original_id)
       SELECT * FROM unnest($1::text[], $2::bigint[], $3::int[], $4::int[], $5::int[], $6::int[],
         $7::timestamptz[], $8::text[])
       ON CONFLICT (post_id) DO NOTHING`,
      [
        commit.fingerprints.map((fingerprint) => fingerprint.postId),
        // Sent as text: the driver has no bigint parameters, and a 64-bit value is past 2^53.
        commit.fingerprints.map((fingerprint) => BigInt.asIntN(64, fingerprint.simhash).toString()),
        ...[0, 1, 2, 3].map((band) => bands.map((entry) => entry[band]!)),
        commit.fingerprints.map((fingerprint) => fingerprint.publishedAt),
        commit.fingerprints.map((fingerprint) => fingerprint.originalId),
      ],
    );
  }
  await client.query(INSERT_RUN, [
    commit.sourceId, commit.startedAt, commit.finishedAt, true, commit.items.length, inserted, commit.skipped, null,
  ]);
  await client.query(
    `INSERT INTO source_state (source_id, platform, cursor, last_attempt_at, last_success_at, error_streak, last_error)
     VALUES ($1, $2, $3, $4, $4, 0, NULL)
     ON CONFLICT (source_id) DO UPDATE SET platform = excluded.platform, cursor = excluded.cursor,
       last_attempt_at = excluded.last_attempt_at, last_success_at = excluded.last_success_at,
       error_streak = 0, last_error = NULL`,
    [commit.sourceId, commit.platform, JSON.stringify(commit.cursor ?? null), commit.finishedAt],
  );
}

/** Records a failed run and lengthens the source's error streak; call inside a transaction. */
export async function writeSourceFailure(
  client: pg.PoolClient,
  failure: { sourceId: string; platform: Platform; startedAt: Date; finishedAt: Date; error: string },
): Promise<void> {
  await client.query(INSERT_RUN, [failure.sourceId, failure.startedAt, failure.finishedAt, false, 0, 0, 0, failure.error]);
  await client.query(
    `INSERT INTO source_state (source_id, platform, cursor, last_attempt_at, last_success_at, error_streak, last_error)
     VALUES ($1, $2, NULL, $3, NULL, 1, $4)
     ON CONFLICT (source_id) DO UPDATE SET last_attempt_at = excluded.last_attempt_at,
       error_streak = source_state.error_streak + 1, last_error = excluded.last_error`,
    [failure.sourceId, failure.platform, failure.finishedAt, failure.error],
  );
}

export async function readSourceStates(pool: Queryable, sourceId?: string): Promise<SourceState[]> {
  const result = sourceId === undefined
    ? await pool.query<StateRow>('SELECT * FROM source_state ORDER BY source_id')
    : await pool.query<StateRow>('SELECT * FROM source_state WHERE source_id = $1', [sourceId]);
  return result.rows.map((row) => ({
    sourceId: row.source_id,
    platform: row.platform,
    cursor: row.cursor === null ? null : (JSON.parse(row.cursor) as unknown),
    lastAttemptAt: row.last_attempt_at,
    lastSuccessAt: row.last_success_at,
    errorStreak: row.error_streak,
    lastError: row.last_error,
  }));
}

export async function readSourceRuns(pool: Queryable, since: Date, sourceId?: string): Promise<SourceRun[]> {
  const result = await pool.query<RunRow>(
    `SELECT source_id, started_at, finished_at, ok, posts, inserted, skipped, error FROM source_runs
     WHERE started_at >= $1 AND ($2::text IS NULL OR source_id = $2) ORDER BY started_at, seq`,
    [since, sourceId ?? null],
  );
  return result.rows.map((row) => ({
    sourceId: row.source_id,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    ok: row.ok,
    posts: row.posts,
    inserted: row.inserted,
    skipped: row.skipped,
    error: row.error,
  }));
}

export async function readSourceHistory(pool: Queryable, sourceId: string, before: Date): Promise<SourceHistory> {
  const result = await pool.query<{ last_success: Date | null; first_run: Date | null }>(
    `SELECT
       (SELECT max(finished_at) FROM source_runs WHERE source_id = $1 AND ok AND finished_at < $2) AS last_success,
       (SELECT min(started_at) FROM source_runs WHERE source_id = $1) AS first_run`,
    [sourceId, before],
  );
  const row = result.rows[0]!;
  return { lastSuccessBefore: row.last_success, firstRunAt: row.first_run };
}

export async function hasPost(pool: Queryable, postId: string): Promise<boolean> {
  const result = await pool.query('SELECT 1 FROM post_ids WHERE id = $1', [postId]);
  return result.rows.length > 0;
}

export async function findFingerprints(pool: Queryable, simhash: bigint, since: Date): Promise<Fingerprint[]> {
  const result = await pool.query<{ post_id: string; simhash: string; published_at: Date; original_id: string }>(
    `SELECT post_id, simhash::text AS simhash, published_at, original_id FROM post_fingerprints
     WHERE (band0 = $1 OR band1 = $2 OR band2 = $3 OR band3 = $4) AND published_at >= $5
     ORDER BY published_at, post_id`,
    [...simhashBands(simhash), since],
  );
  return result.rows.map((row) => ({
    postId: row.post_id,
    simhash: BigInt.asUintN(64, BigInt(row.simhash)),
    publishedAt: row.published_at,
    originalId: row.original_id,
  }));
}
