import type { Project } from '../project/project.js';
import type { Store } from '../store/store.js';

const DAY_MS = 86_400_000;

/** Prints one line of what retention removed, as the command's other output goes. */
export type RetentionReport = (line: string) => void;

export const PRINT_RETENTION: RetentionReport = (line) => process.stdout.write(`${line}\n`);

/**
 * Removes the text of social posts past the project's retention limit (`privacy.retentionDays`,
 * counted from each post's time), with their search entries; analysis results and aggregates
 * stay. Every command that writes to the store applies it, and long-running ones once a day, so
 * that the limit holds without anyone remembering to run a command. `report` gets a line when
 * texts were removed.
 */
export function enforceRetention(store: Store, project: Project, report: RetentionReport): void {
  const days = project.privacy.retentionDays;
  const { textsRemoved } = store.applyRetention(new Date(), days);
  if (textsRemoved === 0) return;
  const [posts, their] = textsRemoved === 1 ? ['social post', 'its'] : ['social posts', 'their'];
  report(`retention: removed the text of ${textsRemoved} ${posts} older than ${days} days ` +
    `(privacy.retentionDays); ${their} analysis and counts stay`);
}

/**
 * Applies the limit now and then once a day, for processes that keep running (`serve`,
 * `collect --watch`). Returns what stops the daily run.
 */
export function enforceRetentionDaily(store: Store, project: Project, report: RetentionReport): () => void {
  enforceRetention(store, project, report);
  const timer = setInterval(() => enforceRetention(store, project, report), DAY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
