/**
 * Publication times for texts whose corpora carry none. They are made up, openly: spread evenly
 * over the days of a fixed eight-week window and over the hours of the day the way city chats
 * and news sites are busy, from a seeded generator. A share of the records gets no date at all,
 * as some real feeds and spreadsheets have none, so that first-seen dating shows in the demo.
 */
import type { SeededRandom } from './random.js';

/**
 * Eight weeks of Almaty days (UTC+5), Monday 6 October to Sunday 30 November 2025: the window
 * starts and ends at local midnight.
 */
export const WINDOW_START = new Date('2025-10-06T00:00:00+05:00');
export const WINDOW_DAYS = 56;
export const WINDOW_END = new Date(WINDOW_START.getTime() + WINDOW_DAYS * 86_400_000);

/**
 * Relative activity per local hour 0–23: quiet at night, rising in the morning, busiest in the
 * evening. A rough shape, not a measurement; it only keeps 4 a.m. from being as busy as 8 p.m.
 */
const HOURLY_ACTIVITY = [
  2, 1, 1, 1, 1, 2, 4, 6, 8, 9, 9, 9, 10, 9, 9, 9, 9, 10, 11, 12, 12, 11, 8, 4,
];

export class DateAssigner {
  readonly #random: SeededRandom;

  constructor(random: SeededRandom) {
    this.#random = random;
  }

  /** A time inside the window, or undefined with probability `undatedShare`. */
  next(undatedShare = 0): Date | undefined {
    if (undatedShare > 0 && this.#random.next() < undatedShare) return undefined;

    const day = this.#random.below(WINDOW_DAYS);
    const localHour = this.#random.weighted(HOURLY_ACTIVITY);
    const second = this.#random.below(3600);
    // The window starts at local midnight, so hours counted from it are local hours.
    const hours = day * 24 + localHour;
    return new Date(WINDOW_START.getTime() + hours * 3_600_000 + second * 1000);
  }
}
