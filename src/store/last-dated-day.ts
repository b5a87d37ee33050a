import { addDays } from './day-range.js';
import type { Store } from './store.js';

/**
 * The last day holding a post whose source gave its date. An import of undated posts (a file
 * export without times) lands on the import day, which would otherwise open every page on a
 * week of nothing but first-seen dates.
 */
export function lastDatedDay(store: Store): string | null {
  const stored = store.storedDays();
  if (!stored) return null;
  // Backwards from the last stored day in windows that double, so that a live project reads
  // the rollups of its last week, not of every day it holds.
  for (let to = stored.to, days = 7; to >= stored.from; days *= 2) {
    const from = maxDay(addDays(to, -(days - 1)), stored.from);
    let last: string | null = null;
    for (const row of store.readRollups({ from, to }).volume) {
      const dated = row.originals + row.amplifications - row.firstSeenDates;
      if (dated > 0 && (last === null || row.day > last)) last = row.day;
    }
    if (last !== null) return last;
    to = addDays(from, -1);
  }
  return stored.to;
}

function maxDay(a: string, b: string): string {
  return a > b ? a : b;
}
