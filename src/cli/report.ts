import type { Command } from 'commander';

import { writeDigest } from '../report/index.js';
import type { ReportLanguage } from '../project/project.js';
import { openProject, openExistingStore } from './context.js';
import { lastWeek } from './period.js';

export function registerReport(program: Command): void {
  program
    .command('report')
    .description('write the weekly digest (digest.md and a self-contained digest.html) for a period')
    .requiredOption('-p, --project <file>', 'project file (tyndau.yaml)')
    .option('--from <day>', 'first day, YYYY-MM-DD (default: 7 days ending on the last day with a dated post)')
    .option('--to <day>', 'last day, YYYY-MM-DD, included')
    .option('--out <dir>', 'folder for the digest files', 'digest')
    .option('--language <code>', 'ru, kk or en (default: the project\'s language)')
    .action(async (options: { project: string; from?: string; to?: string; out: string; language?: string }) => {
      const project = await openProject(options.project);
      const store = openExistingStore(project);
      try {
        const period = options.from && options.to ? { from: options.from, to: options.to } : lastWeek(store, options);
        const files = await writeDigest({
          store,
          project,
          from: period.from,
          to: period.to,
          outDir: options.out,
          language: parseLanguage(options.language) ?? project.reportLanguage,
        });
        process.stdout.write(`digest ${period.from} … ${period.to}:\n  ${files.markdownPath}\n  ${files.htmlPath}\n`);
      } finally {
        store.close();
      }
    });
}

function parseLanguage(value: string | undefined): ReportLanguage | undefined {
  if (value === undefined) return undefined;
  if (value === 'ru' || value === 'kk' || value === 'en') return value;
  throw new Error(`--language "${value}" is not one of ru, kk, en`);
}
