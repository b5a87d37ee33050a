import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';

import { csvForSpreadsheet, exportAggregates } from '../report/index.js';
import { openProject, openStore } from './context.js';

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('export aggregates as CSV (per day and period × dimension × sentiment; minimum group size applied)')
    .requiredOption('-p, --project <file>', 'project file (tyndau.yaml)')
    .requiredOption('--out <file>', 'CSV file to write ("-" for standard output)')
    .option('--from <day>', 'first day, YYYY-MM-DD')
    .option('--to <day>', 'last day, YYYY-MM-DD, included')
    .action(async (options: { project: string; out: string; from?: string; to?: string }) => {
      const project = await openProject(options.project);
      const store = openStore(project);
      try {
        const csv = exportAggregates({ store, project, from: options.from, to: options.to });
        if (options.out === '-') {
          process.stdout.write(csv);
          return;
        }
        writeFileSync(options.out, csvForSpreadsheet(csv));
        const rows = csv.split('\n').filter((line) => line !== '').length - 1;
        process.stdout.write(`wrote ${rows} rows to ${options.out}\n`);
      } finally {
        store.close();
      }
    });
}
