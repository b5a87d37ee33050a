/**
 * The count a key (an issue in a district, a subject) would be expected to reach on a day, given
 * that day's total collected volume: the key's share of all posts over the baseline window,
 * pulled towards its share on the same weekday (complaints about transport cluster on Mondays,
 * about noise on weekends). The baseline ends two days before the day judged, as in the CDC's
 * EARS C2 method, so that a spike building up over two days does not raise its own baseline.
 */
import { addDays } from '../store/day-range.js';

export interface DailyCounts {
  /** The key's count per day. */
  readonly counts: ReadonlyMap<string, number>;
  /** All dated original posts per day. */
  readonly totals: ReadonlyMap<string, number>;
}

export interface Baseline {
  /** Expected count on the day, given its total volume. */
  readonly expected: number;
  /** Pearson dispersion of the baseline days (1 = Poisson; more = burstier key). */
  readonly dispersion: number;
  /** Usable days in the window (gap days are left out). */
  readonly days: number;
}

export const BASELINE_DAYS = 28;
export const GUARD_DAYS = 2;
/** With fewer usable days the baseline says nothing and the key stays silent. */
export const MIN_BASELINE_DAYS = 14;

export function weekdayBaseline(
  series: DailyCounts,
  day: string,
  excluded: ReadonlySet<string>,
): Baseline | null {
  const window: string[] = [];
  for (let back = GUARD_DAYS + 1; back <= GUARD_DAYS + BASELINE_DAYS; back++) {
    const earlier = addDays(day, -back);
    if (!excluded.has(earlier) && (series.totals.get(earlier) ?? 0) > 0) window.push(earlier);
  }
  if (window.length < MIN_BASELINE_DAYS) return null;

  let count = 0;
  let total = 0;
  let weekdayCount = 0;
  let weekdayTotal = 0;
  for (const earlier of window) {
    const c = series.counts.get(earlier) ?? 0;
    const t = series.totals.get(earlier)!;
    count += c;
    total += t;
    if (sameWeekday(earlier, day)) {
      weekdayCount += c;
      weekdayTotal += t;
    }
  }

  // Half a post over the window: a key never seen before still gets a finite expectation.
  const overallShare = Math.max(count, 0.5) / total;
  // Shrinkage: the same-weekday share counts as much as its posts, the overall share as one
  // average day's worth, so a thin weekday history leans on the overall share.
  const priorWeight = total / window.length;
  const share = (weekdayCount + priorWeight * overallShare) / (weekdayTotal + priorWeight);
  const today = series.totals.get(day) ?? 0;

  return {
    expected: share * today,
    dispersion: dispersionOf(series, window, overallShare),
    days: window.length,
  };
}

function dispersionOf(series: DailyCounts, window: readonly string[], share: number): number {
  let pearson = 0;
  for (const day of window) {
    const expected = share * series.totals.get(day)!;
    const residual = (series.counts.get(day) ?? 0) - expected;
    pearson += (residual * residual) / Math.max(expected, 0.5);
  }
  return Math.max(1, pearson / (window.length - 1));
}

function sameWeekday(a: string, b: string): boolean {
  const difference = (Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000;
  return Math.round(difference) % 7 === 0;
}
