/**
 * Alerts replayed over past days, as the daily schedule would have fired them: one run a day in
 * order, with the same cooldown and daily limit, against a history kept in memory so that the
 * project's real alert history is neither read nor written. An analyst sees how often alerts
 * would have come and about what before switching them on, or after a taxonomy change.
 */
import { openStateDatabase } from '../state/state-database.js';
import { addDays, dayCount, daysOf, type DayRange } from '../store/day-range.js';
import type { DatedPostReader } from '../store/dated-posts.js';
import { AlertHistory, type StoredAlert } from './alert-history.js';
import { runAlerts } from './run-alerts.js';

export interface ReplayedDay {
  readonly day: string;
  readonly fired: readonly StoredAlert[];
  readonly rateLimited: number;
  /** Keys that passed screening but neither a spike's nor a campaign's confirmation. */
  readonly unconfirmed: number;
  /** A day with a collection gap judges nothing, so a replay never reads a gap as calm. */
  readonly silence: 'collection-gap' | null;
}

export interface AlertReplay {
  readonly period: DayRange;
  readonly days: readonly ReplayedDay[];
  readonly fired: number;
  readonly rateLimited: number;
  readonly unconfirmed: number;
  readonly gapDays: number;
}

/** Longest replay: a year of daily runs reads the baseline weeks of every day again. */
export const MAX_REPLAY_DAYS = 366;

/** `districtNames`: each district's names by id (`districtNamesOf`), left out of its alerts' top terms. */
export function replayAlerts(
  store: DatedPostReader,
  period: DayRange,
  minGroupSize: number,
  districtNames?: ReadonlyMap<string, readonly string[]>,
): AlertReplay {
  const length = dayCount(period);
  if (length > MAX_REPLAY_DAYS) {
    throw new Error(`alert replay: ${period.from} … ${period.to} is ${length} days; replay at most ${MAX_REPLAY_DAYS} at a time`);
  }
  const database = openStateDatabase(':memory:');
  try {
    const history = new AlertHistory(database);
    const days: ReplayedDay[] = [];
    for (const day of daysOf(period)) {
      // Fired at the start of the next day, when the schedule judges the day that ended.
      const run = runAlerts(store, { day, minGroupSize, districtNames, history, now: new Date(`${addDays(day, 1)}T00:00:00Z`) });
      days.push({
        day, fired: run.fired, rateLimited: run.rateLimited, unconfirmed: run.findings.unconfirmed,
        silence: run.findings.silence,
      });
    }
    return {
      period,
      days,
      fired: sum(days, (entry) => entry.fired.length),
      rateLimited: sum(days, (entry) => entry.rateLimited),
      unconfirmed: sum(days, (entry) => entry.unconfirmed),
      gapDays: days.filter((entry) => entry.silence !== null).length,
    };
  } finally {
    database.close();
  }
}

function sum(days: readonly ReplayedDay[], count: (day: ReplayedDay) => number): number {
  return days.reduce((total, day) => total + count(day), 0);
}
