import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import type { Command } from 'commander';
import { parseDocument, isMap, isSeq, type YAMLMap } from 'yaml';

import { ingestFiles, type IngestProgress } from '../ingest/ingest-files.js';
import { createLogger } from '../log/logger.js';
import { packageRoot } from '../package-root.js';
import { generateSecret, loadProject, PROJECT_FILE_NAME } from '../project/index.js';
import { csvForSpreadsheet, exportAggregates, writeDigest } from '../report/index.js';
import { createAnalyzer } from '../analyze/pipeline.js';
import { projectGate } from '../privacy/project-gate.js';
import { cliCommand } from './cli-command.js';
import { openStore } from './context.js';
import { printSummary } from './import.js';
import { lastWeek } from './period.js';
import { shellWord } from './shell-word.js';
import { makeFolder } from '../make-folder.js';

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('build the Almaty demo project over the bundled corpus of real public text, import, analyse and write the digest')
    .option('--out <dir>', 'folder for the demo project, its store and its digest', 'demo-output')
    .action(async (options: { out: string }) => {
      await runDemo(resolve(options.out));
    });
}

/**
 * Writes the demo project into `outDir` (keeping the secret of an earlier run, so that running the
 * demo again re-imports nothing), imports every file of the bundled corpus and writes the digest
 * of the corpus's last week with an aggregate export beside it.
 */
export async function runDemo(outDir: string, out: NodeJS.WritableStream = process.stdout): Promise<void> {
  const started = Date.now();
  makeFolder(outDir);
  const projectPath = writeDemoProject(outDir);
  const project = await loadProject(projectPath, process.env);
  out.write(`demo project: ${projectPath}\n`);
  out.write('corpus: real public texts (RuSentNE news sentences, MIT; KazSAnDRA reviews, CC BY 4.0), ' +
    'with dates assigned by the corpus builder: see examples/README.md\n');

  const files = project.sources.filter((source) => source.kind === 'files').map((source) => source.location);
  const analyzer = await createAnalyzer(project);
  const store = openStore(project);
  try {
    const summary = await ingestFiles(files, {
      timezone: project.timezone,
      gate: projectGate(project),
      analyzer,
      store,
      logger: createLogger(logSink(outDir)),
      onProgress: progressPrinter(),
    });
    process.stderr.write('\n');
    printSummary(summary, out);

    const period = lastWeek(store, { to: corpusLastDay(project.timezone) });
    const digest = await writeDigest({ store, project, from: period.from, to: period.to, outDir });
    const exportPath = join(outDir, 'aggregates.csv');
    writeFileSync(exportPath, csvForSpreadsheet(exportAggregates({ store, project })));

    out.write(`digest for ${period.from} … ${period.to} (the corpus's last week, compared with the week before):\n`);
    out.write(`  ${digest.markdownPath}\n  ${digest.htmlPath}\n`);
    out.write(`aggregates: ${exportPath}\n`);
    out.write(`stored posts: ${store.countPosts()}; done in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    out.write(`next: ${cliCommand()} search --project ${shellWord(projectPath)} 'автобус'\n`);
  } finally {
    store.close();
  }
}

/**
 * The last day the corpus builder dated posts on. Posts without a date get the import day as
 * first-seen date, so the store's last day is today, not the corpus's.
 */
function corpusLastDay(timezone: string): string {
  const manifest = JSON.parse(readFileSync(join(packageRoot(), 'examples', 'demo-corpus-manifest.json'), 'utf8'));
  const end = new Date(Date.parse(manifest.dateWindow.to) - 1);
  return new Intl.DateTimeFormat('en-CA', { timeZone: timezone }).format(end);
}

/** The example project with absolute corpus paths and a secret of its own. */
const DEMO_RETENTION_DAYS = 3650;

function writeDemoProject(outDir: string): string {
  const projectPath = join(outDir, PROJECT_FILE_NAME);
  const exampleDir = join(packageRoot(), 'examples', 'almaty');
  const document = parseDocument(readFileSync(join(exampleDir, PROJECT_FILE_NAME), 'utf8'));

  const sources = document.get('sources');
  if (isSeq(sources)) {
    for (const source of sources.items) {
      if (!isMap(source)) continue;
      const location = String((source as YAMLMap).get('location'));
      if (!isAbsolute(location)) (source as YAMLMap).set('location', resolve(exampleDir, location));
    }
  }
  document.setIn(['privacy', 'secret'], existingSecret(projectPath) ?? generateSecret());
  // The bundled corpus is months old: with the example's 90 days, the next import or analyze
  // would remove its residents' texts, which the demo is there to show.
  document.setIn(['privacy', 'retentionDays'], DEMO_RETENTION_DAYS);
  const retention = document.getIn(['privacy', 'retentionDays'], true);
  if (retention !== null && typeof retention === 'object') {
    (retention as { comment?: string }).comment = ' the demo corpus is historical; a real project keeps 90 days';
  }
  document.commentBefore = ' Written by `tyndau demo` from examples/almaty/tyndau.yaml; the secret is this demo\'s own.';
  writeFileSync(projectPath, document.toString(), { mode: 0o600 });
  return projectPath;
}

function existingSecret(projectPath: string): string | undefined {
  if (!existsSync(projectPath)) return undefined;
  const secret = parseDocument(readFileSync(projectPath, 'utf8')).getIn(['privacy', 'secret']);
  return typeof secret === 'string' && !secret.startsWith('env:') ? secret : undefined;
}

/** Structured logs go to a file in the demo folder, so the terminal shows progress and the summary. */
function logSink(outDir: string): NodeJS.WritableStream {
  const path = join(outDir, 'demo.log');
  writeFileSync(path, '');
  return { write: (line: string) => (writeFileSync(path, line, { flag: 'a' }), true) } as unknown as NodeJS.WritableStream;
}

function progressPrinter(): (progress: IngestProgress) => void {
  const terminal = Boolean(process.stderr.isTTY);
  let lastFile = '';
  return (progress) => {
    const name = progress.file.split(/[\\/]/).pop() ?? progress.file;
    const line = `[${progress.fileIndex + 1}/${progress.fileCount}] ${name}: ${progress.postsDone}/${progress.postsInFile} posts`;
    if (terminal) {
      process.stderr.write(`\r\u001b[2K${line}`);
    } else if (progress.file !== lastFile || progress.postsDone === progress.postsInFile) {
      if (progress.postsDone === progress.postsInFile) process.stderr.write(line + '\n');
    }
    lastFile = progress.file;
  };
}
