import { assertPeriod, assertPeriodEnds, addDays, type DayRange } from '../../store/day-range.js';
import { lastDatedDay } from '../../store/last-dated-day.js';
import type { Store } from '../../store/store.js';
import { HttpError, type EndpointRequest, type QueryParameter } from '../endpoint.js';
import { said, saidOf, type Said } from '../said.js';

export { lastDatedDay };

export const PERIOD_PARAMETERS: readonly QueryParameter[] = [
  { name: 'from', description: 'first day, YYYY-MM-DD (default: 7 days ending on `to`)', schema: { type: 'string', format: 'date' } },
  // Not "the last stored day": an import of undated posts stores them on its own day, and the
  // default skips past it to the last day holding a post its source dated (lastDatedDay).
  {
    name: 'to',
    description: 'last day, included (default: the last day holding a post dated by its source; ' +
      'the last stored day when no post is)',
    schema: { type: 'string', format: 'date' },
  },
];

/** The error a period endpoint answers besides 400: a project that has stored nothing yet. */
export const PERIOD_ERRORS = { 404: 'the store holds no posts yet' } as const;

/** The period a request asks for; by default the last seven days with dated posts. */
export function periodOf(request: EndpointRequest): DayRange {
  const given = { from: request.query('from'), to: request.query('to') };
  // The ends given are checked before a default is counted from them: seven days before
  // `to=x` is no day at all, and the date arithmetic would fail as a server error.
  asBadRequest(() => assertPeriodEnds(given, 'period'));

  const to = given.to ?? lastDatedDay(request.server.store);
  if (!to) throw new HttpError(404, 'the store holds no posts yet', said({ code: 'no-posts' }));
  // "swap them" advised turning round a `to` the caller never gave.
  if (given.to === undefined && given.from !== undefined && given.from > to) {
    const problem = said({ code: 'after-last-day', from: given.from, lastDay: to });
    throw new HttpError(400, problem.en, problem);
  }
  const period = { from: given.from ?? addDays(to, -6), to };
  asBadRequest(() => assertPeriod(period, 'period'));
  return period;
}

function asBadRequest(check: () => void): void {
  try {
    check();
  } catch (error) {
    throw new HttpError(400, (error as Error).message, saidOf(error));
  }
}

/**
 * Said beside a period's figures when the period lies wholly before the first or after the last
 * stored day: its zeros mean nothing was collected then, which reads the same as a week nobody
 * wrote in (the CLI's report, search and export note it too).
 */
export interface PeriodNote {
  readonly code: 'outside-stored-days';
  readonly storedDays: DayRange;
  readonly said: Said;
}

/** The note for `period`, or null when it shares a day with the stored ones or nothing is stored. */
export function periodNoteOf(store: Store, period: DayRange): PeriodNote | null {
  const stored = store.storedDays();
  if (stored === null || (period.to >= stored.from && period.from <= stored.to)) return null;
  const said = outsideStoredDaysSaid(`${period.from} … ${period.to}`, stored);
  return { code: 'outside-stored-days', storedDays: stored, said };
}

/**
 * The note's words for a period written as `period` (`2030-01-01 … 2030-01-31`, or open at one
 * end as `tyndau export --from 2030-01-01` gives it), beside the stored days.
 */
export function outsideStoredDaysSaid(period: string, stored: DayRange): Said {
  const { from: storedFrom, to: storedTo } = stored;
  return {
    ru: `за ${period} ничего не сохранено: публикации в хранилище датированы ${storedFrom} … ` +
      `${storedTo}, поэтому нули этого периода значат, что ничего не собиралось, а не что никто не писал`,
    kk: `${period} кезеңіне ештеңе сақталмаған: қоймадағы жарияланымдар ${storedFrom} … ` +
      `${storedTo} күндерімен белгіленген, сондықтан бұл кезеңнің нөлдері ештеңе жиналмағанын білдіреді, ` +
      'ешкім жазбағанын емес',
    en: `nothing is stored for ${period}: the stored posts are dated ${storedFrom} … ${storedTo}, ` +
      'so the figures of this period are zeros because nothing was collected, not because nobody posted',
  };
}
