import type { Platform } from '../collect/raw-post.js';
import type { SaveResult, StoredItem } from './store.js';

/** A source's cursor and health as the ledger keeps them. */
export interface SourceState {
  readonly sourceId: string;
  readonly platform: Platform;
  /** The source's own JSON cursor, or null before its first success. */
  readonly cursor: unknown;
  readonly lastAttemptAt: Date | null;
  readonly lastSuccessAt: Date | null;
  /** Failed runs since the last success. */
  readonly errorStreak: number;
  readonly lastError: string | null;
}

/** One collection run of one source: counts and the error, never text. */
export interface SourceRun {
  readonly sourceId: string;
  readonly startedAt: Date;
  readonly finishedAt: Date;
  readonly ok: boolean;
  /** Posts the source yielded. */
  readonly posts: number;
  /** Of those, posts not stored before. */
  readonly inserted: number;
  readonly skipped: number;
  readonly error: string | null;
}

/** Where a source's record stands at a moment: what came before a window of its runs. */
export interface SourceHistory {
  /** The end of its last successful run before the moment; null when none. */
  readonly lastSuccessBefore: Date | null;
  /** The start of its first run ever, failed or not; null when it never ran. */
  readonly firstRunAt: Date | null;
}

/** The text fingerprint of a stored post, and the post its group counts as the original. */
export interface Fingerprint {
  readonly postId: string;
  readonly simhash: bigint;
  readonly publishedAt: Date;
  readonly originalId: string;
}

/** The four 16-bit bands of a 64-bit fingerprint, lowest first, which the stores index. */
export function simhashBands(simhash: bigint): [number, number, number, number] {
  const band = (index: number): number => Number((simhash >> BigInt(16 * index)) & 0xffffn);
  return [band(0), band(1), band(2), band(3)];
}

/** Everything one successful run leaves, written in one transaction. */
export interface SourceCommit {
  readonly sourceId: string;
  readonly platform: Platform;
  readonly items: readonly StoredItem[];
  readonly fingerprints: readonly Fingerprint[];
  readonly cursor: unknown;
  readonly startedAt: Date;
  readonly finishedAt: Date;
  readonly skipped: number;
}

/**
 * What live collection keeps besides the posts: each source's cursor and health, its runs, and
 * the fingerprints of stored texts for near-duplicate grouping.
 */
export interface CollectionLedger {
  /** Stores the posts, the fingerprints, the cursor and the run in one transaction. */
  commitSourceRun(commit: SourceCommit): SaveResult;
  /** Records a failed run and lengthens the source's error streak; the cursor stays. */
  recordSourceFailure(sourceId: string, platform: Platform, startedAt: Date, finishedAt: Date, error: string): void;
  readSourceState(sourceId: string): SourceState | null;
  listSourceStates(): SourceState[];
  /** Runs since `since`, oldest first; of one source when `sourceId` is given. */
  readSourceRuns(since: Date, sourceId?: string): SourceRun[];
  /** The source's last success before `before` and its first run, to read a window of runs in context. */
  readSourceHistory(sourceId: string, before: Date): SourceHistory;
  /** Whether a post with this keyed id is stored. */
  hasPost(postId: string): boolean;
  /** Fingerprints published since `since` that share a band with `simhash`. */
  findFingerprints(simhash: bigint, since: Date): Fingerprint[];
}
