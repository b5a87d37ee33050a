import { assertDayRange, addDays, type DayRange } from '../../store/day-range.js';
import type { Store } from '../../store/store.js';
import { HttpError, type EndpointRequest, type QueryParameter } from '../endpoint.js';

export const PERIOD_PARAMETERS: readonly QueryParameter[] = [
  { name: 'from', description: 'first day, YYYY-MM-DD (default: 7 days ending on `to`)', schema: { type: 'string', format: 'date' } },
  { name: 'to', description: 'last day, included (default: the last stored day)', schema: { type: 'string', format: 'date' } },
];

/** The period a request asks for; by default the last seven days with dated posts. */
export function periodOf(request: EndpointRequest): DayRange {
  const to = request.query('to') ?? lastDatedDay(request.server.store);
  if (!to) throw new HttpError(404, 'the store holds no posts yet');
  const from = request.query('from') ?? addDays(to, -6);
  const period = { from, to };
  try {
    assertDayRange(period, 'period');
  } catch (error) {
    throw new HttpError(400, (error as Error).message);
  }
  return period;
}

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
