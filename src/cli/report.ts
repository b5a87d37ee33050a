import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import type { Command } from 'commander';

import { renderDigestPdf } from '../report/digest-pdf.js';
import { writeDigest } from '../report/index.js';
import { assertPrintablePeriod, DIGEST_PDF } from '../report/publish-digest.js';
import {
  openProject, openExistingStore, PROJECT_OPTION, PROJECT_OPTION_DEFAULT, PROJECT_OPTION_HELP,
} from './context.js';
import { lastWeek, outsideStoredDaysNote, undatedDaysNote } from './period.js';
import { parseReportLanguage } from './report-language.js';

export function registerReport(program: Command): void {
  program
    .command('report')
    .description('write the weekly digest (digest.md, a self-contained digest.html and, with --pdf, digest.pdf) for a period')
    .option(PROJECT_OPTION, PROJECT_OPTION_HELP, PROJECT_OPTION_DEFAULT)
    .option('--from <day>', 'first day, YYYY-MM-DD (default: 7 days ending on the last day with a dated post)')
    .option('--to <day>', 'last day, YYYY-MM-DD, included (default: the last day with a dated post)')
    .option('--out <dir>', 'folder for the digest files', 'digest')
    .option('--language <code>', 'ru, kk or en (default: the project\'s language)')
    .option('--pdf', 'also print the digest to an A4 digest.pdf, for a period of at most 366 days (needs Chromium: scripts/setup-machine.sh)')
    .action(async (options: ReportOptions) => {
      const project = await openProject(options.project);
      const store = openExistingStore(project);
      try {
        const period = lastWeek(store, options);
        // Refused before anything is written: Chromium took a minute over 1990-2100 and failed
        // with its own "Printing failed", leaving a digest without its PDF.
        if (options.pdf) assertPrintablePeriod(period);

        const files = await writeDigest({
          store,
          project,
          from: period.from,
          to: period.to,
          outDir: options.out,
          language: parseReportLanguage(options.language) ?? project.reportLanguage,
        });
        const written = [files.markdownPath, files.htmlPath];
        if (options.pdf) written.push(await writePdf(files.htmlPath, options.out));
        process.stdout.write(`digest ${period.from} … ${period.to}:\n${written.map((path) => `  ${path}\n`).join('')}`);
        process.stdout.write(undatedDaysNote(store, options, period) ?? '');
        process.stdout.write(outsideStoredDaysNote(store, period) ?? '');
      } finally {
        store.close();
      }
    });
}

interface ReportOptions {
  readonly project: string;
  readonly from?: string;
  readonly to?: string;
  readonly out: string;
  readonly language?: string;
  readonly pdf?: boolean;
}

/** The same A4 print the scheduled digest e-mails carry, beside the HTML it is printed from. */
async function writePdf(htmlPath: string, outDir: string): Promise<string> {
  const pdfPath = join(outDir, DIGEST_PDF);
  await writeFile(pdfPath, await renderDigestPdf(await readFile(htmlPath, 'utf8')));
  return pdfPath;
}
