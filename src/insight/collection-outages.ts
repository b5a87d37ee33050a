/**
 * When each live source was down: stretches with no successful run for longer than its schedule
 * allows, read from the collection ledger. A stretch starts at the last success (or, for a source
 * that never worked, at its first attempt) and ends at the next success. It counts whether the
 * source failed or the collector was not running at all: either way posts of that stretch came
 * late or not at all, and counts of those days are short.
 */
import type { Platform } from '../collect/raw-post.js';
import type { CollectionLedger, SourceRun } from '../store/collection-ledger.js';
import { addDays, daysOf, type DayRange } from '../store/day-range.js';
import { LocalDayCalendar } from '../store/local-day.js';

const MINUTE_MS = 60_000;
/** A run may come this much later than its interval before the wait counts as a gap. */
const GRACE_MS = 10 * MINUTE_MS;

/** A live source as the project schedules it. */
export interface HealthSource {
  readonly id: string;
  readonly kind: string;
  readonly intervalMinutes: number;
}

/** A stretch without a successful run, cut to the window it was looked for in. */
export interface Outage {
  readonly from: Date;
  readonly to: Date;
  /** It began before the window did. */
  readonly startedBefore: boolean;
  /** No success had ended it when the window closed. */
  readonly ongoing: boolean;
  /** Runs that started within the stretch and failed; none means nothing ran. */
  readonly failedRuns: number;
}

/** The longest a source may go without a successful run before it counts as down. */
export function allowedWaitMs(intervalMinutes: number): number {
  return 2 * intervalMinutes * MINUTE_MS + GRACE_MS;
}

/**
 * Outages of one source within [start, end). `runs` are its runs in the window, oldest first;
 * `history` tells what came before the window.
 */
export function findOutages(
  runs: readonly SourceRun[],
  history: { readonly lastSuccessBefore: Date | null; readonly firstRunAt: Date | null },
  window: { readonly start: Date; readonly end: Date },
  allowedMs: number,
): Outage[] {
  const start = window.start.getTime();
  const end = window.end.getTime();
  const neverWorkedBefore = history.lastSuccessBefore === null && history.firstRunAt !== null &&
    history.firstRunAt.getTime() < start;
  // Down since: the last success, or the first attempt of a source that has not worked yet.
  let since = history.lastSuccessBefore?.getTime() ?? (neverWorkedBefore ? history.firstRunAt!.getTime() : null);
  const stretches: { from: number; to: number; ongoing: boolean }[] = [];

  for (const run of runs) {
    if (!run.ok) {
      since ??= run.startedAt.getTime();
      continue;
    }
    const at = run.finishedAt.getTime();
    if (since !== null && at - since > allowedMs) stretches.push({ from: since, to: at, ongoing: false });
    since = at;
  }
  if (since !== null && end - since > allowedMs) stretches.push({ from: since, to: end, ongoing: true });

  return stretches
    .filter((stretch) => stretch.to > start && stretch.from < end)
    .map((stretch) => {
      const from = Math.max(stretch.from, start);
      const to = Math.min(stretch.to, end);
      const failedRuns = runs.filter((run) => {
        const at = run.startedAt.getTime();
        return !run.ok && at >= stretch.from && at <= stretch.to;
      }).length;
      return {
        from: new Date(from), to: new Date(to), startedBefore: stretch.from < start, ongoing: stretch.ongoing, failedRuns,
      };
    });
}

/** Outages of each source within [start, end), read from the ledger. */
export function sourceOutages(
  ledger: CollectionLedger,
  sources: readonly HealthSource[],
  window: { readonly start: Date; readonly end: Date },
): Map<string, Outage[]> {
  const runs = ledger.readSourceRuns(window.start).filter((run) => run.startedAt < window.end);
  const outages = new Map<string, Outage[]>();
  for (const source of sources) {
    const own = runs.filter((run) => run.sourceId === source.id);
    const history = ledger.readSourceHistory(source.id, window.start);
    outages.set(source.id, findOutages(own, history, window, allowedWaitMs(source.intervalMinutes)));
  }
  return outages;
}

export interface SourceOutage extends Outage {
  readonly sourceId: string;
  readonly kind: string;
  readonly platform: Platform | null;
}

/** A shaded stretch of a daily chart, in days from the period's first local midnight. */
export interface ShadedStretch {
  readonly start: number;
  readonly end: number;
}

export interface PeriodCollection {
  /**
   * Live sources that had run by the period's end; 0 for a project that only imports files, or
   * whose live sources were never started.
   */
  readonly liveSources: number;
  /** Every outage within the period, by source in the project's order, then by time. */
  readonly outages: readonly SourceOutage[];
  /** The union of all outages, for shading a chart with one column per local day. */
  readonly shaded: readonly ShadedStretch[];
}

/**
 * Which live sources were down during the local days of `period`, and for how long. The period
 * ends at `now` when it reaches past it: a stretch still running is not yet known to be a gap.
 */
export function periodCollection(
  ledger: CollectionLedger,
  sources: readonly HealthSource[],
  period: DayRange,
  timezone: string,
  now: Date,
): PeriodCollection {
  const calendar = new LocalDayCalendar(timezone);
  const periodStart = localMidnight(calendar, period.from);
  const periodEnd = localMidnight(calendar, addDays(period.to, 1));
  const end = new Date(Math.min(periodEnd.getTime(), now.getTime()));
  // A source never run by then has no record to judge: it was added later or never started.
  const live = sources.filter((source) => {
    const firstRun = ledger.readSourceHistory(source.id, end).firstRunAt;
    return firstRun !== null && firstRun < end;
  });
  if (live.length === 0 || end <= periodStart) return { liveSources: live.length, outages: [], shaded: [] };

  const bySource = sourceOutages(ledger, live, { start: periodStart, end });
  const states = new Map(ledger.listSourceStates().map((state) => [state.sourceId, state]));
  const outages = live.flatMap((source) => (bySource.get(source.id) ?? []).map((outage) => ({
    sourceId: source.id,
    kind: source.kind,
    platform: states.get(source.id)?.platform ?? null,
    ...outage,
  })));
  const midnights = [...daysOf(period), addDays(period.to, 1)].map((day) => localMidnight(calendar, day).getTime());
  return { liveSources: live.length, outages, shaded: mergeStretches(outages.map((outage) => ({
    start: dayPosition(midnights, outage.from.getTime()),
    end: dayPosition(midnights, outage.to.getTime()),
  }))) };
}

/** Position of `instant` in days from the first midnight, fractions by the local day's length. */
function dayPosition(midnights: readonly number[], instant: number): number {
  for (let index = 0; index < midnights.length - 1; index++) {
    const dayStart = midnights[index]!;
    const dayEnd = midnights[index + 1]!;
    if (instant < dayEnd) return index + Math.max(0, instant - dayStart) / (dayEnd - dayStart);
  }
  return midnights.length - 1;
}

function mergeStretches(stretches: readonly ShadedStretch[]): ShadedStretch[] {
  const sorted = [...stretches].sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const stretch of sorted) {
    const last = merged.at(-1);
    if (last && stretch.start <= last.end) last.end = Math.max(last.end, stretch.end);
    else merged.push({ ...stretch });
  }
  return merged;
}

const QUARTER_HOUR_MS = 900_000;

/**
 * The instant local day `day` begins in the calendar's zone. Zones shift midnight by at most a
 * day's worth of hours from UTC midnight, and only at quarter-hour marks, so a search over the
 * quarter hours around it finds the first one on that day.
 */
export function localMidnight(calendar: LocalDayCalendar, day: string): Date {
  const utcMidnight = Date.parse(`${day}T00:00:00Z`);
  if (Number.isNaN(utcMidnight)) throw new Error(`local day: "${day}" is not a day; use YYYY-MM-DD`);
  let low = utcMidnight / QUARTER_HOUR_MS - 4 * 15;
  let high = utcMidnight / QUARTER_HOUR_MS + 4 * 15;
  // Invariant: the quarter `low` lies before `day`, the quarter `high` on or after it.
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (calendar.dayOf(new Date(middle * QUARTER_HOUR_MS)) < day) low = middle;
    else high = middle;
  }
  return new Date(high * QUARTER_HOUR_MS);
}
