import type { Database as Connection, Statement } from 'better-sqlite3';

import type { Platform } from '../../collect/raw-post.js';
import {
  simhashBands, type CollectionLedger, type Fingerprint, type SourceCommit, type SourceHistory, type SourceRun,
  type SourceState,
} from '../collection-ledger.js';
import type { SaveResult } from '../store.js';
import type { SqliteStore } from './sqlite-store.js';
import { writeTransaction } from './write-transaction.js';

interface StateRow {
  source_id: string;
  platform: Platform;
  cursor: string | null;
  last_attempt_at: number | null;
  last_success_at: number | null;
  error_streak: number;
  last_error: string | null;
}

interface RunRow {
  source_id: string;
  started_at: number;
  finished_at: number;
  ok: number;
  posts: number;
  inserted: number;
  skipped: number;
  error: string | null;
}

interface FingerprintRow {
  post_id: string;
  simhash: bigint;
  published_at: bigint;
  original_id: string;
}

/**
 * The collection ledger inside the SQLite store file. It writes through the store's connection, so
 * the posts of a run, their fingerprints, the source's cursor and the run record commit together.
 */
export class SqliteCollectionLedger implements CollectionLedger {
  readonly #store: SqliteStore;
  readonly #statements: ReturnType<typeof prepareStatements>;
  readonly #commit: (commit: SourceCommit) => SaveResult;

  constructor(store: SqliteStore) {
    const connection = store.connection;
    this.#store = store;
    this.#statements = prepareStatements(connection);
    // better-sqlite3 turns the store's own transaction inside this one into a savepoint.
    this.#commit = writeTransaction(connection, (commit: SourceCommit) => this.#write(commit));
  }

  commitSourceRun(commit: SourceCommit): SaveResult {
    return this.#commit(commit);
  }

  recordSourceFailure(sourceId: string, platform: Platform, startedAt: Date, finishedAt: Date, error: string): void {
    const statements = this.#statements;
    writeTransaction(this.#store.connection, () => {
      statements.insertRun.run(sourceId, startedAt.getTime(), finishedAt.getTime(), 0, 0, 0, 0, error);
      statements.recordFailure.run({ sourceId, platform, at: finishedAt.getTime(), error });
    })();
  }

  readSourceState(sourceId: string): SourceState | null {
    const row = this.#statements.selectState.get(sourceId) as StateRow | undefined;
    return row ? stateOf(row) : null;
  }

  listSourceStates(): SourceState[] {
    return (this.#statements.selectStates.all() as StateRow[]).map(stateOf);
  }

  readSourceRuns(since: Date, sourceId?: string): SourceRun[] {
    const rows = (sourceId === undefined
      ? this.#statements.selectRuns.all(since.getTime())
      : this.#statements.selectSourceRuns.all(sourceId, since.getTime())) as RunRow[];
    return rows.map((row) => ({
      sourceId: row.source_id,
      startedAt: new Date(row.started_at),
      finishedAt: new Date(row.finished_at),
      ok: row.ok === 1,
      posts: row.posts,
      inserted: row.inserted,
      skipped: row.skipped,
      error: row.error,
    }));
  }

  readSourceHistory(sourceId: string, before: Date): SourceHistory {
    const row = this.#statements.selectHistory.get({ sourceId, before: before.getTime() }) as {
      last_success: number | null;
      first_run: number | null;
    };
    return {
      lastSuccessBefore: row.last_success === null ? null : new Date(row.last_success),
      firstRunAt: row.first_run === null ? null : new Date(row.first_run),
    };
  }

  hasPost(postId: string): boolean {
    return this.#statements.selectPost.get(postId) !== undefined;
  }

  findFingerprints(simhash: bigint, since: Date): Fingerprint[] {
    const rows = this.#statements.selectFingerprints.all(...simhashBands(simhash), since.getTime()) as FingerprintRow[];
    return rows.map((row) => ({
      postId: row.post_id,
      simhash: BigInt.asUintN(64, row.simhash),
      publishedAt: new Date(Number(row.published_at)),
      originalId: row.original_id,
    }));
  }

  #write(commit: SourceCommit): SaveResult {
    const statements = this.#statements;
    const saved = this.#store.savePosts(commit.items);
    for (const fingerprint of commit.fingerprints) {
      statements.insertFingerprint.run(
        fingerprint.postId, BigInt.asIntN(64, fingerprint.simhash), ...simhashBands(fingerprint.simhash),
        fingerprint.publishedAt.getTime(), fingerprint.originalId,
      );
    }
    statements.insertRun.run(
      commit.sourceId, commit.startedAt.getTime(), commit.finishedAt.getTime(), 1,
      commit.items.length, saved.inserted, commit.skipped, null,
    );
    statements.recordSuccess.run({
      sourceId: commit.sourceId,
      platform: commit.platform,
      cursor: JSON.stringify(commit.cursor ?? null),
      at: commit.finishedAt.getTime(),
    });
    return saved;
  }
}

function stateOf(row: StateRow): SourceState {
  return {
    sourceId: row.source_id,
    platform: row.platform,
    cursor: row.cursor === null ? null : (JSON.parse(row.cursor) as unknown),
    lastAttemptAt: row.last_attempt_at === null ? null : new Date(row.last_attempt_at),
    lastSuccessAt: row.last_success_at === null ? null : new Date(row.last_success_at),
    errorStreak: row.error_streak,
    lastError: row.last_error,
  };
}

function prepareStatements(connection: Connection) {
  const prepare = (sql: string): Statement => connection.prepare(sql);
  return {
    insertRun: prepare(`INSERT INTO source_runs
      (source_id, started_at, finished_at, ok, posts, inserted, skipped, error) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`),
    recordSuccess: prepare(`INSERT INTO source_state
        (source_id, platform, cursor, last_attempt_at, last_success_at, error_streak, last_error)
      VALUES (@sourceId, @platform, @cursor, @at, @at, 0, NULL)
      ON CONFLICT (source_id) DO UPDATE SET platform = excluded.platform, cursor = excluded.cursor,
        last_attempt_at = excluded.last_attempt_at, last_success_at = excluded.last_success_at,
        error_streak = 0, last_error = NULL`),
    recordFailure: prepare(`INSERT INTO source_state
        (source_id, platform, cursor, last_attempt_at, last_success_at, error_streak, last_error)
      VALUES (@sourceId, @platform, NULL, @at, NULL, 1, @error)
      ON CONFLICT (source_id) DO UPDATE SET last_attempt_at = excluded.last_attempt_at,
        error_streak = source_state.error_streak + 1, last_error = excluded.last_error`),
    selectState: prepare('SELECT * FROM source_state WHERE source_id = ?'),
    selectStates: prepare('SELECT * FROM source_state ORDER BY source_id'),
    selectRuns: prepare('SELECT * FROM source_runs WHERE started_at >= ? ORDER BY started_at, seq'),
    selectSourceRuns: prepare(
      'SELECT * FROM source_runs WHERE source_id = ? AND started_at >= ? ORDER BY started_at, seq',
    ),
    selectHistory: prepare(`SELECT
      (SELECT max(finished_at) FROM source_runs WHERE source_id = @sourceId AND ok = 1 AND finished_at < @before)
        AS last_success,
      (SELECT min(started_at) FROM source_runs WHERE source_id = @sourceId) AS first_run`),
    selectPost: prepare('SELECT 1 FROM posts WHERE id = ?'),
    insertFingerprint: prepare(`INSERT INTO post_fingerprints
        (post_id, simhash, band0, band1, band2, band3, published_at, original_id)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (post_id) DO NOTHING`),
    selectFingerprints: prepare(`SELECT post_id, simhash, published_at, original_id FROM post_fingerprints
      WHERE (band0 = ? OR band1 = ? OR band2 = ? OR band3 = ?) AND published_at >= ?
      ORDER BY published_at, post_id`).safeIntegers(true),
  };
}
