/**
 * Days are the project's local calendar days, written `YYYY-MM-DD`. A range includes both ends.
 */
export interface DayRange {
  readonly from: string;
  readonly to: string;
}

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Throws unless `day` is a real calendar day written `YYYY-MM-DD`; `what` names it in the error. */
export function assertDay(day: string, what: string): void {
  const match = DAY_PATTERN.exec(day);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (!date || date.toISOString().slice(0, 10) !== day) {
    throw new Error(`${what} "${day}" is not a day; write it as YYYY-MM-DD, e.g. 2024-11-12`);
  }
}

/** Throws unless both ends are days and `from` is not after `to`. */
export function assertDayRange(range: DayRange, what: string): void {
  assertDay(range.from, `${what}: from`);
  assertDay(range.to, `${what}: to`);
  if (range.from > range.to) {
    throw new Error(`${what}: from ${range.from} is after to ${range.to}; swap them`);
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
