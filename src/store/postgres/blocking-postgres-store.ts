import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import type { MessagePort } from 'node:worker_threads';

import type { Analysis } from '../../analyze/analysis.js';
import type { Query } from '../../query/ast.js';
import type { Platform } from '../../collect/raw-post.js';
import type {
  CollectionLedger, Fingerprint, SourceCommit, SourceHistory, SourceRun, SourceState,
} from '../collection-ledger.js';
import type { AgencyReader, AgencyRollupSnapshot } from '../agency-rollups.js';
import { pipelineReanalysis, type BatchReanalysis } from '../batch-reanalysis.js';
import type { DayRange } from '../day-range.js';
import type { DatedCounts, DatedPost, DatedPostFilter, DatedPostReader } from '../dated-posts.js';
import { LocalDayCalendar } from '../local-day.js';
import type {
  CollectionRecord, CollectionVolume, ExcerptCandidate, RetentionResult, RollupSnapshot, SaveResult,
  SearchOptions, SearchResult, Store, StoredItem, StoredPostText,
} from '../store.js';
import { describeUrl } from './connect.js';
import type { ProjectIds, PruneResult } from '../removed-ids.js';
import { assertBatchSize } from './postgres-store.js';
import type {
  StoreCall, StoreReply, StoreThreadData, ThreadArgs, ThreadMethod, ThreadResult,
} from './store-call.js';

const DEFAULT_REANALYZE_BATCH = 1000;
// Long enough for a recount of the rollups of a large store; a call that takes longer than
// this has lost its database.
const CALL_TIMEOUT_MS = 30 * 60_000;
// The thread loads, connects and migrates within this, or it never will (a thread that fails
// to load cannot say so while this thread waits).
const OPEN_TIMEOUT_MS = 60_000;

export interface PostgresStoreOptions {
  /** IANA zone whose calendar days the rollups count by, e.g. Asia/Almaty. */
  readonly timezone: string;
  /** Leave posts about other places only out of the city's figures (default true). */
  readonly setAsideElsewhere?: boolean;
}

/**
 * Opens the PostgreSQL store at `url` as a `Store`: the same blocking interface the SQLite store
 * has, so every command, report and insight works on either. Creates the schema when missing.
 */
export function openPostgresStore(url: string, options: PostgresStoreOptions): Store {
  // Fails here, in the caller's thread, with the zone named, as the SQLite store does.
  new LocalDayCalendar(options.timezone);
  return new BlockingPostgresStore(url, options.timezone, options.setAsideElsewhere ?? true);
}

/**
 * `Store` is synchronous because the embedded store is; the PostgreSQL driver is not. This store
 * runs the asynchronous `PostgresStore` in a worker thread and blocks on `Atomics.wait` until the
 * thread replies, so callers see the same interface. The wait costs some tens of microseconds a
 * call, nothing beside a database round trip; distributed workers, which want to overlap their
 * work with the database, use `PostgresStore` directly.
 */
export class BlockingPostgresStore implements Store, CollectionLedger, DatedPostReader, AgencyReader, BatchReanalysis {
  readonly #label: string;
  readonly #id = nextStoreId++;
  #open = true;

  constructor(url: string, timezone: string, setAsideElsewhere = true) {
    this.#label = describeUrl(url);
    const open = { storeId: this.#id, method: 'open', url, timezone, setAsideElsewhere } as const;
    storeThread(this.#label).call(open, OPEN_TIMEOUT_MS);
  }

  savePosts(items: readonly StoredItem[]): SaveResult {
    if (items.length === 0) return { inserted: 0, existing: 0 };
    return this.#run('savePosts', items);
  }

  recordCollection(record: CollectionRecord): void {
    this.#run('recordCollection', record);
  }

  // LIMITATION: PostgreSQL records no stage versions, so every re-analysis runs every stage of
  // every post (`ReanalysisOptions` are not read); a versions table as in SQLite would lift it.
  reanalyze(analyze: (post: StoredPostText) => Analysis, batchSize = DEFAULT_REANALYZE_BATCH): number {
    assertBatchSize(batchSize);
    this.#run('beginReanalysis');
    let done = 0;
    let after = 0;
    for (;;) {
      const rows = this.#run('readTextsAfter', after, batchSize);
      if (rows.length === 0) break;
      const analyses = rows.map((row) => analyze(row));
      this.#run('replaceAnalyses', rows.map((row) => row.seq), analyses);
      done += rows.length;
      after = rows[rows.length - 1]!.seq;
    }
    this.#run('rebuildRollups');
    return done;
  }

  /**
   * As `reanalyze`, with an analyser that takes whole batches and answers later (worker
   * threads), as the SQLite store does: the next batches are read while earlier ones are analysed.
   */
  async reanalyzeInBatches(
    analyzeBatch: (posts: StoredPostText[]) => Promise<Analysis[]>,
    batchSize = DEFAULT_REANALYZE_BATCH,
  ): Promise<number> {
    assertBatchSize(batchSize);
    this.#run('beginReanalysis');
    let after = 0;
    const done = await pipelineReanalysis(
      () => {
        const rows = this.#run('readTextsAfter', after, batchSize);
        if (rows.length > 0) after = rows[rows.length - 1]!.seq;
        return rows;
      },
      (row) => row,
      analyzeBatch,
      (rows, analyses) => this.#run('replaceAnalyses', rows.map((row) => row.seq), analyses),
    );
    this.#run('rebuildRollups');
    return done;
  }

  search(query: string | Query, options: SearchOptions): SearchResult {
    return this.#run('search', query, options);
  }

  /** Ids of every stored post with text that `query` matches, sorted; for tests and exports. */
  matchingPostIds(query: Query, options: Pick<SearchOptions, 'from' | 'to'> = {}): string[] {
    return this.#run('matchingPostIds', query, options);
  }

  applyRetention(now: Date, days: number): RetentionResult {
    return this.#run('applyRetention', now, days);
  }

  pruneRemovedIds(ids: ProjectIds): PruneResult {
    return this.#run('pruneRemovedIds', ids);
  }

  countPosts(): number {
    return this.#run('countPosts');
  }

  storedDays(): DayRange | null {
    return this.#run('storedDays');
  }

  readRollups(range: DayRange): RollupSnapshot {
    return this.#run('readRollups', range);
  }

  readExcerptCandidates(issueId: string, range: DayRange, limit: number): ExcerptCandidate[] {
    return this.#run('readExcerptCandidates', issueId, range, limit);
  }

  readCollectionVolumes(since?: Date): CollectionVolume[] {
    return since === undefined ? this.#run('readCollectionVolumes') : this.#run('readCollectionVolumes', since);
  }

  readDatedCounts(range: DayRange): DatedCounts {
    return this.#run('readDatedCounts', range);
  }

  readDatedPosts(filter: DatedPostFilter, range: DayRange, limit: number): DatedPost[] {
    return this.#run('readDatedPosts', filter, range, limit);
  }

  readAgencyRollups(range: DayRange): AgencyRollupSnapshot {
    return this.#run('readAgencyRollups', range);
  }

  readAgencyExcerptCandidates(agencyId: string, range: DayRange, limit: number): ExcerptCandidate[] {
    return this.#run('readAgencyExcerptCandidates', agencyId, range, limit);
  }

  commitSourceRun(commit: SourceCommit): SaveResult {
    return this.#run('commitSourceRun', commit);
  }

  recordSourceFailure(sourceId: string, platform: Platform, startedAt: Date, finishedAt: Date, error: string): void {
    this.#run('recordSourceFailure', sourceId, platform, startedAt, finishedAt, error);
  }

  readSourceState(sourceId: string): SourceState | null {
    return this.#run('readSourceState', sourceId);
  }

  listSourceStates(): SourceState[] {
    return this.#run('listSourceStates');
  }

  readSourceRuns(since: Date, sourceId?: string): SourceRun[] {
    return sourceId === undefined ? this.#run('readSourceRuns', since) : this.#run('readSourceRuns', since, sourceId);
  }

  readSourceHistory(sourceId: string, before: Date): SourceHistory {
    return this.#run('readSourceHistory', sourceId, before);
  }

  hasPost(postId: string): boolean {
    return this.#run('hasPost', postId);
  }

  findFingerprints(simhash: bigint, since: Date): Fingerprint[] {
    return this.#run('findFingerprints', simhash, since);
  }

  close(): void {
    if (!this.#open) return;
    this.#run('close');
    this.#open = false;
  }

  #run<M extends ThreadMethod>(method: M, ...args: ThreadArgs<M>): ThreadResult<M> {
    if (!this.#open) throw new Error(`store ${this.#label}: already closed`);
    return storeThread(this.#label).call({ storeId: this.#id, method, args }) as ThreadResult<M>;
  }
}

let nextStoreId = 1;
let sharedThread: StoreThread | null = null;

/** The one thread of this process that runs every PostgreSQL store, started on first use. */
function storeThread(label: string): StoreThread {
  if (sharedThread === null || !sharedThread.running) sharedThread = new StoreThread(label);
  return sharedThread;
}

/**
 * A worker thread and the shared word it wakes this thread with. One serves every store of the
 * process: starting a thread costs more than opening a store, and calls never overlap, because
 * the calling thread waits for each.
 */
class StoreThread {
  readonly #signal = new Int32Array(new SharedArrayBuffer(4));
  readonly #port: MessagePort;
  readonly #worker: Worker;
  readonly #label: string;
  running = true;

  constructor(label: string) {
    this.#label = label;
    const { port1, port2 } = new MessageChannel();
    this.#port = port1;
    this.#worker = startThread({ signal: this.#signal, port: port2 }, [port2]);
    this.#worker.unref();
  }

  call(call: StoreCall, timeout = CALL_TIMEOUT_MS): unknown {
    Atomics.store(this.#signal, 0, 0);
    this.#port.postMessage(call);
    if (Atomics.wait(this.#signal, 0, 0, timeout) === 'timed-out') {
      this.#stop();
      throw new Error(`store ${this.#label}: no answer from PostgreSQL within ${timeout / 1000} s; is it running?`);
    }
    const reply = receiveMessageOnPort(this.#port)?.message as StoreReply | undefined;
    if (reply === undefined) throw new Error(`store ${this.#label}: the store thread stopped without an answer`);
    if (!reply.ok) throw new Error(reply.message);
    return reply.result;
  }

  #stop(): void {
    this.running = false;
    this.#port.close();
    void this.#worker.terminate();
  }
}

/**
 * Starts the thread from the compiled `.js` beside this file or, when tyndau runs from its
 * TypeScript sources (the tests), from the `.ts` file through tsx, which a worker thread has to
 * register itself on Node 20.
 */
function startThread(workerData: StoreThreadData & { port: MessagePort }, transferList: MessagePort[]): Worker {
  const compiled = new URL('./store-thread.js', import.meta.url);
  if (existsSync(fileURLToPath(compiled))) return new Worker(compiled, { workerData, transferList });

  const source = new URL('./store-thread.ts', import.meta.url);
  const bootstrap = `import { register } from 'tsx/esm/api';
    register();
    await import(${JSON.stringify(source.href)});`;
  return new Worker(bootstrap, { eval: true, workerData, transferList });
}
