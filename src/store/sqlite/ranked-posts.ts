import type { Statement } from 'better-sqlite3';

import { dayCount, daysOf, type DayRange } from '../day-range.js';

/** A post's number and the value it is ranked by, best first. */
export interface RankedSeq {
  readonly seq: number;
  readonly rank: number;
  readonly publishedAt: number;
}

/** The best `count` entries of a ranking, best first. */
export type Ranking = (count: number) => RankedSeq[];

/** Ranked entries read first for each post wanted; later reads ask for four times more. */
const FIRST_READ_PER_POST = 2;

/**
 * The first `limit` posts of a ranking read from a narrow index, in the ranking's order. Each
 * post is looked up in `posts` only when its turn comes, and kept when `post` returns a row:
 * its WHERE holds what the index cannot (text still held, an original, a source date). Reading
 * a week of one issue this way touches a few dozen post rows instead of every post of the week.
 */
export function firstRankedPosts<Post>(
  ranking: Ranking,
  post: Statement,
  limit: number,
): { readonly post: Post; readonly rank: number }[] {
  const found: { post: Post; rank: number }[] = [];
  if (limit <= 0) return found;
  let seen = 0;
  for (let count = limit * FIRST_READ_PER_POST; ; count *= 4) {
    const entries = ranking(count);
    for (const entry of entries.slice(seen)) {
      const row = post.get(entry.seq) as Post | undefined;
      if (row === undefined) continue;
      found.push({ post: row, rank: entry.rank });
      if (found.length === limit) return found;
    }
    if (entries.length < count) return found;
    seen = entries.length;
  }
}

/**
 * A ranking over the days of `range`, from a statement that gives one day's best entries in
 * order (its last two parameters: the day, then a count). An index that starts with the key and
 * the day holds each day's entries already ranked, so a month or a year costs a few reads per
 * day instead of sorting every entry of the period.
 *
 * Each day is read a share of the count first. A day whose share ran out while its last entry
 * still ranks inside the best `count` may hold more that do, and is read again, four times
 * deeper, until no day can: the result is the same as one sort of the whole period.
 */
export function rankingByDay(dayBest: Statement, key: readonly unknown[], range: DayRange): Ranking {
  const days = daysOf(range);
  return (count) => {
    const depth = new Map(days.map((day) => [day, Math.min(count, Math.ceil((2 * count) / days.length))]));
    const read = new Map(days.map((day) => [day, [] as RankedSeq[]]));
    let unsure = days;
    for (;;) {
      for (const day of unsure) read.set(day, dayBest.all(...key, day, depth.get(day)) as RankedSeq[]);
      const best = [...read.values()].flat().sort(rankOrder).slice(0, count);
      const cutoff = best.length === count ? best[count - 1]! : null;
      unsure = days.filter((day) => {
        const entries = read.get(day)!;
        const last = entries[entries.length - 1];
        const full = entries.length === depth.get(day) && entries.length < count;
        return full && last !== undefined && (cutoff === null || rankOrder(last, cutoff) < 0);
      });
      if (unsure.length === 0) return best;
      for (const day of unsure) depth.set(day, Math.min(count, depth.get(day)! * 4));
    }
  };
}

/**
 * Index entries one walk in rank order reads for the time of one day's read (a statement run):
 * measured on a store of 10M posts, where a year read day by day took 15 times longer.
 */
const ENTRIES_PER_DAY_READ = 75;

/**
 * A ranking read in one walk of an index in rank order, from a statement whose last three
 * parameters are the period's first and last day and a count, and which skips entries of other
 * days. Cheap when the period holds a good share of the key's entries, as a long one does.
 */
export function rankingInOrder(inOrder: Statement, key: readonly unknown[], range: DayRange): Ranking {
  return (count) => inOrder.all(...key, range.from, range.to, count) as RankedSeq[];
}

/**
 * The ranking that reads `range` cheapest. Walking in rank order finds the period's best after
 * about `limit` × (stored days ÷ period days) entries, when the key's posts are spread over the
 * stored days; reading day by day costs a statement a day. A long period, or one that is a good
 * share of a short store, is walked; a week of a store of years is read day by day.
 */
export function periodRanking(
  statements: { readonly dayBest: Statement; readonly inOrder: Statement },
  key: readonly unknown[],
  range: DayRange,
  stored: DayRange | null,
  limit: number,
): Ranking {
  const periodDays = dayCount(range);
  const storedDays = stored === null ? periodDays : Math.max(periodDays, dayCount(stored));
  return limit * storedDays < ENTRIES_PER_DAY_READ * periodDays * periodDays
    ? rankingInOrder(statements.inOrder, key, range)
    : rankingByDay(statements.dayBest, key, range);
}

/** Best first: higher rank, then newer, then the later post. */
function rankOrder(a: RankedSeq, b: RankedSeq): number {
  return b.rank - a.rank || b.publishedAt - a.publishedAt || b.seq - a.seq;
}
