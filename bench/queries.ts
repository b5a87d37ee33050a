/**
 * Dashboard-scale queries, `npm run bench:queries`: p50 and p95 of every query the digest, the
 * weak-points report, the alerts and the dashboard make, on a store of 10M posts.
 *
 * The store is built in two steps. A seed corpus of real texts (bench/corpus/), spread over a
 * year, goes through the real pipeline (import → gate → analysis on worker threads → SQLite).
 * The seed's post rows and analysis rows are then copied in SQL, under new ids, until the store
 * holds the asked number of posts; each copy keeps its original's day, so the rollups are the
 * seed's counts times the number of copies and are scaled in place. Building 10M posts through
 * the analysis itself would take hours on two cores and measure nothing more about the queries.
 *
 *   npm run bench:queries -- [--posts 10000000] [--seed-posts 50000] [--runs 40] [--keep DIR]
 *
 * LIMITATION: the copies have no search-index entries (their stemmed entries are written by the
 * store, not by SQL), so full-text search is timed on the seed posts only.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';

import Database from 'better-sqlite3';

import { AnalysisWorkers } from '../src/ingest/analysis-workers.js';
import { ingestFiles } from '../src/ingest/ingest-files.js';
import { buildPeriodInsight } from '../src/insight/period-insight.js';
import { buildWeakPoints } from '../src/insight/weak-points.js';
import { lastDatedDay } from '../src/server/api/period.js';
import { WHOLE_CITY } from '../src/store/dated-posts.js';
import { createLogger } from '../src/log/logger.js';
import { packageRoot } from '../src/package-root.js';
import { addDays, type DayRange } from '../src/store/day-range.js';
import { openSqliteStore, type SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { loadBenchProject, writeBenchProject } from './bench-project.js';
import { seededRandom } from './corpus/random.js';
import { loadTextPools } from './corpus/real-texts.js';
import { writeCorpus } from './corpus/write-corpus.js';

interface Options {
  readonly posts: number;
  readonly seedPosts: number;
  readonly runs: number;
  readonly keep: string | null;
}

function readOptions(argv: readonly string[]): Options {
  const value = (name: string, fallback: number): number => {
    const index = argv.indexOf(`--${name}`);
    return index >= 0 ? Number(argv[index + 1]) : fallback;
  };
  const keep = argv.indexOf('--keep');
  return {
    posts: value('posts', 10_000_000),
    seedPosts: value('seed-posts', 50_000),
    runs: value('runs', 40),
    keep: keep >= 0 ? argv[keep + 1]! : null,
  };
}

const DAYS = 365;
const END = new Date(Date.UTC(2026, 10, 30));
const silent = createLogger({ write: () => true } as unknown as NodeJS.WritableStream, 'json');
/** Post tables copied with their rows; every other table is left as the seed wrote it. */
const POST_TABLES = ['post_mentions', 'post_subject_sentiment', 'post_issues', 'post_slices', 'post_districts', 'post_agencies'];
/** Count columns of rollup tables: scaled by the number of copies. */
const COUNT_COLUMNS = new Set(['originals', 'amplifications', 'first_seen_dates']);

function log(message: string): void {
  process.stderr.write(`bench:queries: ${message}\n`);
}

async function buildSeed(dir: string, options: Options): Promise<{ storePath: string; seconds: number }> {
  const corpus = join(dir, 'seed.jsonl');
  writeCorpus(corpus, loadTextPools(), { posts: options.seedPosts, days: DAYS, end: END, seed: 7, idPrefix: 'seed' });
  const project = await loadBenchProject(writeBenchProject(dir, 'store.sqlite'));
  const store = openSqliteStore(project.storePath, { timezone: project.timezone });
  const workers = await AnalysisWorkers.start(project, availableParallelism());
  const started = performance.now();
  await ingestFiles([corpus], { timezone: project.timezone, store, logger: silent, processor: workers });
  const seconds = (performance.now() - started) / 1000;
  await workers.close();
  store.close();
  rmSync(corpus, { force: true });
  return { storePath: project.storePath, seconds };
}

/** Copies the seed's posts and analysis rows until the store holds `target` posts. */
function replicate(storePath: string, target: number): number {
  const database = new Database(storePath);
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = OFF');
  database.pragma('cache_size = -1000000');
  const seed = database.prepare('SELECT max(seq) AS last, count(*) AS posts FROM posts').get() as { last: number; posts: number };
  const copies = Math.max(1, Math.floor(target / seed.posts));
  const postColumns = columnsOf(database, 'posts').filter((column) => column !== 'seq' && column !== 'id');
  const tables = POST_TABLES.filter((table) => columnsOf(database, table).length > 0);

  for (let copy = 1; copy < copies; copy++) {
    const offset = copy * seed.last;
    database.transaction(() => {
      database.prepare(`INSERT INTO posts (seq, id, ${postColumns.join(', ')})
        SELECT seq + ?, id || ':' || ?, ${postColumns.join(', ')} FROM posts WHERE seq <= ?`).run(offset, copy, seed.last);
      for (const table of tables) {
        const columns = columnsOf(database, table).filter((column) => column !== 'post_seq');
        database.prepare(`INSERT INTO ${table} (post_seq, ${columns.join(', ')})
          SELECT post_seq + ?, ${columns.join(', ')} FROM ${table} WHERE post_seq <= ?`).run(offset, seed.last);
      }
    })();
    if (copy % 20 === 0) log(`${(copy + 1) * seed.posts} posts`);
  }

  const rollups = database.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'rollup_%'")
    .pluck().all() as string[];
  database.transaction(() => {
    for (const table of rollups) {
      const counts = columnsOf(database, table).filter((column) => COUNT_COLUMNS.has(column));
      database.exec(`UPDATE ${table} SET ${counts.map((column) => `${column} = ${column} * ${copies}`).join(', ')}`);
    }
  })();
  database.pragma('wal_checkpoint(TRUNCATE)');
  database.close();
  return copies * seed.posts;
}

function columnsOf(database: Database.Database, table: string): string[] {
  return (database.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(table) as string[]);
}

interface Timing {
  readonly query: string;
  readonly runs: number;
  readonly p50: number;
  readonly p95: number;
  readonly max: number;
}

/** Seconds a query is timed for at most, once it has five runs: slow queries stop early. */
const TIME_BUDGET_SECONDS = 60;

function time(query: string, runs: number, run: (index: number) => unknown): Timing {
  run(0);
  const times: number[] = [];
  const started = performance.now();
  for (let index = 0; index < runs; index++) {
    if (index >= 5 && performance.now() - started > TIME_BUDGET_SECONDS * 1000) break;
    const runStarted = performance.now();
    run(index);
    times.push(performance.now() - runStarted);
  }
  times.sort((a, b) => a - b);
  const at = (share: number): number => Math.round(times[Math.min(times.length - 1, Math.ceil(share * times.length) - 1)]! * 10) / 10;
  return { query, runs: times.length, p50: at(0.5), p95: at(0.95), max: at(1) };
}

function timeQueries(store: SqliteStore, runs: number): Timing[] {
  const stored = store.storedDays()!;
  const next = seededRandom(11);
  // Periods end on random days of the stored year, as analysts look back at any week.
  const periods: DayRange[] = Array.from({ length: runs }, () => {
    const to = addDays(stored.to, -Math.floor(next() * (DAYS - 70)));
    return { from: addDays(to, -6), to };
  });
  const month = (index: number): DayRange => ({ from: addDays(periods[index % runs]!.to, -29), to: periods[index % runs]!.to });
  const week = (index: number): DayRange => periods[index % runs]!;
  // The health page's chart: eight weeks and four more to tell gaps.
  const health = (index: number): DayRange => ({ from: addDays(periods[index % runs]!.to, -83), to: periods[index % runs]!.to });
  const day = (index: number): DayRange => ({ from: periods[index % runs]!.to, to: periods[index % runs]!.to });
  const issues = [...new Set(store.readRollups(stored).issues.map((row) => row.issueId))];
  const agencies = [...new Set(store.readAgencyRollups(stored).agencies.map((row) => row.agencyId))];
  const minGroupSize = 10;

  return [
    time('storedDays (last day held)', runs, () => store.storedDays()),
    time('readRollups, one week', runs, (index) => store.readRollups(week(index))),
    time('readRollups, 30 days', runs, (index) => store.readRollups(month(index))),
    time('readRollups, whole year', runs, () => store.readRollups(stored)),
    time('readExcerptCandidates, one issue, one week', runs, (index) =>
      store.readExcerptCandidates(issues[index % issues.length]!, week(index), 24)),
    time('digest: buildPeriodInsight, one week', runs, (index) =>
      buildPeriodInsight(store, { period: week(index), minGroupSize })),
    time('readAgencyRollups, one week', runs, (index) => store.readAgencyRollups(week(index))),
    time('readAgencyExcerptCandidates, one agency, one week', runs, (index) =>
      store.readAgencyExcerptCandidates(agencies[index % agencies.length]!, week(index), 16)),
    time('weak points: buildWeakPoints, one week', runs, (index) =>
      buildWeakPoints(store, { period: week(index), minGroupSize })),
    time('alerts: readDatedCounts, one week', runs, (index) => store.readDatedCounts(week(index))),
    time('health: readDatedCounts, 84 days', runs, (index) => store.readDatedCounts(health(index))),
    time('alerts: readDatedPosts, one issue, one day', runs, (index) =>
      store.readDatedPosts({ issueId: issues[index % issues.length]!, districtId: WHOLE_CITY }, day(index), 5000)),
    time('every page: lastDatedDay (default period)', runs, () => lastDatedDay(store)),
    time('dashboard: buildPeriodInsight, 30 days', runs, (index) =>
      buildPeriodInsight(store, { period: month(index), minGroupSize })),
    time('dashboard: buildPeriodInsight, whole year', runs, () =>
      buildPeriodInsight(store, { period: stored, minGroupSize })),
  ];
}

async function main(): Promise<void> {
  const options = readOptions(process.argv.slice(2));
  const dir = options.keep ?? mkdtempSync(join(tmpdir(), 'tyndau-bench-queries-'));
  mkdirSync(dir, { recursive: true });
  const storePath = join(dir, 'store.sqlite');
  const load = loadavg()[0]!;
  try {
    let build: { seedSeconds: number; replicateSeconds: number } | null = null;
    if (!existsSync(storePath)) {
      log(`seed of ${options.seedPosts} posts through the pipeline…`);
      const seed = await buildSeed(dir, options);
      const project = await loadBenchProject(join(dir, 'tyndau.yaml'));
      const seedStore = openSqliteStore(storePath, { timezone: project.timezone });
      const search = time('search "акимат", seed posts only', options.runs, () =>
        seedStore.search('акимат', { limit: 20, offset: 0 }));
      seedStore.close();
      writeFileSync(join(dir, 'seed-search.json'), JSON.stringify(search));
      log(`copying to ${options.posts} posts…`);
      const started = performance.now();
      replicate(storePath, options.posts);
      build = { seedSeconds: Math.round(seed.seconds), replicateSeconds: Math.round((performance.now() - started) / 1000) };
    }

    const project = await loadBenchProject(join(dir, 'tyndau.yaml'));
    // Opening a store of an older schema migrates it here: the time is reported.
    const opening = performance.now();
    const store = openSqliteStore(storePath, { timezone: project.timezone });
    const openSeconds = Math.round((performance.now() - opening) / 100) / 10;
    log(`store opened in ${openSeconds} s`);
    const posts = store.countPosts();
    log(`timing queries on ${posts} posts…`);
    const timings = timeQueries(store, options.runs);
    store.close();
    const seedSearch = existsSync(join(dir, 'seed-search.json'))
      ? [JSON.parse(readFileSync(join(dir, 'seed-search.json'), 'utf8')) as Timing]
      : [];

    const width = Math.max(...[...timings, ...seedSearch].map((timing) => timing.query.length));
    console.log(`${posts} posts, ${Math.round(statSync(storePath).size / 2 ** 20)} MiB; load average at start ${load.toFixed(2)}`);
    const columns = ['runs', 'p50 ms', 'p95 ms', 'max ms'];
    console.log(`${'query'.padEnd(width)}  ${columns.map((column) => column.padStart(8)).join('  ')}`);
    for (const timing of [...timings, ...seedSearch]) {
      const values = [timing.runs, timing.p50, timing.p95, timing.max].map((value) => String(value).padStart(8));
      console.log(`${timing.query.padEnd(width)}  ${values.join('  ')}`);
    }
    const out = join(packageRoot(), 'bench', 'results', 'queries.json');
    mkdirSync(join(out, '..'), { recursive: true });
    writeFileSync(out, `${JSON.stringify({
      at: new Date().toISOString(), posts, seedPosts: options.seedPosts, runs: options.runs,
      loadAverageAtStart: load, loadAverageAtEnd: loadavg()[0]!, build, openSeconds, timings, seedSearch,
    }, null, 2)}\n`);
    console.log(`load average at end ${loadavg()[0]!.toFixed(2)}; written to ${out}`);
  } finally {
    if (!options.keep) rmSync(dir, { recursive: true, force: true });
  }
}

await main();
