import type { Platform } from '../collect/raw-post.js';
import type { CollectionLedger, SourceRun } from '../store/collection-ledger.js';
import { LocalDayCalendar } from '../store/local-day.js';
import { allowedWaitMs, findOutages, type HealthSource, type Outage } from './collection-outages.js';

export type { HealthSource } from './collection-outages.js';

/** A stretch with no successful run for longer than the source's schedule allows. */
export type CollectionGap = Outage;

export type SourceCondition = 'ok' | 'failing' | 'late' | 'never-collected';

export interface SourceHealth {
  readonly sourceId: string;
  readonly kind: string;
  readonly platform: Platform | null;
  readonly condition: SourceCondition;
  readonly lastSuccessAt: Date | null;
  readonly lastAttemptAt: Date | null;
  readonly errorStreak: number;
  readonly lastError: string | null;
  /** New posts per local day over the window, days in order, empty days included. */
  readonly postsPerDay: readonly { readonly day: string; readonly posts: number }[];
  readonly gaps: readonly CollectionGap[];
}

const DAY_MS = 86_400_000;

/**
 * Collection health per source over the last `days`: last success, error streak, new posts per
 * day, and gaps, the stretches with no successful run for over twice the source's interval.
 * Figures are collection volume only, never what was said.
 */
export function collectionHealth(
  ledger: CollectionLedger,
  sources: readonly HealthSource[],
  now: Date,
  days: number,
  timezone: string,
): SourceHealth[] {
  const since = new Date(now.getTime() - days * DAY_MS);
  const runs = ledger.readSourceRuns(since);
  const calendar = new LocalDayCalendar(timezone);
  const dayList = daysBetween(since, now, calendar);

  return sources.map((source) => {
    const state = ledger.readSourceState(source.id);
    const own = runs.filter((run) => run.sourceId === source.id);
    const history = ledger.readSourceHistory(source.id, since);
    const gaps = findOutages(own, history, { start: since, end: now }, allowedWaitMs(source.intervalMinutes));
    return {
      sourceId: source.id,
      kind: source.kind,
      platform: state?.platform ?? null,
      condition: conditionOf(state?.lastSuccessAt ?? null, state?.errorStreak ?? 0, gaps),
      lastSuccessAt: state?.lastSuccessAt ?? null,
      lastAttemptAt: state?.lastAttemptAt ?? null,
      errorStreak: state?.errorStreak ?? 0,
      lastError: state?.lastError ?? null,
      postsPerDay: postsPerDay(own, dayList, calendar),
      gaps,
    };
  });
}

function conditionOf(lastSuccess: Date | null, errorStreak: number, gaps: readonly CollectionGap[]): SourceCondition {
  if (lastSuccess === null) return errorStreak > 0 ? 'failing' : 'never-collected';
  if (errorStreak > 0) return 'failing';
  return gaps.some((gap) => gap.ongoing) ? 'late' : 'ok';
}

function postsPerDay(runs: readonly SourceRun[], days: readonly string[], calendar: LocalDayCalendar): { day: string; posts: number }[] {
  const counts = new Map(days.map((day) => [day, 0]));
  for (const run of runs) {
    const day = calendar.dayOf(run.finishedAt);
    if (counts.has(day)) counts.set(day, counts.get(day)! + run.inserted);
  }
  return [...counts].map(([day, posts]) => ({ day, posts }));
}

function daysBetween(since: Date, now: Date, calendar: LocalDayCalendar): string[] {
  const days: string[] = [];
  for (let time = since.getTime(); time <= now.getTime() + DAY_MS; time += DAY_MS) {
    const day = calendar.dayOf(new Date(Math.min(time, now.getTime())));
    if (days.at(-1) !== day) days.push(day);
  }
  return days;
}
