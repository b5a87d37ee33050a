/**
 * Counts per week over the eight weeks ending on a period's last day, for the trends of the
 * dashboard and the digest: an issue's or a subject's daily count is often under the minimum
 * group size, a week's rarely is.
 */
import { addDays, previousPeriod, type DayRange } from '../store/day-range.js';
import type { Store, SubjectRollupRow } from '../store/store.js';
import { rowSentimentShares, type GroupConfusion } from './period-insight.js';
import type { ShareEstimate } from './wilson-interval.js';
import { suppressParts, suppressSmall, type ShownCount } from './small-groups.js';

export const TREND_WEEKS = 8;

/** The first days of the eight weeks ending on `to`. */
export function trendWeeks(to: string): string[] {
  return Array.from({ length: TREND_WEEKS }, (_, index) => addDays(to, -7 * (TREND_WEEKS - index) + 1));
}

/** The index of the week `day` falls in. */
export function weekOf(weekStarts: readonly string[], day: string): number {
  return weekStarts.findLastIndex((start) => start <= day);
}

/**
 * The weeks that make up `period` and the period before it, each as a list of week indexes;
 * a list is empty when the period's ends fall inside weeks.
 */
export function periodWeeks(weekStarts: readonly string[], period: DayRange): number[][] {
  return [period, previousPeriod(period)].map((range) => weeksCovering(weekStarts, range));
}

function weeksCovering(weekStarts: readonly string[], range: DayRange): number[] {
  const first = weekStarts.indexOf(range.from);
  const last = weekStarts.findLastIndex((start) => start <= range.to);
  const lastDay = addDays(weekStarts[last] ?? range.to, 6);
  if (first < 0 || lastDay !== range.to) return [];
  return Array.from({ length: last - first + 1 }, (_, index) => first + index);
}

/**
 * Weekly counts as shown. A period of whole weeks (14 days, 28) is the sum of its weeks, and
 * the count for it, and for the period before, stand in a table beside the trend: an issue of 39
 * posts over two weeks beside weeks of <10 and 32 gave the 7 away. So the weeks of each such
 * period hide their smallest shown count too, as "x", while the hidden ones add up to fewer than
 * the minimum.
 */
export function shownWeeks(weeks: readonly number[], totals: readonly (readonly number[])[], min: number): ShownCount[] {
  const shown: ShownCount[] = weeks.map((count) => suppressSmall(count, min));
  for (const covered of totals) {
    const parts = suppressParts(covered.map((week) => weeks[week]!), min);
    covered.forEach((week, index) => {
      shown[week] = parts[index]!;
    });
  }
  return shown;
}

/**
 * Whether any day of each week is stored. A project whose posts begin in late October showed 0
 * posts for the weeks of early October in its eight-week trends, as if nobody had written.
 */
export function storedWeeks(weekStarts: readonly string[], stored: DayRange | null): boolean[] {
  return weekStarts.map((start) => stored !== null && addDays(start, 6) >= stored.from && start <= stored.to);
}

export interface SubjectWeeks {
  readonly subjectId: string;
  readonly originals: readonly ShownCount[];
  /** The share negative toward the subject in each week whose count is shown; else null. */
  readonly negative: readonly (ShareEstimate | null)[];
}

export interface SubjectTrend {
  readonly weeks: readonly string[];
  /** Whether anything is stored in each week: a week without is "no data", not 0 posts. */
  readonly stored: readonly boolean[];
  readonly subjects: readonly SubjectWeeks[];
}

export interface SubjectTrendOptions {
  readonly period: DayRange;
  readonly minGroupSize: number;
  /** Confusions of the tone toward subjects, to correct the shares as the period's are. */
  readonly confusions?: readonly GroupConfusion[];
  /** The subjects shown for the period, in their order. */
  readonly subjectIds: readonly string[];
}

/**
 * Mentions of each subject in each of the eight weeks ending on the period's last day, with the
 * share of them negative toward the subject (corrected as every subject share is) in the weeks
 * whose count is shown: how the talk about the mayor or a utility moves week by week. Weeks under
 * the minimum group size show neither.
 */
export function subjectTrend(store: Store, options: SubjectTrendOptions): SubjectTrend {
  const { period, minGroupSize, confusions } = options;
  const weekStarts = trendWeeks(period.to);
  const wanted = new Set(options.subjectIds);
  const rows = new Map<string, SubjectRollupRow[]>();
  for (const row of store.readRollups({ from: weekStarts[0]!, to: period.to }).subjects) {
    if (!wanted.has(row.subjectId)) continue;
    const key = `${row.subjectId} ${weekOf(weekStarts, row.day)}`;
    const list = rows.get(key) ?? [];
    list.push(row);
    rows.set(key, list);
  }
  const totals = periodWeeks(weekStarts, period);
  return {
    weeks: weekStarts,
    stored: storedWeeks(weekStarts, store.storedDays()),
    subjects: options.subjectIds.map((subjectId) => {
      const weeks = weekStarts.map((_, week) => rows.get(`${subjectId} ${week}`) ?? []);
      const counts = weeks.map((list) => list.reduce((sum, row) => sum + row.originals, 0));
      const originals = shownWeeks(counts, totals, minGroupSize);
      return {
        subjectId,
        originals,
        negative: weeks.map((list, week) => {
          const shown = originals[week];
          return typeof shown === 'number' && shown > 0 ? rowSentimentShares(list, confusions).shares.negative : null;
        }),
      };
    }),
  };
}
