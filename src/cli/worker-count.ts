import { defaultWorkerCount } from '../ingest/analysis-workers.js';
import { parseWholeNumber } from '../text/whole-number.js';
import { UsageError } from './context.js';

/** Help text of the `--workers` option of the commands that analyse. */
export const WORKERS_HELP =
  'analysis worker threads; 0 analyses in the main thread (default: one per core for large work)';

/** Posts from which worker threads pay for their start (each loads the models: about a second). */
export const PARALLEL_FROM_POSTS = 20_000;
/** Input bytes from which an import counts as large: about 20,000 short posts. */
export const PARALLEL_FROM_BYTES = 8 << 20;

/**
 * The `--workers` value as a count; without one, one worker per core when the work is large
 * enough to pay for starting them, else none.
 */
export function workerCount(value: string | undefined, largeWork: boolean): number {
  if (value === undefined) return largeWork ? defaultWorkerCount() : 0;
  const count = parseWholeNumber(value);
  if (count === null || count > 64) {
    throw new UsageError(`--workers ${value}: use a whole number from 0 to 64`);
  }
  return count;
}
