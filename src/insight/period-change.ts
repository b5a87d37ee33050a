import { twoSidedPValue } from './normal-distribution.js';

/** Posts about one thing (`count`) among all posts (`total`) of a period. */
export interface PeriodCounts {
  readonly count: number;
  readonly total: number;
}

/** Which way the share of all posts moved: what the significance test is about, not the count. */
export type ShareDirection = 'rose' | 'fell' | 'unchanged';

export interface PeriodChange {
  readonly current: number;
  readonly previous: number;
  /** current − previous. */
  readonly absolute: number;
  /** (current − previous) / previous; null when the previous period had none. */
  readonly relative: number | null;
  readonly currentShare: number;
  readonly previousShare: number;
  /**
   * The share can rise while the count falls, when the period had fewer posts in all: a
   * significant change names this direction, never the count's.
   */
  readonly shareDirection: ShareDirection;
  /** Two-sided p-value of the two-proportion test; null when a period had no posts at all. */
  readonly pValue: number | null;
  /** True when the share changed at the 5% level. */
  readonly significant: boolean;
}

const ALPHA = 0.05;

/**
 * Compares a count with the same count of the previous period of equal length. Significance
 * comes from a two-proportion z-test on the count's share of all posts, not on the raw counts:
 * when collection doubles (a new source, a busy news week), every issue doubles too, and that is
 * not residents raising an issue more often.
 */
export function comparePeriods(current: PeriodCounts, previous: PeriodCounts): PeriodChange {
  assertCounts(current, 'current');
  assertCounts(previous, 'previous');

  const currentShare = current.total > 0 ? current.count / current.total : 0;
  const previousShare = previous.total > 0 ? previous.count / previous.total : 0;
  const pValue = current.total > 0 && previous.total > 0 ? twoProportionPValue(current, previous) : null;

  return {
    current: current.count,
    previous: previous.count,
    absolute: current.count - previous.count,
    relative: previous.count > 0 ? (current.count - previous.count) / previous.count : null,
    currentShare,
    previousShare,
    shareDirection: currentShare > previousShare ? 'rose' : currentShare < previousShare ? 'fell' : 'unchanged',
    pValue,
    significant: pValue !== null && pValue < ALPHA,
  };
}

function twoProportionPValue(first: PeriodCounts, second: PeriodCounts): number {
  const pooled = (first.count + second.count) / (first.total + second.total);
  const standardError = Math.sqrt(pooled * (1 - pooled) * (1 / first.total + 1 / second.total));
  // Zero spread means both shares are 0 or both are 1: no difference at all.
  if (standardError === 0) return 1;
  return twoSidedPValue((first.count / first.total - second.count / second.total) / standardError);
}

function assertCounts(counts: PeriodCounts, which: string): void {
  const { count, total } = counts;
  if (!Number.isInteger(count) || !Number.isInteger(total) || count < 0 || count > total) {
    throw new Error(`period change: ${which} period has ${count} of ${total}; a count must be within its total`);
  }
}
