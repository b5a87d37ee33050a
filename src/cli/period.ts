import { addDays, assertPeriodEnds, type DayRange } from '../store/day-range.js';
import { lastDatedDay } from '../store/last-dated-day.js';
import type { Store } from '../store/store.js';

/**
 * The period a command covers when the user names only one end or none: seven days ending on
 * `to`, or on the last day with a dated post, as the dashboard opens; posts of a file without
 * dates sit on their import day and would otherwise make the default a week of nothing else.
 */
export function lastWeek(store: Store, given: { from?: string; to?: string }): DayRange {
  return lastDays(store, given, 7, 'period');
}

/**
 * As `lastWeek`, for `days` days: from `from` on, or ending on `to` or on the last day with a
 * dated post; both ends given are the period. `what` names the command in a mistake's message.
 */
export function lastDays(store: Store, given: { from?: string; to?: string }, days: number, what: string): DayRange {
  // A default counted from a day that is not one (`--to x`) would fail as "Invalid time value".
  assertPeriodEnds(given, what);
  if (given.from && given.to) return { from: given.from, to: given.to };
  if (given.from) return { from: given.from, to: addDays(given.from, days - 1) };
  const to = given.to ?? lastDatedDay(store);
  if (!to) throw new Error('the store holds no posts yet; import some first (tyndau import --project P FILE...)');
  return { from: addDays(to, -(days - 1)), to };
}

/**
 * A note for a default period that ends before the import days of undated posts: a user who has
 * just imported a file without dates (posts copied from a chat) found none of it in the digest
 * and was not told why. Null when the user named an end, or no such day follows the period.
 */
export function undatedDaysNote(store: Store, given: { from?: string; to?: string }, period: DayRange): string | null {
  if (given.from || given.to) return null;
  const stored = store.storedDays();
  if (!stored || stored.to <= period.to) return null;

  const days = store.readRollups({ from: addDays(period.to, 1), to: stored.to }).volume
    .filter((row) => row.firstSeenDates > 0)
    .map((row) => row.day);
  const unique = [...new Set(days)].sort();
  if (unique.length === 0) return null;
  const last = unique[unique.length - 1]!;
  const named = unique.length === 1 ? `day, ${last}` : `days, ${unique[0]} … ${last}`;
  return `note: posts whose source gave no date count on their import ${named}, after this period ` +
    `(it ends on the last day with a dated post); --to ${last} includes them\n`;
}

/**
 * A note for a period wholly before the first or after the last stored day: its figures are
 * zeros because nothing was collected then, which reads the same as a week nobody wrote in.
 * A period open at one end reaches as far as the stored days go on that side.
 */
export function outsideStoredDaysNote(store: Store, given: { from?: string; to?: string }): string | null {
  const outside = outsideStoredDays(store, given);
  if (!outside) return null;
  const { period, stored } = outside;
  return `note: nothing is stored for ${period}: the stored posts are dated ${stored.from} … ${stored.to}, ` +
    'so the figures of this period are zeros because nothing was collected, not because nobody posted\n';
}

/**
 * The period as the note writes it (`span` without words) and the stored days, when the period lies wholly outside
 * them; `tyndau export` puts the note in its workbook's words too.
 */
export function outsideStoredDays(
  store: Store,
  given: { from?: string; to?: string },
): { period: string; span: string; stored: DayRange } | null {
  const stored = store.storedDays();
  if (!stored || (!given.from && !given.to)) return null;
  if ((given.to ?? stored.to) >= stored.from && (given.from ?? stored.from) <= stored.to) return null;

  const period = given.from && given.to ? `${given.from} … ${given.to}` : given.from ? `${given.from} on` : `days up to ${given.to}`;
  // The same period in no language's words, for a note in Russian or Kazakh. (`tyndau export`
  // refuses a period open at one end that lies outside the stored days before it gets here.)
  const span = `${given.from ?? ''} … ${given.to ?? ''}`.trim();
  return { period, span, stored };
}
