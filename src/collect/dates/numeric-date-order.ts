import { SLASHED_DATE, type NumericDateOrder } from './parse-date.js';

/** What a column of dates shows about the order of `03/10/2024`, and the date that showed it. */
export interface NumericOrderEvidence {
  readonly order: NumericDateOrder;
  /** Index of the first date whose parts could only be read in this order. */
  readonly index: number;
  readonly example: string;
}

const DATE_PART = /^\s*(\S+)/;

/**
 * The order a file writes dates with slashes or dashes in, from the dates in it whose day is over
 * 12: `3/13/2024` makes `03/10/2024` in the same column the 10th of March, `13/03/2024` the 3rd
 * of October. Undefined when no date settles it, or when the column holds both orders (each
 * date is then read on its own).
 */
export function numericDateOrderOf(dates: readonly (string | undefined)[]): NumericOrderEvidence | undefined {
  let monthFirst: NumericOrderEvidence | undefined;
  let dayFirst: NumericOrderEvidence | undefined;

  dates.forEach((date, index) => {
    const match = date === undefined ? null : SLASHED_DATE.exec(DATE_PART.exec(date)?.[1] ?? '');
    if (!match) return;
    const [first, second] = [Number(match[1]), Number(match[3])];
    if (first > 12 && second <= 12) dayFirst ??= { order: 'day-first', index, example: date! };
    if (second > 12 && first <= 12) monthFirst ??= { order: 'month-first', index, example: date! };
  });
  if (monthFirst && dayFirst) return undefined;
  return monthFirst ?? dayFirst;
}
