/**
 * End-to-end benchmark, `npm run bench`: a corpus of real public texts (see bench/corpus/) is
 * written to a temporary folder, then measured in one run, each measurement in a process of its
 * own so that its peak memory is its own:
 *
 * - the whole pipeline (import → privacy gate → analysis → SQLite with search and rollups) with
 *   analysis on worker threads, on the full corpus and on its first tenth (memory must not grow
 *   with size), and in a single thread on the tenth;
 * - each stage alone, one thread, on the tenth;
 * - yardsticks on the same posts: `franc` language identification alone, and a plain SQLite
 *   insert of the raw texts;
 * - re-analysis of the stored full corpus, every stage (`tyndau analyze --full`), and as
 *   `tyndau analyze` runs after a change to the sentiment model and to the taxonomy.
 *
 * Rates are compared as ratios within the run: the machine is shared and absolute figures move.
 * The table is printed and the figures written as JSON to bench/results/end-to-end.json.
 *
 *   npm run bench -- [--posts 1000000] [--workers 2] [--no-reanalysis]
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { packageRoot } from '../src/package-root.js';
import { writeBenchProject } from './bench-project.js';
import { loadTextPools } from './corpus/real-texts.js';
import { writeCorpus, type CorpusSummary } from './corpus/write-corpus.js';
import type { AnalysisStage } from '../src/analyze/stage-versions.js';
import type { MeasureName, MeasureRequest, MeasureResult } from './end-to-end-measures.js';

interface Options {
  readonly posts: number;
  readonly workers: number;
  readonly reanalysis: boolean;
  readonly out: string;
}

function readOptions(argv: readonly string[]): Options {
  const value = (name: string, fallback: number): number => {
    const index = argv.indexOf(`--${name}`);
    return index >= 0 ? Number(argv[index + 1]) : fallback;
  };
  const outIndex = argv.indexOf('--out');
  return {
    posts: value('posts', 1_000_000),
    workers: value('workers', availableParallelism()),
    reanalysis: !argv.includes('--no-reanalysis'),
    out: outIndex >= 0 ? argv[outIndex + 1]! : join(packageRoot(), 'bench', 'results', 'end-to-end.json'),
  };
}

const MEASURES_SCRIPT = fileURLToPath(new URL('./end-to-end-measures.js', import.meta.url));

function measure(request: MeasureRequest): MeasureResult {
  process.stderr.write(`bench: ${request.name} on ${request.corpus.split('/').pop()}, ${request.workers} workers…\n`);
  const run = spawnSync(process.execPath, [MEASURES_SCRIPT, JSON.stringify(request)], {
    encoding: 'utf8', maxBuffer: 16 << 20, stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (run.status !== 0) throw new Error(`bench: ${request.name} failed with exit code ${run.status}`);
  const lines = run.stdout.trim().split('\n');
  return JSON.parse(lines[lines.length - 1]!) as MeasureResult;
}

function gitCommit(): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: packageRoot(), encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

function ratio(value: number, base: number): number {
  return Math.round((value / base) * 100) / 100;
}

function main(): void {
  const options = readOptions(process.argv.slice(2));
  const dir = mkdtempSync(join(tmpdir(), 'tyndau-bench-'));
  const loadAtStart = loadavg()[0]!;
  try {
    const pools = loadTextPools();
    const tenth = Math.max(1000, Math.round(options.posts / 10));
    const corpusOptions = { days: 56, end: new Date(Date.UTC(2026, 10, 30)), seed: 42 };
    // The same seed writes the same first posts: the small corpus is the large one's beginning.
    const corpus: CorpusSummary = writeCorpus(join(dir, 'corpus.jsonl'), pools, { ...corpusOptions, posts: options.posts });
    writeCorpus(join(dir, 'corpus-tenth.jsonl'), pools, { ...corpusOptions, posts: tenth });
    const project = writeBenchProject(dir, 'store.sqlite');
    const full = join(dir, 'corpus.jsonl');
    const small = join(dir, 'corpus-tenth.jsonl');
    const store = join(dir, 'store.sqlite');
    const run = (name: MeasureName, path: string, workers: number, storePath = store): MeasureResult =>
      measure({ name, corpus: path, project, workers, store: storePath });
    const afterChange = (stage: AnalysisStage): MeasureResult =>
      measure({ name: 'reanalysis-change', corpus: full, project, workers: options.workers, store, stage });

    const results = {
      pipeline: run('pipeline', full, options.workers),
      pipelineTenth: run('pipeline', small, options.workers, join(dir, 'store-tenth.sqlite')),
      pipelineSingleThread: run('pipeline', small, 0, join(dir, 'store-single.sqlite')),
      stages: run('stages', small, 0, join(dir, 'store-stages.sqlite')),
      franc: run('franc', full, 0),
      plainInsert: run('plain-insert', full, 0),
      reanalysis: options.reanalysis ? run('reanalysis', full, options.workers) : null,
      sentimentChange: options.reanalysis ? afterChange('sentiment') : null,
      taxonomyChange: options.reanalysis ? afterChange('issues') : null,
    };
    report(options, corpus, tenth, results, { loadAtStart, pools: pools.origins });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

interface Results {
  readonly pipeline: MeasureResult;
  readonly pipelineTenth: MeasureResult;
  readonly pipelineSingleThread: MeasureResult;
  readonly stages: MeasureResult;
  readonly franc: MeasureResult;
  readonly plainInsert: MeasureResult;
  readonly reanalysis: MeasureResult | null;
  readonly sentimentChange: MeasureResult | null;
  readonly taxonomyChange: MeasureResult | null;
}

function report(
  options: Options,
  corpus: CorpusSummary,
  tenth: number,
  results: Results,
  context: { loadAtStart: number; pools: string[] },
): void {
  const { pipeline, pipelineTenth, pipelineSingleThread, stages, franc, plainInsert, reanalysis } = results;
  const { sentimentChange, taxonomyChange } = results;
  const rows: [string, number | string][] = [
    [`end-to-end posts/s, ${options.workers} workers, ${pipeline.posts} posts`, pipeline.postsPerSecond],
    [`end-to-end posts/s, single thread, ${tenth} posts`, pipelineSingleThread.postsPerSecond],
    [`end-to-end posts/s, ${options.workers} workers, ${tenth} posts`, pipelineTenth.postsPerSecond],
    ...Object.entries(stages.stages ?? {}).map(([stage, rate]): [string, number] => [`stage alone: ${stage} posts/s (1 thread)`, rate]),
    ['yardstick: franc language ID alone posts/s (1 thread)', franc.postsPerSecond],
    ['yardstick: plain SQLite insert of raw texts posts/s', plainInsert.postsPerSecond],
    ['ratio end-to-end / franc (elapsed time)', ratio(pipeline.postsPerSecond, franc.postsPerSecond)],
    ['end-to-end posts per CPU-second (all threads)', pipeline.postsPerCpuSecond],
    ['franc posts per CPU-second', franc.postsPerCpuSecond],
    ['ratio end-to-end / franc (CPU time)', ratio(pipeline.postsPerCpuSecond, franc.postsPerCpuSecond)],
    ['ratio single-thread end-to-end / franc', ratio(pipelineSingleThread.postsPerSecond, franc.postsPerSecond)],
    ['ratio end-to-end / plain insert', ratio(pipeline.postsPerSecond, plainInsert.postsPerSecond)],
    [`peak RSS MiB, ${pipeline.posts} posts`, pipeline.peakRssMiB],
    [`peak RSS MiB, ${tenth} posts`, pipelineTenth.peakRssMiB],
    ['store bytes per post', pipeline.storeBytesPerPost ?? 0],
    ['worker start-up s (models loaded)', pipeline.startSeconds ?? 0],
  ];
  if (reanalysis) {
    rows.push([`re-analysis of ${reanalysis.posts} stored posts, every stage, s`, reanalysis.seconds]);
    rows.push(['re-analysis, every stage, posts/s', reanalysis.postsPerSecond]);
  }
  for (const [what, measured] of [['sentiment model', sentimentChange], ['taxonomy', taxonomyChange]] as const) {
    if (measured) rows.push([`re-analysis after a change to the ${what}, s (CPU s)`, `${measured.seconds} (${measured.cpuSeconds})`]);
  }
  const width = Math.max(...rows.map(([label]) => label.length));
  console.log(`corpus: ${corpus.posts} posts, ${corpus.averageCharacters} characters on average, ` +
    `${corpus.articles} articles, ${corpus.reposts} reposts; load average at start ${context.loadAtStart.toFixed(2)}`);
  for (const [label, value] of rows) {
    const shown = typeof value === 'number' ? value.toLocaleString('en-US') : value;
    console.log(`${label.padEnd(width)}  ${String(shown).padStart(12)}`);
  }

  const json = {
    at: new Date().toISOString(),
    commit: gitCommit(),
    machine: { cores: availableParallelism(), node: process.version, loadAverageAtStart: context.loadAtStart },
    corpus: { ...corpus, sources: context.pools },
    workers: options.workers,
    results,
    ratios: {
      endToEndToFranc: ratio(pipeline.postsPerSecond, franc.postsPerSecond),
      endToEndToFrancCpu: ratio(pipeline.postsPerCpuSecond, franc.postsPerCpuSecond),
      singleThreadToFranc: ratio(pipelineSingleThread.postsPerSecond, franc.postsPerSecond),
      endToEndToPlainInsert: ratio(pipeline.postsPerSecond, plainInsert.postsPerSecond),
      peakRssFullToTenth: ratio(pipeline.peakRssMiB, pipelineTenth.peakRssMiB),
    },
  };
  mkdirSync(join(options.out, '..'), { recursive: true });
  writeFileSync(options.out, `${JSON.stringify(json, null, 2)}\n`);
  console.log(`written to ${options.out}`);
}

main();
