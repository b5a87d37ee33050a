/**
 * Days on which collection fell short: the day's dated posts, overall or on one platform, far
 * below what the same weekday brought in the weeks before. A source that was down, blocked or
 * rate-limited for part of a day shows up here, and spike alerts stay silent on such days, since
 * a day collected in part makes any issue's share of it meaningless.
 */
import type { Platform } from '../collect/raw-post.js';
import { addDays, daysOf, type DayRange } from '../store/day-range.js';

export interface DailyVolumes {
  /** Dated original posts per day. */
  readonly totals: ReadonlyMap<string, number>;
  /** The same per platform. */
  readonly platforms: ReadonlyMap<Platform, ReadonlyMap<string, number>>;
}

export interface CollectionGap {
  readonly day: string;
  /** null when all platforms together fell short. */
  readonly platform: Platform | null;
  readonly posts: number;
  /** Median of the same weekday over the previous weeks that had posts. */
  readonly expected: number;
}

/** A day below this share of its usual volume is a gap. */
const OVERALL_RATIO = 0.4;
/** One platform must fall further, since single platforms vary more. */
const PLATFORM_RATIO = 0.2;
/** Usual volumes below these are too small to call a shortfall. */
const MIN_EXPECTED_OVERALL = 5;
const MIN_EXPECTED_PLATFORM = 10;
const WEEKS_BACK = 4;

export function findCollectionGaps(volumes: DailyVolumes, range: DayRange): CollectionGap[] {
  const gaps: CollectionGap[] = [];
  for (const day of daysOf(range)) {
    const overall = shortfall(volumes.totals, day, OVERALL_RATIO, MIN_EXPECTED_OVERALL);
    if (overall) gaps.push({ day, platform: null, ...overall });
    for (const [platform, counts] of volumes.platforms) {
      const missing = shortfall(counts, day, PLATFORM_RATIO, MIN_EXPECTED_PLATFORM);
      if (missing) gaps.push({ day, platform, ...missing });
    }
  }
  return gaps;
}

function shortfall(
  counts: ReadonlyMap<string, number>,
  day: string,
  ratio: number,
  minExpected: number,
): { posts: number; expected: number } | null {
  const expected = usualVolume(counts, day);
  const posts = counts.get(day) ?? 0;
  return expected >= minExpected && posts < ratio * expected ? { posts, expected } : null;
}

/** Median of the same weekday in the weeks before, over weeks that had any posts. */
export function usualVolume(counts: ReadonlyMap<string, number>, day: string): number {
  const earlier: number[] = [];
  for (let week = 1; week <= WEEKS_BACK; week++) {
    const count = counts.get(addDays(day, -7 * week)) ?? 0;
    if (count > 0) earlier.push(count);
  }
  // Two weeks at least: one earlier week could itself have been unusual.
  if (earlier.length < 2) return 0;
  earlier.sort((a, b) => a - b);
  const middle = earlier.length >> 1;
  return earlier.length % 2 ? earlier[middle]! : (earlier[middle - 1]! + earlier[middle]!) / 2;
}
