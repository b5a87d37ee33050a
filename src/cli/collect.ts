import type { Command } from 'commander';

import { Fetcher } from '../collect/fetcher/fetcher.js';
import type { SourceRunContext, SourceRunReport } from '../ingest/collect-source.js';
import { CollectionScheduler, collectOnce, type ScheduledSource } from '../ingest/collection-scheduler.js';
import { liveSourceOf } from '../ingest/live-sources.js';
import { createLogger } from '../log/logger.js';
import type { Project } from '../project/project.js';
import { openCollectionLedger } from '../store/open-collection-ledger.js';
import { enforceRetention, enforceRetentionDaily, PRINT_RETENTION } from '../privacy/enforce-retention.js';
import { describeRemovals } from '../privacy/redaction-tally.js';
import {
  openContext, UsageError, PROJECT_OPTION, PROJECT_OPTION_DEFAULT, PROJECT_OPTION_HELP,
} from './context.js';
import { printableLine } from '../text/printable.js';
import { counted } from './counted.js';
import { printRecordLines } from './record-lines.js';

const DEFAULT_NEAR_DUPLICATE_DAYS = 7;
/** Notes and skips listed per source; the rest are counted. */
const LISTED = 10;

interface CollectOptions {
  readonly project: string;
  readonly once?: boolean;
  readonly watch?: boolean;
  readonly source?: string[];
}

export function registerCollect(program: Command): void {
  program
    .command('collect')
    .description('collect from the project\'s feeds, Telegram channels, YouTube and VK sources')
    .option(PROJECT_OPTION, PROJECT_OPTION_HELP, PROJECT_OPTION_DEFAULT)
    .option('--once', 'run every source once and exit (for cron)')
    .option('--watch', 'keep running, each source on its own interval, until stopped')
    .option('-s, --source <id...>', 'only these sources')
    .action(async (options: CollectOptions) => {
      if (options.once === options.watch) throw new UsageError('collect: give exactly one of --once and --watch');
      const context = await openContext(options.project);
      try {
        const runContext = runContextOf(context.project, context);
        const sources = scheduledSources(context.project, options.source);
        if (options.once) {
          const reports = await collectOnce(sources, runContext);
          reports.forEach((report) => printReport(report));
          enforceRetention(context.store, context.project, PRINT_RETENTION);
          if (reports.some((report) => !report.ok)) process.exitCode = 2;
          return;
        }
        const stopRetention = enforceRetentionDaily(context.store, context.project, PRINT_RETENTION);
        try {
          await watch(sources, runContext);
        } finally {
          stopRetention();
        }
      } finally {
        context.store.close();
      }
    });
}

function runContextOf(project: Project, context: Awaited<ReturnType<typeof openContext>>): SourceRunContext {
  const ledger = openCollectionLedger(context.store);
  if (ledger === null) throw new UsageError('collect: this store keeps no collection ledger; use SQLite or PostgreSQL');
  const settings = project.collect ?? {};
  const fetcher = new Fetcher({
    allowPrivateAddresses: settings.allowPrivateAddresses ?? false,
    ...(settings.userAgent ? { userAgent: settings.userAgent } : {}),
    ...(settings.hostIntervalSeconds !== undefined ? { hostIntervalMs: settings.hostIntervalSeconds * 1000 } : {}),
  });
  return {
    store: context.store,
    ledger,
    gate: context.gate,
    analyzer: context.analyzer,
    fetcher,
    logger: createLogger(),
    timezone: project.timezone,
    secret: project.privacy.secret,
    nearDuplicateDays: settings.nearDuplicateDays ?? DEFAULT_NEAR_DUPLICATE_DAYS,
  };
}

function scheduledSources(project: Project, only: readonly string[] | undefined): ScheduledSource[] {
  const unknown = (only ?? []).filter((id) => !project.sources.some((source) => source.id === id));
  if (unknown.length > 0) throw new UsageError(`collect: no source with id ${unknown.join(', ')} in the project`);

  const scheduled: ScheduledSource[] = [];
  for (const source of project.sources) {
    if (only && !only.includes(source.id)) continue;
    const live = liveSourceOf(source, project.collect ?? {}, process.env);
    if (live) scheduled.push({ source: live, intervalMinutes: source.intervalMinutes });
  }
  if (scheduled.length === 0) {
    throw new UsageError('collect: the project has no feed, telegram, youtube or vk source; files are read with tyndau import');
  }
  return scheduled;
}

async function watch(sources: readonly ScheduledSource[], context: SourceRunContext): Promise<void> {
  const scheduler = new CollectionScheduler(sources, context, (report) => printReport(report));
  scheduler.start();
  await new Promise<void>((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await scheduler.stop();
}

function printReport(report: SourceRunReport, out: NodeJS.WritableStream = process.stdout): void {
  if (!report.ok) {
    out.write(`${printableLine(report.sourceId)}: failed: ${printableLine(report.error ?? '')}\n`);
    return;
  }
  out.write(
    `${printableLine(report.sourceId)}: ${report.posts} read, ${report.inserted} new, ` +
      `${counted(report.nearDuplicates, 'near duplicate')}, ${report.skipped.length} skipped\n`,
  );
  const removed = describeRemovals(report.removed);
  if (removed !== '') out.write(`  privacy gate: personal data removed (${removed})\n`);
  printRecordLines(report.skipped, report.notes, out, LISTED);
}
