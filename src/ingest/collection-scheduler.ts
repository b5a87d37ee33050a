import type { LiveSource } from '../collect/live-source.js';
import { collectSource, type SourceRunContext, type SourceRunReport } from './collect-source.js';

export interface ScheduledSource {
  readonly source: LiveSource;
  readonly intervalMinutes: number;
}

const MINUTE_MS = 60_000;
/** After a failure the source is tried again sooner than its interval, then less and less often. */
const FIRST_RETRY_MS = 5 * MINUTE_MS;
/**
 * The longest delay one Node timer holds, about 24.8 days. A longer one fires after 1 ms, so a
 * source collected monthly (`interval: 30d`) ran again at once, over and over; a longer wait is
 * made of several timers.
 */
export const MAX_TIMER_MS = 2 ** 31 - 1;

/** Every source once, one after the other, in the project's order: the `--once` mode for cron. */
export async function collectOnce(
  sources: readonly ScheduledSource[],
  context: SourceRunContext,
): Promise<SourceRunReport[]> {
  const reports: SourceRunReport[] = [];
  for (const { source } of sources) reports.push(await collectSource(source, context));
  return reports;
}

/**
 * Runs each source on its own interval, each in its own loop, so a slow or failing source never
 * holds up another. A source whose last success is older than its interval runs at once; a
 * failing one is retried after 5, 10, 20... minutes, never later than its interval.
 */
export class CollectionScheduler {
  readonly #sources: readonly ScheduledSource[];
  readonly #context: SourceRunContext;
  readonly #onReport: (report: SourceRunReport) => void;
  readonly #timers = new Set<NodeJS.Timeout>();
  readonly #running = new Set<Promise<void>>();
  #stopped = false;

  constructor(sources: readonly ScheduledSource[], context: SourceRunContext, onReport: (report: SourceRunReport) => void = () => undefined) {
    this.#sources = sources;
    this.#context = context;
    this.#onReport = onReport;
  }

  start(): void {
    const now = Date.now();
    for (const scheduled of this.#sources) {
      const state = this.#context.ledger.readSourceState(scheduled.source.id);
      const lastSuccess = state?.lastSuccessAt?.getTime() ?? 0;
      const due = state?.errorStreak ? now : lastSuccess + scheduled.intervalMinutes * MINUTE_MS;
      this.#schedule(scheduled, Math.max(0, due - now));
    }
  }

  /** Stops scheduling and waits for the runs under way, which commit or leave no trace. */
  async stop(): Promise<void> {
    this.#stopped = true;
    for (const timer of this.#timers) clearTimeout(timer);
    this.#timers.clear();
    await Promise.all([...this.#running]);
  }

  #schedule(scheduled: ScheduledSource, delayMs: number): void {
    if (this.#stopped) return;
    const step = Math.min(delayMs, MAX_TIMER_MS);
    const timer = setTimeout(() => {
      this.#timers.delete(timer);
      if (delayMs > step) {
        this.#schedule(scheduled, delayMs - step);
        return;
      }
      const run = this.#run(scheduled);
      this.#running.add(run);
      void run.finally(() => this.#running.delete(run));
    }, step);
    this.#timers.add(timer);
  }

  async #run(scheduled: ScheduledSource): Promise<void> {
    const report = await collectSource(scheduled.source, this.#context);
    this.#onReport(report);
    const interval = scheduled.intervalMinutes * MINUTE_MS;
    const streak = this.#context.ledger.readSourceState(scheduled.source.id)?.errorStreak ?? 0;
    const next = report.ok ? interval : Math.min(interval, FIRST_RETRY_MS * 2 ** Math.max(0, streak - 1));
    this.#schedule(scheduled, next);
  }
}
