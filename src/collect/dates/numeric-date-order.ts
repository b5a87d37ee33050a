import { SLASHED_DATE, type NumericDateOrder } from './parse-date.js';

/** What a column of dates shows about the order of `03/10/2024`, and the date that showed it. */
export interface NumericOrderEvidence {
  readonly order: NumericDateOrder;
  /** Index of the first date whose parts could only be read in this order. */
  readonly index: number;
  readonly example: string;
}

/** A date in the column that no order settles, and which the project's zone may settle. */
export interface AmbiguousNumericDate {
  readonly index: number;
  readonly example: string;
}

const DATE_PART = /^\s*(\S+)/;
/** A 12-hour clock is the US way of writing time, and so marks the month-first order. */
const TWELVE_HOUR_CLOCK = /\d\s*[ap]\.?m\.?(?![\p{L}])/iu;

interface ColumnOrders {
  monthFirst?: NumericOrderEvidence;
  dayFirst?: NumericOrderEvidence;
  ambiguous?: AmbiguousNumericDate;
  twelveHourClock: boolean;
}

/** What one date shows: each order it can only be read in, whether no order settles it, its clock. */
interface DateKinds {
  readonly dayFirst: boolean;
  readonly monthFirst: boolean;
  readonly ambiguous: boolean;
  readonly twelveHourClock: boolean;
}

function kindsOf(date: string | undefined): DateKinds | undefined {
  const match = date === undefined ? null : SLASHED_DATE.exec(DATE_PART.exec(date)?.[1] ?? '');
  if (!match) return undefined;
  const [first, second] = [Number(match[1]), Number(match[3])];
  return {
    dayFirst: first > 12 && second <= 12,
    monthFirst: second > 12 && first <= 12,
    ambiguous: first <= 12 && second <= 12 && first !== second,
    twelveHourClock: TWELVE_HOUR_CLOCK.test(date!),
  };
}

function ordersOf(dates: readonly (string | undefined)[]): ColumnOrders {
  const orders: ColumnOrders = { twelveHourClock: false };
  dates.forEach((date, index) => {
    const kinds = kindsOf(date);
    if (!kinds) return;
    if (kinds.dayFirst) orders.dayFirst ??= { order: 'day-first', index, example: date! };
    if (kinds.monthFirst) orders.monthFirst ??= { order: 'month-first', index, example: date! };
    if (kinds.ambiguous) orders.ambiguous ??= { index, example: date! };
    if (kinds.twelveHourClock) orders.twelveHourClock = true;
  });
  return orders;
}

/**
 * The dates of a column read one at a time (a CSV file streamed) that tell its order: the first
 * of each kind, which is all `numericDateOrderOf` and `unsettledNumericDate` look at, so that a
 * file of a million dates keeps four.
 */
export class NumericDateEvidence<Place> {
  readonly #kept: { readonly date: string; readonly place: Place }[] = [];
  readonly #seen = new Set<keyof DateKinds>();

  add(date: string | undefined, place: Place): void {
    const kinds = kindsOf(date);
    if (!kinds) return;
    const firstKinds = (Object.keys(kinds) as (keyof DateKinds)[]).filter((kind) => kinds[kind] && !this.#seen.has(kind));
    if (firstKinds.length === 0) return;
    for (const kind of firstKinds) this.#seen.add(kind);
    this.#kept.push({ date: date!, place });
  }

  /** The dates kept, in the order they came. */
  get dates(): readonly { readonly date: string; readonly place: Place }[] {
    return this.#kept;
  }
}

/**
 * The order a file writes dates with slashes or dashes in, from the dates in it whose day is over
 * 12: `3/13/2024` makes `03/10/2024` in the same column the 10th of March, `13/03/2024` the 3rd
 * of October. Undefined when no date settles it, or when the column holds both orders (each
 * date is then read on its own).
 */
export function numericDateOrderOf(dates: readonly (string | undefined)[]): NumericOrderEvidence | undefined {
  const { monthFirst, dayFirst } = ordersOf(dates);
  if (monthFirst && dayFirst) return undefined;
  return monthFirst ?? dayFirst;
}

/**
 * The first date of a column that only an assumed order can read (`05/12/2026 14:03`): none of
 * its dates shows the order, by a day over 12 or a 12-hour clock. Undefined otherwise.
 */
export function unsettledNumericDate(dates: readonly (string | undefined)[]): AmbiguousNumericDate | undefined {
  const { monthFirst, dayFirst, ambiguous, twelveHourClock } = ordersOf(dates);
  return monthFirst || dayFirst || twelveHourClock ? undefined : ambiguous;
}

/**
 * Time zones of countries that write the day before the month (`05.12.2026`, `05/12/2026`):
 * Kazakhstan, Russia, Central Asia and the Caucasus by name, and all of Europe. A zone left out
 * (the Americas, East Asia) assumes nothing, and an unsettled date stays unread.
 */
const DAY_FIRST_ZONES = new Set([
  'Asia/Almaty', 'Asia/Aqtau', 'Asia/Aqtobe', 'Asia/Atyrau', 'Asia/Oral', 'Asia/Qostanay',
  'Asia/Qyzylorda', 'Asia/Yekaterinburg', 'Asia/Omsk', 'Asia/Novosibirsk', 'Asia/Barnaul',
  'Asia/Tomsk', 'Asia/Novokuznetsk', 'Asia/Krasnoyarsk', 'Asia/Irkutsk', 'Asia/Chita',
  'Asia/Yakutsk', 'Asia/Khandyga', 'Asia/Vladivostok', 'Asia/Ust-Nera', 'Asia/Magadan',
  'Asia/Sakhalin', 'Asia/Srednekolymsk', 'Asia/Kamchatka', 'Asia/Anadyr', 'Asia/Bishkek',
  'Asia/Tashkent', 'Asia/Samarkand', 'Asia/Dushanbe', 'Asia/Ashgabat', 'Asia/Baku',
  'Asia/Tbilisi', 'Asia/Yerevan',
]);

/** Whether people in the project's zone write the day first, so that it may settle the order. */
export function isDayFirstZone(timezone: string): boolean {
  return DAY_FIRST_ZONES.has(timezone) || timezone.startsWith('Europe/');
}
