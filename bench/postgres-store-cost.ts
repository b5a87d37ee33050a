/**
 * Where a distributed worker's posts cost CPU once analysed: posts already gated and analysed
 * (real texts, the Almaty project) are stored in batches of 500 through `PostgresStore`, as a
 * worker does, and the run reports the CPU seconds of this process (search entries, encoding,
 * the client) and of PostgreSQL's processes (read from /proc, Linux) per 1,000 posts, beside the
 * worker's own analysis CPU for the same posts. With `--variant` the same posts go into stores
 * that lack one piece, to see what each costs:
 *
 *   npm run build && node dist/bench/postgres-store-cost.js [--posts 20000] [--runs 3]
 *
 * The goal this serves: two workers at least 1.7× one on two cores holding the workers,
 * PostgreSQL and NATS, which asks PostgreSQL's share of a post to be small beside the worker's.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { importFile } from '../src/collect/index.js';
import { createAnalyzer } from '../src/analyze/pipeline.js';
import { PrivacyGate } from '../src/privacy/gate.js';
import { createPool } from '../src/store/postgres/connect.js';
import { connectPostgresStore } from '../src/store/postgres/postgres-store.js';
import type { StoredItem } from '../src/store/store.js';
import { loadBenchProject, writeBenchProject } from './bench-project.js';
import { loadTextPools } from './corpus/real-texts.js';
import { writeCorpus } from './corpus/write-corpus.js';

const BATCH = 500;
const SERVER = process.env['TYNDAU_BENCH_POSTGRES'] ?? 'postgres://postgres@127.0.0.1:5432';

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
}

/** CPU seconds used so far by every PostgreSQL process, the exited backends included. */
function postgresCpuSeconds(): number {
  let ticks = 0;
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    } catch {
      continue;
    }
    const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    if (!comm.startsWith('postgres') && comm !== 'postmaster') continue;
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    ticks += Number(fields[11]) + Number(fields[12]);
    // The postmaster holds the time of its exited children.
    if (fields[1] === '1') ticks += Number(fields[13]) + Number(fields[14]);
  }
  return ticks / 100;
}

function processCpuSeconds(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1e6;
}

/** Statements that take one piece away from a new store, to price that piece. */
const VARIANTS: Record<string, string> = {
  'as shipped': '',
  'without the search index': 'DROP INDEX posts_search',
  'without excerpt indexes': 'DROP INDEX post_issues_by_score; DROP INDEX post_issues_by_issue; DROP INDEX post_agencies_by_negative; DROP INDEX post_agencies_by_agency',
  'unlogged-like commit (synchronous_commit off)': 'ALTER DATABASE {db} SET synchronous_commit = off',
};

async function main(): Promise<void> {
  const posts = option('posts', 20_000);
  const runs = option('runs', 1);
  const dir = mkdtempSync(join(tmpdir(), 'tyndau-bench-pgcost-'));
  try {
    const corpus = join(dir, 'corpus.jsonl');
    writeCorpus(corpus, loadTextPools(), { posts, days: 56, end: new Date(Date.UTC(2026, 10, 30)), seed: 42 });
    const project = await loadBenchProject(writeBenchProject(dir, 'unused.sqlite'));
    const batch = await importFile(corpus, { timezone: project.timezone });
    const gate = new PrivacyGate({ secret: project.privacy.secret, subjects: project.subjects });
    const analyzer = await createAnalyzer(project);
    const collectedAt = new Date();
    const analysisStarted = processCpuSeconds();
    const items: StoredItem[] = batch.posts.map((raw) => {
      const post = gate.admit(raw, collectedAt);
      return { post, analysis: analyzer.analyze({ text: post.text, title: post.title, declaredLanguage: post.declaredLanguage }) };
    });
    const analysisCpu = processCpuSeconds() - analysisStarted;
    process.stdout.write(`${items.length} posts; gate and analysis ${(analysisCpu / items.length * 1e6).toFixed(0)} µs CPU a post\n\n`);
    process.stdout.write('| store | client µs/post | PostgreSQL µs/post | wall µs/post |\n| --- | ---: | ---: | ---: |\n');

    const admin = createPool(`${SERVER}/postgres`, 1);
    const only = process.env['BENCH_VARIANT'];
    for (const [name, change] of Object.entries(VARIANTS)) {
      if (only !== undefined && !name.startsWith(only)) continue;
      for (let run = 0; run < runs; run++) {
        const db = `tyndau_pgcost_${process.pid}`;
        await admin.query(`DROP DATABASE IF EXISTS ${db}`);
        await admin.query(`CREATE DATABASE ${db}`);
        try {
          const url = `${SERVER}/${db}`;
          const setup = await connectPostgresStore(url, { timezone: project.timezone });
          await setup.close();
          if (change !== '') {
            const pool = createPool(url, 1);
            await pool.query(change.replaceAll('{db}', db));
            await pool.end();
          }
          const store = await connectPostgresStore(url, { timezone: project.timezone, connections: 2 });
          const pgBefore = postgresCpuSeconds();
          const clientBefore = processCpuSeconds();
          const started = process.hrtime.bigint();
          for (let at = 0; at < items.length; at += BATCH) await store.savePosts(items.slice(at, at + BATCH));
          const wall = Number(process.hrtime.bigint() - started) / 1e9;
          const client = processCpuSeconds() - clientBefore;
          const server = postgresCpuSeconds() - pgBefore;
          await store.close();
          const per = (seconds: number): string => (seconds / items.length * 1e6).toFixed(0);
          process.stdout.write(`| ${name} | ${per(client)} | ${per(server)} | ${per(wall)} |\n`);
        } finally {
          await admin.query(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
        }
      }
    }
    await admin.end();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
