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

function ordersOf(dates: readonly (string | undefined)[]): ColumnOrders {
  const orders: ColumnOrders = { twelveHourClock: false };
  dates.forEach((date, index) => {
    const match = date === undefined ? null : SLASHED_DATE.exec(DATE_PART.exec(date)?.[1] ?? '');
    if (!match) return;
    const [first, second] = [Number(match[1]), Number(match[3])];
    if (first > 12 && second <= 12) orders.dayFirst ??= { order: 'day-first', index, example: date! };
    if (second > 12 && first <= 12) orders.monthFirst ??= { order: 'month-first', index, example: date! };
    if (first <= 12 && second <= 12 && first !== second) orders.ambiguous ??= { index, example: date! };
    if (TWELVE_HOUR_CLOCK.test(date!)) orders.twelveHourClock = true;
  });
  return orders;
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
