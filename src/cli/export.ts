import { writeFileSync } from 'node:fs';
import { dirname, extname } from 'node:path';
import type { Command } from 'commander';

import { csvForSpreadsheet, exportAggregates } from '../report/index.js';
import { aggregatesWorkbook } from '../report/export-aggregates-xlsx.js';
import {
  UsageError, openProject, openExistingStore, PROJECT_OPTION, PROJECT_OPTION_DEFAULT, PROJECT_OPTION_HELP,
} from './context.js';
import { parseReportLanguage } from './report-language.js';
import { counted } from './counted.js';
import { makeFolder } from '../make-folder.js';
import { outsideStoredDaysSaid } from '../server/api/period.js';
import { outsideStoredDays, outsideStoredDaysNote } from './period.js';

export type ExportFormat = 'csv' | 'xlsx';

/** The digest's shares are corrected and the export's counts are not: said where the file is. */
const SENTIMENT_COLUMNS_NOTE = 'negative, neutral and positive count posts as the classifier labelled them; ' +
  'the sentiment shares of the digest and the dashboard are corrected for its errors (an .xlsx says so in its notes sheet)\n';

/**
 * The format `--out` names by its extension: `.xlsx` is an Excel workbook, `.csv`, `.txt`, none
 * and `-` (standard output) are CSV. Any other extension (`.json`, `.xls`, `.ods`, `.tsv`) is
 * refused: the CSV written under that name would open as a broken file of the named kind.
 */
export function exportFormat(out: string): ExportFormat {
  if (out === '-') return 'csv';
  const extension = extname(out).toLowerCase();
  if (extension === '.xlsx') return 'xlsx';
  if (extension === '' || extension === '.csv' || extension === '.txt') return 'csv';
  throw new UsageError(
    `export: cannot write ${JSON.stringify(extension)}; --out names a .csv file, an Excel .xlsx workbook or - (standard output)`,
  );
}

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('export aggregates as CSV or an Excel workbook (per day and period × dimension × sentiment; minimum group size applied)')
    .option(PROJECT_OPTION, PROJECT_OPTION_HELP, PROJECT_OPTION_DEFAULT)
    .requiredOption('--out <file>', 'file to write: .csv, .xlsx (a workbook of the same rows) or "-" for CSV on standard output')
    .option('--from <day>', 'first day, YYYY-MM-DD (default: the first stored day)')
    .option('--to <day>', 'last day, YYYY-MM-DD, included (default: the last stored day, which may be the import day of undated posts)')
    .option('--language <code>', 'language of the label column: ru, kk or en (default: the project\'s language)')
    .action(async (options: { project: string; out: string; from?: string; to?: string; language?: string }) => {
      const format = exportFormat(options.out);
      const language = parseReportLanguage(options.language);
      const project = await openProject(options.project);
      const store = openExistingStore(project);
      try {
        const csv = exportAggregates({ store, project, from: options.from, to: options.to, language });
        const outside = outsideStoredDaysNote(store, options) ?? '';
        if (options.out === '-') {
          process.stdout.write(csv);
          process.stderr.write(outside);
          return;
        }
        // The workbook's notes sheet opens with the period's note, as the API's workbook does.
        const notesLanguage = language ?? project.reportLanguage;
        const outsideDays = outsideStoredDays(store, options);
        const periodNote = outsideDays && outsideStoredDaysSaid(outsideDays.span, outsideDays.stored)[notesLanguage];
        const notes = { language: notesLanguage, minGroupSize: project.privacy.minGroupSize, periodNote: periodNote ?? undefined };
        // A folder not made yet is made, as `tyndau report --out` makes its own.
        makeFolder(dirname(options.out));
        writeFileSync(options.out, format === 'xlsx' ? await aggregatesWorkbook(csv, notes) : csvForSpreadsheet(csv));
        const rows = csv.split('\n').filter((line) => line !== '').length - 1;
        process.stdout.write(`wrote ${counted(rows, 'row')} to ${options.out}\n`);
        process.stdout.write(SENTIMENT_COLUMNS_NOTE);
        process.stdout.write(outside);
      } finally {
        store.close();
      }
    });
}
