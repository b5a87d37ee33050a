/**
 * Distributed benchmark, `npm run bench:distributed`: the same corpus of real public texts (see
 * bench/corpus/) goes through
 *
 * - the embedded mode: `tyndau import` into SQLite, one process;
 * - one `tyndau worker` pulling from NATS JetStream into PostgreSQL;
 * - two `tyndau worker` processes on the same stream into PostgreSQL;
 *
 * each in a process of its own (workers: their own), so that peak memory is its own. Worker rates
 * run from the workers' start to the moment the stream is drained; publishing is timed apart.
 * Then PostgreSQL is filled with a large synthetic store (posts, issues, districts, subjects,
 * monthly partitions) and the dashboard's queries are timed on its rollups.
 *
 * Rates are compared as ratios within the run: the machine is shared and absolute figures move.
 *
 *   npm run bench:distributed -- [--posts 1000000] [--dashboard-posts 10000000]
 *     [--postgres postgres://postgres@127.0.0.1:5432] [--nats nats://127.0.0.1:4222]
 *     [--only throughput|dashboard] [--dashboard-database NAME]
 *
 * `--dashboard-database` keeps the large store in a database of that name and reuses it when it
 * already holds the posts asked for, so a change to the reads can be timed again without a
 * new fill (half an hour at 10M posts).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';

import { connect } from 'nats';
import pg from 'pg';

import { packageRoot } from '../src/package-root.js';
import { createPool } from '../src/store/postgres/connect.js';
import { MonthPartitions } from '../src/store/postgres/month-partitions.js';
import { connectPostgresStore } from '../src/store/postgres/postgres-store.js';
import { queueNames } from '../src/worker/queue-names.js';
import { writeBenchProject } from './bench-project.js';
import { loadTextPools } from './corpus/real-texts.js';
import { writeCorpus } from './corpus/write-corpus.js';
import { measureDashboard, type DashboardTimings } from './distributed-dashboard.js';

interface Options {
  readonly posts: number;
  readonly dashboardPosts: number;
  readonly postgres: string;
  readonly nats: string;
  readonly only: 'throughput' | 'dashboard' | null;
  /** A database to keep the dashboard store in across runs; a new one, dropped after, when null. */
  readonly dashboardDatabase: string | null;
}

interface RunFigures {
  readonly mode: string;
  readonly processes: number;
  readonly posts: number;
  readonly seconds: number;
  readonly postsPerSecond: number;
  /** Peak resident memory of each process, MB. */
  readonly peakMb: readonly number[];
}

const BENCH_SECRET = 'distributed-bench-secret-0123456789';
/** Messages a worker pulls and commits together. */
const BATCH = 500;
const CLI = join(packageRoot(), 'dist', 'src', 'cli', 'main.js');

function readOptions(argv: readonly string[]): Options {
  const text = (name: string, fallback: string): string => {
    const index = argv.indexOf(`--${name}`);
    return index >= 0 && argv[index + 1] ? argv[index + 1]! : fallback;
  };
  const count = (name: string, fallback: number): number => {
    const value = Number(text(name, String(fallback)));
    if (!Number.isInteger(value) || value < 1) throw new Error(`bench: --${name} must be a whole number of 1 or more`);
    return value;
  };
  const only = text('only', '');
  if (only !== '' && only !== 'throughput' && only !== 'dashboard') {
    throw new Error(`bench: --only ${only} is neither throughput nor dashboard`);
  }
  const dashboardDatabase = text('dashboard-database', '');
  if (dashboardDatabase !== '' && !/^[a-z_][a-z0-9_]*$/.test(dashboardDatabase)) {
    throw new Error(`bench: --dashboard-database ${dashboardDatabase} must be lower-case letters, digits and _`);
  }
  return {
    posts: count('posts', 1_000_000),
    dashboardPosts: count('dashboard-posts', 10_000_000),
    postgres: text('postgres', 'postgres://postgres@127.0.0.1:5432'),
    nats: text('nats', 'nats://127.0.0.1:4222'),
    only: only === '' ? null : only,
    dashboardDatabase: dashboardDatabase === '' ? null : dashboardDatabase,
  };
}

/** Peak resident memory so far of a running process, in MB, from /proc (Linux). */
function peakMbOf(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = /VmHWM:\s+(\d+) kB/.exec(status);
    return match ? Number(match[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

/** Starts a `tyndau` command and follows its peak memory until it exits. */
function runCli(args: readonly string[], env: NodeJS.ProcessEnv): { child: ChildProcess; done: Promise<number> } {
  // Workers log a line a batch; the benchmark prints its own table.
  // BENCH_NODE_FLAGS (say `--single-threaded-gc`) go to every tyndau process the run starts.
  const flags = (process.env['BENCH_NODE_FLAGS'] ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...flags, CLI, ...args], { env, stdio: ['ignore', 'ignore', 'ignore'] });
  let peak = 0;
  const timer = setInterval(() => {
    peak = Math.max(peak, peakMbOf(child.pid!));
  }, 200);
  const done = new Promise<number>((resolve, reject) => {
    child.once('exit', (code, signal) => {
      clearInterval(timer);
      if (code === 0 || signal === 'SIGTERM') resolve(peak);
      else reject(new Error(`bench: tyndau ${args[0]} exited with ${code ?? signal}`));
    });
  });
  return { child, done };
}

async function createDatabase(
  server: string, name: string, reuse = false,
): Promise<{ url: string; drop: () => Promise<void> }> {
  const admin = async (sql: string): Promise<void> => {
    const client = new pg.Client({ connectionString: `${server}/postgres` });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  const client = new pg.Client({ connectionString: `${server}/postgres` });
  await client.connect();
  const exists = (await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount === 1;
  await client.end();
  if (!(reuse && exists)) await admin(`CREATE DATABASE ${name}`);
  return { url: `${server}/${name}`, drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

/**
 * The embedded import, less its start: an import of a corpus of a few posts into another store
 * times loading the project and models, which the worker figures leave out too.
 */
async function runEmbedded(
  project: string, corpus: string, tinyProject: string, tiny: string, posts: number, env: NodeJS.ProcessEnv,
): Promise<RunFigures & { startSeconds: number }> {
  let started = Date.now();
  await runCli(['import', '-p', tinyProject, tiny], env).done;
  const startSeconds = (Date.now() - started) / 1000;

  started = Date.now();
  const peak = await runCli(['import', '-p', project, corpus], env).done;
  const seconds = (Date.now() - started) / 1000 - startSeconds;
  return {
    mode: 'embedded (import → SQLite)', processes: 1, posts, seconds, postsPerSecond: posts / seconds,
    peakMb: [peak], startSeconds,
  };
}

async function runWorkers(
  options: Options, project: string, corpus: string, posts: number, workers: number, env: NodeJS.ProcessEnv,
): Promise<RunFigures & { publishSeconds: number; wallSeconds: number; timedPosts: number }> {
  const database = await createDatabase(options.postgres, `tyndau_bench_${process.pid}_${workers}w`);
  const queueName = `bench-${process.pid}-${workers}w`;
  const names = queueNames(queueName);
  const runEnv = { ...env, TYNDAU_POSTGRES_URL: database.url, TYNDAU_NATS_URL: options.nats, TYNDAU_QUEUE_NAME: queueName };
  const nats = await connect({ servers: options.nats });
  try {
    const publishStarted = Date.now();
    await runCli(['publish', '-p', project, corpus], runEnv).done;
    const publishSeconds = (Date.now() - publishStarted) / 1000;

    const started = Date.now();
    const running = Array.from({ length: workers }, () => runCli(['worker', '-p', project, '--batch', String(BATCH)], runEnv));
    const manager = await nats.jetstreamManager();
    // Steady-state rate: from the moment every worker holds a batch (all have loaded their
    // models) to the drained stream, over the posts acknowledged in that time. Timing from the
    // first acknowledgement instead counts the second worker's start, a few seconds of a core,
    // against two workers: enough to turn a 20 000-post run upside down once analysis is fast.
    let steady: { at: number; acknowledged: number } | null = null;
    let firstAck: { at: number; acknowledged: number } | null = null;
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      const info = await manager.consumers.info(names.stream, names.consumer).catch(() => null);
      if (info === null) continue;
      const acknowledged = info.ack_floor.stream_seq;
      if (firstAck === null && acknowledged > 0) firstAck = { at: Date.now(), acknowledged };
      if (steady === null && info.num_ack_pending >= workers * BATCH) steady = { at: Date.now(), acknowledged };
      if (info.num_pending === 0 && info.num_ack_pending === 0) break;
    }
    const drained = Date.now();
    // A corpus too small for every worker to hold a batch falls back to the first acknowledgement.
    const from = steady ?? firstAck ?? { at: started, acknowledged: 0 };
    const seconds = (drained - from.at) / 1000;
    const timedPosts = posts - from.acknowledged;
    const wallSeconds = (drained - started) / 1000;
    for (const { child } of running) child.kill('SIGTERM');
    const peakMb = await Promise.all(running.map(({ done }) => done));

    const pool = createPool(database.url, 1);
    const stored = (await pool.query<{ count: number }>('SELECT count(*) AS count FROM post_ids')).rows[0]!.count;
    await pool.end();
    if (stored !== posts) throw new Error(`bench: ${workers} workers stored ${stored} posts of ${posts}`);
    await manager.streams.delete(names.stream);
    await manager.streams.delete(names.deadStream);
    return {
      mode: `${workers} worker${workers > 1 ? 's' : ''} (NATS → PostgreSQL)`,
      processes: workers, posts, seconds, postsPerSecond: timedPosts / seconds, timedPosts, peakMb, publishSeconds,
      wallSeconds,
    };
  } finally {
    await nats.close();
    await database.drop();
  }
}

async function runDashboard(options: Options): Promise<DashboardTimings> {
  const kept = options.dashboardDatabase;
  const database = await createDatabase(options.postgres, kept ?? `tyndau_bench_${process.pid}_dashboard`, kept !== null);
  try {
    const store = await connectPostgresStore(database.url, { timezone: 'Asia/Almaty' });
    await store.close();
    const pool = createPool(database.url, 2);
    try {
      return await measureDashboard(pool, new MonthPartitions(), options.dashboardPosts, database.url);
    } finally {
      await pool.end();
    }
  } finally {
    if (kept === null) await database.drop();
  }
}

interface ThroughputFigures {
  readonly runs: readonly RunFigures[];
  readonly twoWorkersOverOne: number;
  readonly oneWorkerOverEmbedded: number;
  readonly publishPostsPerSecond: number;
}

async function runThroughput(options: Options): Promise<ThroughputFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'tyndau-bench-distributed-'));
  try {
    const corpus = join(dir, 'corpus.jsonl');
    const summary = writeCorpus(corpus, loadTextPools(), {
      posts: options.posts, days: 56, end: new Date(Date.UTC(2026, 10, 30)), seed: 42,
    });
    const tiny = join(dir, 'tiny.jsonl');
    writeCorpus(tiny, loadTextPools(), { posts: 20, days: 1, end: new Date(Date.UTC(2026, 10, 30)), seed: 7, idPrefix: 'tiny' });
    const project = writeBenchProject(dir, 'embedded.sqlite');
    mkdirSync(join(dir, 'tiny'));
    const tinyProject = writeBenchProject(join(dir, 'tiny'), 'tiny.sqlite');
    const env = { ...process.env, TYNDAU_BENCH_SECRET: BENCH_SECRET };

    process.stderr.write(`bench: ${summary.posts} posts, embedded…\n`);
    const embedded = await runEmbedded(project, corpus, tinyProject, tiny, summary.posts, env);
    process.stderr.write('bench: one worker…\n');
    const one = await runWorkers(options, project, corpus, summary.posts, 1, env);
    process.stderr.write('bench: two workers…\n');
    const two = await runWorkers(options, project, corpus, summary.posts, 2, env);
    return {
      runs: [embedded, one, two],
      twoWorkersOverOne: two.postsPerSecond / one.postsPerSecond,
      oneWorkerOverEmbedded: one.postsPerSecond / embedded.postsPerSecond,
      publishPostsPerSecond: summary.posts / one.publishSeconds,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const options = readOptions(process.argv.slice(2));
  const loadAtStart = loadavg()[0]!;
  const throughput = options.only === 'dashboard' ? null : await runThroughput(options);
  let dashboard: DashboardTimings | null = null;
  if (options.only !== 'throughput') {
    process.stderr.write(`bench: dashboard queries at ${options.dashboardPosts} posts…\n`);
    dashboard = await runDashboard(options);
  }

  const results = {
    date: new Date().toISOString(),
    cores: availableParallelism(),
    loadAtStart,
    loadAtEnd: loadavg()[0]!,
    options: {
      ...(dashboard === null ? {} : { dashboardPosts: options.dashboardPosts }),
      ...(throughput === null ? {} : { posts: options.posts }),
    },
    ...throughput,
    ...(dashboard === null ? {} : { dashboard }),
  };
  print(results);
  // A partial run keeps its own file, so that it never hides the other half's last figures.
  const file = options.only === null ? 'distributed.json' : `distributed-${options.only}.json`;
  const out = join(packageRoot(), 'bench', 'results');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, file), `${JSON.stringify(results, null, 2)}\n`);
}

function print(results: {
  cores: number; loadAtStart: number; loadAtEnd: number; runs?: readonly RunFigures[]; twoWorkersOverOne?: number;
  oneWorkerOverEmbedded?: number; publishPostsPerSecond?: number; dashboard?: DashboardTimings;
}): void {
  const lines = [`${results.cores} cores, load ${results.loadAtStart.toFixed(1)} at start, ${results.loadAtEnd.toFixed(1)} at end`];
  if (results.runs !== undefined) {
    lines.push(
      '',
      '| mode | processes | posts | seconds | posts/s | peak MB per process |',
      '| --- | ---: | ---: | ---: | ---: | --- |',
      ...results.runs.map((run) => `| ${run.mode} | ${run.processes} | ${run.posts} | ${run.seconds.toFixed(1)} | ` +
        `${Math.round(run.postsPerSecond)} | ${run.peakMb.map((mb) => mb.toFixed(0)).join(', ')} |`),
      '',
      `two workers / one worker: ${results.twoWorkersOverOne!.toFixed(2)}×`,
      `one worker / embedded: ${results.oneWorkerOverEmbedded!.toFixed(2)}×`,
      'worker seconds run from the moment every worker holds a batch (models loaded) to the drained stream,',
      'over the posts acknowledged in that time;',
      'embedded seconds are the import less its start, timed on a 20-post import',
      `publishing to JetStream: ${Math.round(results.publishPostsPerSecond!)} posts/s`,
    );
  }
  if (results.dashboard !== undefined) {
    const dashboard = results.dashboard;
    lines.push(
      '',
      `dashboard queries on ${dashboard.posts} posts (${dashboard.rollupRows} rollup rows, ` +
        `filled in ${dashboard.fillSeconds.toFixed(0)} s), ${dashboard.runs} runs each:`,
      '| query | p50 ms | p95 ms |',
      '| --- | ---: | ---: |',
      ...dashboard.queries.map((query) => `| ${query.name} | ${query.p50.toFixed(1)} | ${query.p95.toFixed(1)} |`),
    );
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

await main();
