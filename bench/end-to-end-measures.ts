/**
 * One measurement of the end-to-end benchmark, run in a process of its own so that its peak
 * memory is its own: `node dist/bench/end-to-end-measures.js '<request as JSON>'`. Prints one
 * JSON line with the result. `bench/end-to-end.ts` runs these and compares them.
 */
import { existsSync, rmSync, statSync } from 'node:fs';

import Database from 'better-sqlite3';
import { franc } from 'franc';

import { createAnalyzer } from '../src/analyze/pipeline.js';
import { stageVersions, type AnalysisStage } from '../src/analyze/stage-versions.js';
import { limitHeapGrowth } from '../src/cli/heap-growth.js';
import type { RawPost } from '../src/collect/raw-post.js';
import { AnalysisWorkers } from '../src/ingest/analysis-workers.js';
import { InThreadProcessor, type BatchProcessor } from '../src/ingest/gated-batch.js';
import { ingestFiles } from '../src/ingest/ingest-files.js';
import { readPostBatches } from '../src/ingest/read-post-batches.js';
import { createLogger } from '../src/log/logger.js';
import { projectGate } from '../src/privacy/project-gate.js';
import type { Project } from '../src/project/project.js';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import type { StoredItem } from '../src/store/store.js';
import { loadBenchProject } from './bench-project.js';

export type MeasureName = 'pipeline' | 'stages' | 'franc' | 'plain-insert' | 'reanalysis' | 'reanalysis-change';

export interface MeasureRequest {
  readonly name: MeasureName;
  readonly corpus: string;
  readonly project: string;
  /** Worker threads for analysis; 0 runs everything in the main thread. */
  readonly workers: number;
  /** The store to write (pipeline) or re-analyse (reanalysis). */
  readonly store?: string;
  /** reanalysis-change: the stage whose model or project section changed. */
  readonly stage?: AnalysisStage;
}

export interface MeasureResult {
  readonly name: MeasureName;
  readonly posts: number;
  readonly seconds: number;
  readonly postsPerSecond: number;
  /** CPU time of the whole process, every thread: less moved by other jobs than elapsed time. */
  readonly cpuSeconds: number;
  readonly postsPerCpuSecond: number;
  readonly peakRssMiB: number;
  readonly startSeconds?: number;
  readonly storeBytesPerPost?: number;
  /** Posts per second of each stage alone, in one thread (stages only). */
  readonly stages?: Readonly<Record<string, number>>;
  /** Posts per CPU-second of each stage alone, in one thread (stages only). */
  readonly stagesPerCpuSecond?: Readonly<Record<string, number>>;
}

const BATCH = 1000;
const silent = createLogger({ write: () => true } as unknown as NodeJS.WritableStream, 'json');

async function* corpusBatches(path: string): AsyncGenerator<RawPost[]> {
  for await (const batch of readPostBatches(path, { timezone: 'Asia/Almaty', now: new Date(), batchSize: BATCH })) {
    yield batch.posts;
  }
}

function seconds(started: bigint): number {
  return Number(process.hrtime.bigint() - started) / 1e9;
}

/** Elapsed and CPU seconds of a timed section, added up over its parts. */
class Clock {
  elapsed = 0;
  cpu = 0;

  time<T>(run: () => T): T {
    const started = process.hrtime.bigint();
    const usage = process.cpuUsage();
    const value = run();
    this.add(started, usage);
    return value;
  }

  async timeAsync<T>(run: () => Promise<T>): Promise<T> {
    const started = process.hrtime.bigint();
    const usage = process.cpuUsage();
    const value = await run();
    this.add(started, usage);
    return value;
  }

  add(started: bigint, usage: NodeJS.CpuUsage): void {
    this.elapsed += seconds(started);
    const used = process.cpuUsage(usage);
    this.cpu += (used.user + used.system) / 1e6;
  }
}

function peakRssMiB(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

function result(name: MeasureName, posts: number, clock: Clock, extra: Partial<MeasureResult> = {}): MeasureResult {
  return {
    name, posts, seconds: Math.round(clock.elapsed * 100) / 100, postsPerSecond: Math.round(posts / clock.elapsed),
    cpuSeconds: Math.round(clock.cpu * 100) / 100, postsPerCpuSecond: Math.round(posts / clock.cpu),
    peakRssMiB: peakRssMiB(), ...extra,
  };
}

async function startProcessor(project: Project, workers: number): Promise<BatchProcessor> {
  if (workers > 0) return AnalysisWorkers.start(project, workers);
  return new InThreadProcessor(projectGate(project), await createAnalyzer(project));
}

function fileBytes(path: string): number {
  return [path, `${path}-wal`].reduce((sum, file) => sum + (existsSync(file) ? statSync(file).size : 0), 0);
}

/** Import → gate → analysis → SQLite with search and rollups, as `tyndau import` runs it. */
async function pipeline(request: MeasureRequest): Promise<MeasureResult> {
  const project = await loadBenchProject(request.project);
  const storePath = request.store ?? project.storePath;
  rmSync(storePath, { force: true });
  const starting = process.hrtime.bigint();
  const processor = await startProcessor(project, request.workers);
  const startSeconds = seconds(starting);
  const store = openSqliteStore(storePath, { timezone: project.timezone });

  const clock = new Clock();
  const summary = await clock.timeAsync(() => ingestFiles([request.corpus], {
    timezone: project.timezone, store, logger: silent, processor,
  }));
  store.close();
  await processor.close();
  return result('pipeline', summary.inserted, clock, {
    startSeconds: Math.round(startSeconds * 100) / 100,
    storeBytesPerPost: Math.round(fileBytes(storePath) / summary.inserted),
  });
}

/** Each stage alone, one thread, on the same posts: read, gate, analysis, store. */
async function stages(request: MeasureRequest): Promise<MeasureResult> {
  const project = await loadBenchProject(request.project);
  const gate = projectGate(project);
  const analyzer = await createAnalyzer(project);
  const now = new Date();

  const read = new Clock();
  const raws: RawPost[][] = [];
  await read.timeAsync(async () => {
    for await (const batch of corpusBatches(request.corpus)) raws.push(batch);
  });
  const count = raws.reduce((sum, batch) => sum + batch.length, 0);

  const gating = new Clock();
  const posts = gating.time(() => raws.map((batch) => batch.map((raw) => gate.admit(raw, now))));
  raws.length = 0;

  const analysis = new Clock();
  const items: StoredItem[][] = analysis.time(() => posts.map((batch) => batch.map((post) => ({
    post, analysis: analyzer.analyze(post),
  }))));

  const storePath = `${request.store ?? project.storePath}.stages`;
  rmSync(storePath, { force: true });
  const store = openSqliteStore(storePath, { timezone: project.timezone });
  const storing = new Clock();
  storing.time(() => {
    for (const batch of items) store.savePosts(batch);
  });
  store.close();
  rmSync(storePath, { force: true });

  const clocks = { read, gate: gating, analysis, store: storing };
  const whole = new Clock();
  whole.elapsed = Object.values(clocks).reduce((sum, clock) => sum + clock.elapsed, 0);
  whole.cpu = Object.values(clocks).reduce((sum, clock) => sum + clock.cpu, 0);
  const rates = (part: (clock: Clock) => number): Record<string, number> => Object.fromEntries(
    Object.entries(clocks).map(([stage, clock]) => [stage, Math.round(count / part(clock))]));
  return result('stages', count, whole, {
    stages: rates((clock) => clock.elapsed),
    stagesPerCpuSecond: rates((clock) => clock.cpu),
  });
}

/** What the analysis reads: the title, then the text. */
function analysedText(raw: RawPost): string {
  return raw.title ? `${raw.title}\n${raw.text}` : raw.text;
}

/** `franc` (all its languages, defaults) on every post's text: the yardstick to beat. */
async function francAlone(request: MeasureRequest): Promise<MeasureResult> {
  const clock = new Clock();
  let count = 0;
  let sink = '';
  for await (const batch of corpusBatches(request.corpus)) {
    const texts = batch.map(analysedText);
    clock.time(() => {
      for (const text of texts) sink = franc(text);
    });
    count += texts.length;
  }
  void sink;
  return result('franc', count, clock);
}

/** The raw texts into a one-column table, 1000 rows a transaction: the store's floor. */
async function plainInsert(request: MeasureRequest): Promise<MeasureResult> {
  const path = `${request.store}.plain`;
  rmSync(path, { force: true });
  const database = new Database(path);
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = NORMAL');
  database.exec('CREATE TABLE posts (id INTEGER PRIMARY KEY, text TEXT NOT NULL)');
  const insert = database.prepare('INSERT INTO posts (text) VALUES (?)');
  const insertAll = database.transaction((texts: readonly string[]) => {
    for (const text of texts) insert.run(text);
  });

  const clock = new Clock();
  let count = 0;
  for await (const batch of corpusBatches(request.corpus)) {
    const texts = batch.map(analysedText);
    clock.time(() => insertAll(texts));
    count += texts.length;
  }
  database.close();
  rmSync(path, { force: true });
  return result('plain-insert', count, clock);
}

/** `tyndau analyze --full`: every stage of every stored post analysed again, rollups rebuilt. */
async function reanalysis(request: MeasureRequest): Promise<MeasureResult> {
  return reanalyzeStore(request, true);
}

/**
 * `tyndau analyze` after a change to one stage's model or project section: the stored posts are
 * marked as analysed with another version of `request.stage` (as if the model file had been
 * replaced since), and only that stage and those reading its results run again.
 */
async function reanalysisAfterChange(request: MeasureRequest): Promise<MeasureResult> {
  const path = request.store!;
  const database = new Database(path);
  // Rows no post points to any more could come out the same as the one changed here.
  database.exec(`DELETE FROM analysis_versions WHERE id NOT IN
    (SELECT DISTINCT analysis_versions_id FROM posts WHERE analysis_versions_id IS NOT NULL)`);
  database.prepare("UPDATE analysis_versions SET versions = json_set(versions, '$.' || ?, 'bench: older')")
    .run(request.stage);
  database.close();
  return reanalyzeStore(request, false);
}

async function reanalyzeStore(request: MeasureRequest, full: boolean): Promise<MeasureResult> {
  const project = await loadBenchProject(request.project);
  const store = openSqliteStore(request.store ?? project.storePath, { timezone: project.timezone });
  const options = { versions: stageVersions(project), full };
  const clock = new Clock();
  let count: number;
  if (request.workers > 0) {
    const workers = await AnalysisWorkers.start(project, request.workers);
    count = await clock.timeAsync(() => store.reanalyzeInBatches((posts) => workers.analyzeBatch(posts), 1000, options));
    await workers.close();
  } else {
    const analyzer = await createAnalyzer(project);
    count = clock.time(() => store.reanalyze((post) => analyzer.analyze(post), 1000, options));
  }
  store.close();
  return result(request.name, count, clock);
}

const MEASURES: Readonly<Record<MeasureName, (request: MeasureRequest) => Promise<MeasureResult>>> = {
  pipeline, stages, franc: francAlone, 'plain-insert': plainInsert, reanalysis,
  'reanalysis-change': reanalysisAfterChange,
};

const request = JSON.parse(process.argv[2] ?? '{}') as MeasureRequest;
const measure = MEASURES[request.name];
if (!measure) throw new Error(`bench: unknown measurement "${request.name}"`);
// Each measurement runs with the heap settings the tyndau command gives itself.
limitHeapGrowth();
process.stdout.write(`${JSON.stringify(await measure(request))}\n`);
