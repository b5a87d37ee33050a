import type { PostgresStore } from './postgres-store.js';

/** Methods of `PostgresStore` the blocking store may call in its thread. */
export type ThreadMethod =
  | 'savePosts' | 'recordCollection' | 'beginReanalysis' | 'readTextsAfter' | 'replaceAnalyses'
  | 'rebuildRollups' | 'search' | 'matchingPostIds' | 'applyRetention' | 'pruneRemovedIds' | 'countPosts' | 'storedDays' | 'readRollups'
  | 'readExcerptCandidates' | 'readCollectionVolumes' | 'close'
  | 'readDatedCounts' | 'readDatedPosts' | 'readAgencyRollups' | 'readAgencyExcerptCandidates'
  | 'commitSourceRun' | 'recordSourceFailure' | 'readSourceState' | 'listSourceStates' | 'readSourceRuns'
  | 'readSourceHistory' | 'hasPost' | 'findFingerprints';

/** A call for the store `storeId` of the thread; `open` creates it. */
export type StoreCall =
  | {
    readonly storeId: number; readonly method: 'open'; readonly url: string; readonly timezone: string;
    readonly setAsideElsewhere: boolean;
  }
  | { readonly storeId: number; readonly method: ThreadMethod; readonly args: unknown[] };

export type StoreReply =
  | { readonly ok: true; readonly result: unknown }
  | { readonly ok: false; readonly message: string };

export interface StoreThreadData {
  /** One Int32 the thread sets to 1 and notifies when a reply is ready. */
  readonly signal: Int32Array;
}

export type ThreadResult<M extends ThreadMethod> = Awaited<ReturnType<PostgresStore[M]>>;
export type ThreadArgs<M extends ThreadMethod> = Parameters<PostgresStore[M]>;
