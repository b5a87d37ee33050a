import { statSync } from 'node:fs';

import type { Command } from 'commander';

import { AnalysisWorkers } from '../ingest/analysis-workers.js';
import { ingestFiles, type IngestSummary } from '../ingest/ingest-files.js';
import { createLogger } from '../log/logger.js';
import { enforceRetention, PRINT_RETENTION } from '../privacy/enforce-retention.js';
import { describeRemovals } from '../privacy/redaction-tally.js';
import {
  openContext, PROJECT_OPTION, PROJECT_OPTION_DEFAULT, PROJECT_OPTION_HELP,
} from './context.js';
import { inputFiles } from './input-files.js';
import { printRecordLines } from './record-lines.js';
import { sourceFiles } from './source-files.js';
import { PARALLEL_FROM_BYTES, WORKERS_HELP, workerCount } from './worker-count.js';
import { printableLine } from '../text/printable.js';
import { counted } from './counted.js';

export function registerImport(program: Command): void {
  program
    .command('import')
    .description('import files (RSS/Atom/JSON Feed, Telegram export in JSON or HTML, YouTube, VK, JSONL, CSV, XLSX), analyse and store them')
    .option(PROJECT_OPTION, PROJECT_OPTION_HELP, PROJECT_OPTION_DEFAULT)
    .option('--workers <n>', WORKERS_HELP)
    .argument('[files...]', 'files to import, - for standard input; the format is detected from the content; ' +
      'none: the files the project\'s sources of kind files name')
    .action(async (named: string[], options: { project: string; workers?: string }) => {
      const context = await openContext(options.project);
      let given: string[];
      try {
        given = named.length > 0 ? named : sourceFiles(context.project.sources);
      } catch (error) {
        context.store.close();
        throw error;
      }
      const { files, folderNotes, release } = await inputFiles(given);
      for (const note of folderNotes) process.stdout.write(`${printableLine(note)}\n`);
      const workers = workerCount(options.workers, inputBytes(files) >= PARALLEL_FROM_BYTES);
      const pool = workers > 0 ? await AnalysisWorkers.start(context.project, workers) : undefined;
      try {
        const summary = await ingestFiles(files, {
          timezone: context.project.timezone,
          gate: context.gate,
          analyzer: context.analyzer,
          processor: pool,
          store: context.store,
          logger: createLogger(),
        });
        printSummary(summary);
        enforceRetention(context.store, context.project, PRINT_RETENTION);
        if (summary.skipped.length > 0 || summary.failedFiles > 0) process.exitCode = 2;
      } finally {
        context.store.close();
        await pool?.close();
        release();
      }
    });
}

function inputBytes(files: readonly string[]): number {
  let total = 0;
  for (const file of files) {
    try {
      total += statSync(file).size;
    } catch {
      // The import reports the file it cannot read.
    }
  }
  return total;
}

/**
 * The gate runs on every post read, before the store finds the ones it already holds, so on a
 * re-import the count covers posts that stored nothing new; say so rather than let it read as news.
 */
function storedBefore(summary: IngestSummary): string {
  if (summary.existing === 0) return '';
  if (summary.inserted === 0) return '; every post read was already stored';
  return `; ${summary.existing} of the ${summary.existing + summary.inserted} posts read were already stored`;
}

export function printSummary(summary: IngestSummary, out: NodeJS.WritableStream = process.stdout): void {
  for (const file of summary.files) {
    if (file.error) {
      // Read errors begin with the file's name, already printed at the start of the line.
      const reason = file.error.startsWith(`${file.file}: `) ? file.error.slice(file.file.length + 2) : file.error;
      out.write(`${printableLine(file.file)}: not imported: ${printableLine(reason)}\n`);
      continue;
    }
    out.write(
      `${printableLine(file.file)}: ${file.format}, ${file.read} read, ${file.inserted} new, ` +
        `${file.existing} already stored, ${file.skipped} skipped\n`,
    );
  }
  printRecordLines(summary.skipped, summary.notes, out);
  out.write(
    `total: ${summary.inserted} new, ${summary.existing} already stored, ` +
      `${summary.skipped.length} skipped, ${counted(summary.failedFiles, 'file')} failed\n`,
  );
  if (summary.postsWithPersonalData > 0) {
    const posts = counted(summary.postsWithPersonalData, 'post');
    out.write(
      `privacy gate: personal data removed from ${posts} (${describeRemovals(summary.removed)})` +
        `${storedBefore(summary)}\n`,
    );
  }
}
