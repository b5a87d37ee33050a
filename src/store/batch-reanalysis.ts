import type { Analysis } from '../analyze/analysis.js';
import type { ReanalysisOptions, Store, StoredPostText } from './store.js';

/**
 * A store that can re-analyse with an analyser taking whole batches and answering later, such as
 * worker threads: the next batches are read while earlier ones are analysed.
 */
export interface BatchReanalysis {
  reanalyzeInBatches(
    analyzeBatch: (posts: StoredPostText[]) => Promise<Analysis[]>,
    batchSize?: number,
    options?: ReanalysisOptions,
  ): Promise<number>;
}

export function reanalyzesInBatches(store: Store): store is Store & BatchReanalysis {
  return typeof (store as Partial<BatchReanalysis>).reanalyzeInBatches === 'function';
}

/** Batches handed to an asynchronous analyser at once: enough to keep two workers busy. */
const BATCHES_IN_FLIGHT = 4;

/**
 * Runs a batch re-analysis: `read` gives the next stored posts (none when done), each batch is
 * handed to `analyzeBatch` while later ones are read, and `write` stores the batches' analyses
 * in the order they were read. Waits for every batch in flight before a failure is passed on.
 */
export async function pipelineReanalysis<Row>(
  read: () => Row[],
  textOf: (row: Row) => StoredPostText,
  analyzeBatch: (posts: StoredPostText[]) => Promise<Analysis[]>,
  write: (rows: Row[], analyses: Analysis[]) => void,
): Promise<number> {
  const inFlight: { rows: Row[]; analyses: Promise<Analysis[]> }[] = [];
  let exhausted = false;
  let done = 0;
  for (;;) {
    while (!exhausted && inFlight.length < BATCHES_IN_FLIGHT) {
      const rows = read();
      exhausted = rows.length === 0;
      if (!exhausted) inFlight.push({ rows, analyses: analyzeBatch(rows.map(textOf)) });
    }
    const oldest = inFlight.shift();
    if (oldest === undefined) return done;
    try {
      write(oldest.rows, await oldest.analyses);
    } catch (error) {
      await Promise.allSettled(inFlight.map((batch) => batch.analyses));
      throw error;
    }
    done += oldest.rows.length;
  }
}
