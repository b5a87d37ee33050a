import type { Command } from 'commander';

import { collectionHealth, type SourceHealth } from '../insight/collection-health.js';
import { localIsoTimeFormat } from '../store/local-time.js';
import { openCollectionLedger } from '../store/open-collection-ledger.js';
import {
  openProject, openStore, UsageError, PROJECT_OPTION, PROJECT_OPTION_DEFAULT, PROJECT_OPTION_HELP,
} from './context.js';
import { printable } from '../text/printable.js';
import { parseWholeNumber } from '../text/whole-number.js';

/** The longest window `status` looks back over: a year. */
const MAX_STATUS_DAYS = 366;

export function registerStatus(program: Command): void {
  program
    .command('status')
    .description('collection health per source: last success, error streak, posts per day, gaps')
    .option(PROJECT_OPTION, PROJECT_OPTION_HELP, PROJECT_OPTION_DEFAULT)
    .option('--days <n>', 'days to look back, 1 to 366', '7')
    .option('--json', 'print JSON instead of text')
    .action(async (options: { project: string; days: string; json?: boolean }) => {
      const days = parseWholeNumber(options.days);
      // A window past the dates a clock can hold listed no day at all, and a very long one took
      // minutes to print a row per day.
      if (days === null || days < 1 || days > MAX_STATUS_DAYS) {
        throw new UsageError(`status: --days "${options.days}" must be a whole number from 1 to ${MAX_STATUS_DAYS}`);
      }
      const project = await openProject(options.project);
      const sources = project.sources.filter((source) => source.kind !== 'files');
      // Opening a SQLite store makes its file: status on a project with nothing to follow left an
      // empty store behind, and search and report then answered "0 posts" instead of "import first".
      if (sources.length === 0) {
        process.stdout.write(options.json ? '[]\n' : noLiveSources(options.project));
        return;
      }
      const store = openStore(project);
      try {
        const ledger = openCollectionLedger(store);
        if (ledger === null) throw new UsageError('status: this store keeps no collection ledger; use SQLite or PostgreSQL');
        const health = collectionHealth(ledger, sources, new Date(), days, project.timezone);
        if (options.json) process.stdout.write(`${JSON.stringify(health, null, 2)}\n`);
        else process.stdout.write(health.map((source) => describeSourceHealth(source, project.timezone)).join(''));
        if (health.some((source) => source.condition !== 'ok')) process.exitCode = 2;
      } finally {
        store.close();
      }
    });
}

/**
 * One source's health as lines, its times on the project's clock with the offset written out
 * ("2026-12-06T06:55:49+05:00"): an operator in Almaty read the UTC "01:55:49Z" as a run at
 * night, five hours before it happened.
 */
export function describeSourceHealth(source: SourceHealth, timezone: string): string {
  const onClock = localIsoTimeFormat(timezone);
  const lines = [
    `${printable(source.sourceId)} (${source.kind}): ${source.condition}`,
    `  last success: ${source.lastSuccessAt ? onClock(source.lastSuccessAt) : 'never'}`,
  ];
  if (source.errorStreak > 0) lines.push(`  error streak: ${source.errorStreak}; last error: ${printable(source.lastError ?? '')}`);
  lines.push(`  new posts per day: ${source.postsPerDay.map((day) => `${day.day.slice(5)} ${day.posts}`).join(', ')}`);
  for (const gap of source.gaps) {
    const until = gap.ongoing ? 'now' : onClock(gap.to);
    lines.push(`  gap: ${onClock(gap.from)} to ${until} (${gap.failedRuns} failed runs)`);
  }
  return `${lines.join('\n')}\n`;
}

// A project that only imports files has nothing to report here; silence read as a failure.
function noLiveSources(projectPath: string): string {
  return `no live sources in ${printable(projectPath)}: status follows the feeds, Telegram channels, ` +
    'YouTube and VK sources listed under sources: (docs/sources.md); imported files are counted on ' +
    "the dashboard's collection health page\n";
}
