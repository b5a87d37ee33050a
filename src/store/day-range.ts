/**
 * Days are the project's local calendar days, written `YYYY-MM-DD`. A range includes both ends.
 */
export interface DayRange {
  readonly from: string;
  readonly to: string;
}

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/**
 * The years a period may name. The date readers refuse posts dated outside them, and a period far
 * beyond them (`1000-01-01..2999-12-31`) would have a previous period before year 1 and cost
 * minutes of empty days.
 */
export const FIRST_PERIOD_YEAR = 1990;
export const LAST_PERIOD_YEAR = 2100;

/** Throws unless `day` is a real calendar day written `YYYY-MM-DD`; `what` names it in the error. */
export function assertDay(day: string, what: string): void {
  if (!isCalendarDay(day)) {
    throw new Error(`${what} "${day}" is not a day; write it as YYYY-MM-DD, e.g. 2024-11-12`);
  }
}

function isCalendarDay(day: string): boolean {
  const match = DAY_PATTERN.exec(day);
  if (!match) return false;
  // setUTCFullYear, unlike Date.UTC, does not read years 0–99 as 1900–1999.
  const date = new Date(0);
  date.setUTCFullYear(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return date.toISOString().slice(0, 10) === day;
}

/** Throws unless both ends are days and `from` is not after `to`. */
export function assertDayRange(range: DayRange, what: string): void {
  assertDay(range.from, `${what}: from`);
  assertDay(range.to, `${what}: to`);
  if (range.from > range.to) {
    throw new Error(`${what}: from ${range.from} is after to ${range.to}; swap them`);
  }
}

/**
 * Throws unless both ends are days within the period years and `from` is not after `to`: the check
 * for a period a user asked for, before any range derived from it is read.
 */
export function assertPeriod(range: DayRange, what: string): void {
  assertPeriodEnds(range, what);
}

/** What is wrong with a period a user asked for, for saying it in the user's language. */
export type PeriodProblem =
  | { readonly code: 'not-a-day' | 'outside-years'; readonly end: 'from' | 'to'; readonly day: string }
  | { readonly code: 'reversed'; readonly from: string; readonly to: string }
  | { readonly code: 'too-long'; readonly from: string; readonly to: string; readonly days: number; readonly maxDays: number };

/** A period a user asked for that cannot be read; the message is English, `problem` says why. */
export class PeriodError extends Error {
  constructor(readonly problem: PeriodProblem, message: string) {
    super(message);
    this.name = 'PeriodError';
  }
}

/** As `assertPeriod`, for a range whose ends may each be left open. */
export function assertPeriodEnds(range: Partial<DayRange>, what: string): void {
  for (const [end, day] of [['from', range.from], ['to', range.to]] as const) {
    if (day === undefined) continue;
    if (!isCalendarDay(day)) {
      throw new PeriodError({ code: 'not-a-day', end, day },
        `${what}: ${end} "${day}" is not a day; write it as YYYY-MM-DD, e.g. 2024-11-12`);
    }
    const year = Number(day.slice(0, 4));
    if (year < FIRST_PERIOD_YEAR || year > LAST_PERIOD_YEAR) {
      throw new PeriodError({ code: 'outside-years', end, day },
        `${what}: ${end} ${day} is outside the years ${FIRST_PERIOD_YEAR}–${LAST_PERIOD_YEAR} that posts can carry`);
    }
  }
  if (range.from !== undefined && range.to !== undefined && range.from > range.to) {
    throw new PeriodError({ code: 'reversed', from: range.from, to: range.to },
      `${what}: from ${range.from} is after to ${range.to}; swap them`);
  }
}

/** The day `count` days after `day` (before, when negative). */
export function addDays(day: string, count: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + count * DAY_MS).toISOString().slice(0, 10);
}

/** Number of days in the range, both ends included. */
export function dayCount(range: DayRange): number {
  return Math.round((Date.parse(`${range.to}T00:00:00Z`) - Date.parse(`${range.from}T00:00:00Z`)) / DAY_MS) + 1;
}

/** Every day of the range in order. */
export function daysOf(range: DayRange): string[] {
  const days: string[] = [];
  for (let day = range.from; day <= range.to; day = addDays(day, 1)) days.push(day);
  return days;
}

/** The period of equal length that ends the day before `range` starts. */
export function previousPeriod(range: DayRange): DayRange {
  const length = dayCount(range);
  return { from: addDays(range.from, -length), to: addDays(range.from, -1) };
}
