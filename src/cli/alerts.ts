import type { Command } from 'commander';

import { districtNamesOf } from '../alerts/district-words.js';
import { replayAlerts, type AlertReplay } from '../alerts/replay-alerts.js';
import { alertLine } from '../delivery/alert-message.js';
import type { Project, ReportLanguage } from '../project/project.js';
import type { DatedPostReader } from '../store/dated-posts.js';
import type { Store } from '../store/store.js';
import {
  openExistingStore, openProject, UsageError, PROJECT_OPTION, PROJECT_OPTION_DEFAULT, PROJECT_OPTION_HELP,
} from './context.js';
import { lastDays, outsideStoredDaysNote, undatedDaysNote } from './period.js';
import { parseReportLanguage } from './report-language.js';
import { AlertReplayLines } from './alert-replay-lines.js';

interface AlertsOptions {
  readonly project: string;
  readonly from?: string;
  readonly to?: string;
  readonly language?: string;
  readonly json?: boolean;
}

const DEFAULT_DAYS = 30;

export function registerAlerts(program: Command): void {
  program
    .command('alerts')
    .description('replay the daily alerts over past days, as the schedule would have fired them, without recording them')
    .option(PROJECT_OPTION, PROJECT_OPTION_HELP, PROJECT_OPTION_DEFAULT)
    .option('--from <day>', `first day, YYYY-MM-DD (default: ${DEFAULT_DAYS} days ending on the last day with a dated post)`)
    .option('--to <day>', 'last day, YYYY-MM-DD, included (default: the last day with a dated post)')
    .option('--language <code>', 'ru, kk or en for each alert\'s line, its title and figures (default: the project\'s language)')
    .option('--json', 'print the replay as JSON, with each alert\'s figures, top terms and redacted excerpts')
    .action(async (options: AlertsOptions) => {
      const project = await openProject(options.project);
      const language = parseReportLanguage(options.language) ?? project.reportLanguage;
      const store = openExistingStore(project);
      try {
        const period = lastDays(store, options, DEFAULT_DAYS, 'alerts');
        const replay = replayAlerts(datedReader(store), period, project.privacy.minGroupSize, districtNamesOf(project));
        process.stdout.write(options.json ? `${JSON.stringify(replay, null, 2)}\n` : describeReplay(replay, project, language));
        const notes = (undatedDaysNote(store, options, period) ?? '') + (outsideStoredDaysNote(store, period) ?? '');
        (options.json ? process.stderr : process.stdout).write(notes);
      } finally {
        store.close();
      }
    });
}

function datedReader(store: Store): DatedPostReader {
  const reader = store as Store & Partial<DatedPostReader>;
  if (!reader.readDatedCounts || !reader.readDatedPosts) throw new UsageError('alerts: this store cannot read dated counts');
  return reader as Store & DatedPostReader;
}


function describeReplay(replay: AlertReplay, project: Project, language: ReportLanguage): string {
  const minGroupSize = project.privacy.minGroupSize;
  const words = new AlertReplayLines(language);
  const lines = [words.heading(replay.period.from, replay.period.to)];
  for (const day of replay.days) {
    if (day.silence === 'collection-gap') lines.push(`  ${words.gap(day.day)}`);
    for (const alert of day.fired) {
      lines.push(`  ${alertLine(alert, project, language)}`);
    }
    // A burst of a few texts each posted twice passed the screening and fired nothing, and the
    // replay said only "0 fired": the analyst could not tell it from a calm day.
    if (day.unconfirmed > 0) lines.push(`  ${words.unconfirmed(day.day, day.unconfirmed, minGroupSize)}`);
  }
  lines.push(words.total({
    fired: replay.fired, rateLimited: replay.rateLimited, unconfirmed: replay.unconfirmed,
    gapDays: replay.gapDays, days: replay.days.length,
  }));
  return `${lines.join('\n')}\n`;
}
