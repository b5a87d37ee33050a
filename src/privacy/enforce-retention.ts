import type { Project } from '../project/project.js';
import type { RetentionResult, Store } from '../store/store.js';

/**
 * Removes the text of social posts past the project's retention limit (`privacy.retentionDays`,
 * counted from each post's time), with their search entries; analysis results and aggregates
 * stay. Every command that writes to the store applies it, and a server once a day, so that
 * the limit holds without anyone remembering to run a command.
 */
export function enforceRetention(store: Store, project: Project, now: Date = new Date()): RetentionResult {
  return store.applyRetention(now, project.privacy.retentionDays);
}

/** The line a command prints after removing texts, or null when none was removed. */
export function retentionLine(result: RetentionResult, project: Project): string | null {
  if (result.textsRemoved === 0) return null;
  const posts = result.textsRemoved === 1 ? 'social post' : 'social posts';
  return `retention: removed the text of ${result.textsRemoved} ${posts} older than ` +
    `${project.privacy.retentionDays} days (privacy.retentionDays); their analysis and counts stay`;
}

const DAY_MS = 86_400_000;

/**
 * Applies the limit now and then once a day, for processes that keep running (`serve`,
 * `collect --watch`); `report` gets each removal's line. Returns what stops the daily run.
 */
export function enforceRetentionDaily(store: Store, project: Project, report: (line: string) => void): () => void {
  const apply = (): void => {
    const line = retentionLine(enforceRetention(store, project), project);
    if (line !== null) report(line);
  };
  apply();
  const timer = setInterval(apply, DAY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
