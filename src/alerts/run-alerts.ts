/**
 * One day's alert run: detect, rate-limit, record. Re-running a day fires nothing twice, and a
 * key that fired in the last few days stays quiet unless its count has since doubled.
 */
import { addDays } from '../store/day-range.js';
import type { DatedPostReader } from '../store/dated-posts.js';
import { targetKey, type Alert } from './alert.js';
import type { AlertHistory, StoredAlert } from './alert-history.js';
import { detectSpikes, type DayFindings, type SpikeOptions } from './detect-spikes.js';

export interface AlertRunOptions extends SpikeOptions {
  readonly history: AlertHistory;
  /** Days a key stays quiet after it fired; default 3. */
  readonly cooldownDays?: number;
  /** Alerts fired per day at most, the most improbable first; default 5. */
  readonly maxPerDay?: number;
  readonly now?: Date;
}

export interface AlertRun {
  readonly findings: DayFindings;
  readonly fired: readonly StoredAlert[];
  /** Confirmed alerts held back by the cooldown or the daily limit. */
  readonly rateLimited: number;
}

export function runAlerts(store: DatedPostReader, options: AlertRunOptions): AlertRun {
  const findings = detectSpikes(store, options);
  const { history, day } = options;
  const cooldownStart = addDays(day, -(options.cooldownDays ?? 3));
  const room = Math.max(0, (options.maxPerDay ?? 5) - history.onDay(day).length);

  const due = findings.alerts.filter((alert) => {
    const last = history.lastFor(targetKey(alert.target), cooldownStart, day);
    return last === null || (last.day !== day && alert.observed >= 2 * last.observed);
  });
  const chosen = [...due].sort(byImprobability).slice(0, room);
  const firedAt = options.now ?? new Date();
  const fired = chosen.map((alert) => history.record(alert, firedAt));
  return { findings, fired, rateLimited: findings.alerts.length - fired.length };
}

function byImprobability(a: Alert, b: Alert): number {
  return a.pValue - b.pValue || b.zScore - a.zScore;
}
