/**
 * A search's matches by week, for a search whose every day is under the minimum group size. A
 * city's query ("автобус", "issue:roads") rarely reaches ten posts a day, so its counts by day
 * were all hidden and the dashboard drew no trend at all, where a listening tool draws one for
 * any query; its weeks often reach the minimum.
 */
import { addDays, dayCount } from '../store/day-range.js';

export interface WeekCount {
  /**
   * The week's first day; weeks run back seven days at a time from the period's last day when the
   * search has one, otherwise from the last day with a match.
   */
  readonly week: string;
  readonly posts: number;
}

/**
 * Seven-day weeks ending on `lastDay`, the period's last day, as the dashboard's other trends
 * end; a week without matches between the first match and the end counts 0, so a quiet stretch
 * is not folded away. Without a period they end on the last day with a match.
 */
// Anchored on the last match, two queries over the same period ('автобус' last matched on
// 30 November, 'метро' on 22 November) got weeks two days apart, Monday against Sunday, and a
// researcher comparing them week by week compared different days.
export function searchWeeks(
  byDay: readonly { readonly day: string; readonly posts: number }[],
  lastDay?: string,
): WeekCount[] {
  if (byDay.length === 0) return [];
  const days = [...byDay].sort((a, b) => a.day.localeCompare(b.day));
  const lastMatch = days.at(-1)!.day;
  const last = lastDay !== undefined && lastDay > lastMatch ? lastDay : lastMatch;
  const weeksBack = (day: string) => Math.floor((dayCount({ from: day, to: last }) - 1) / 7);

  const counts = new Array<number>(weeksBack(days[0]!.day) + 1).fill(0);
  for (const { day, posts } of days) counts[counts.length - 1 - weeksBack(day)]! += posts;
  return counts.map((posts, index) => ({ week: addDays(last, -7 * (counts.length - 1 - index) - 6), posts }));
}
