import type { Analysis } from '../analyze/analysis.js';
import type { Store, StoredPostText } from './store.js';

/**
 * A store that can re-analyse with an analyser taking whole batches and answering later, such as
 * worker threads: the next batches are read while earlier ones are analysed.
 */
export interface BatchReanalysis {
  reanalyzeInBatches(
    analyzeBatch: (posts: StoredPostText[]) => Promise<Analysis[]>,
    batchSize?: number,
  ): Promise<number>;
}

export function reanalyzesInBatches(store: Store): store is Store & BatchReanalysis {
  return typeof (store as Partial<BatchReanalysis>).reanalyzeInBatches === 'function';
}
