/**
 * End-to-end benchmark: posts per second through import → privacy gate → analysis → SQLite
 * (FTS and rollups), with peak memory, on a corpus sampled from real public texts.
 *
 * Texts come from ../shared/data (KazSAnDRA, RuSentNE, open-sentiment-corpus) when present, else
 * from the bundled demo corpus. A plain SQLite insert of the same raw texts is measured in the same
 * run as a yardstick, so the figures can be compared on a noisy machine.
 *
 *   npm run bench -- [--posts 100000] [--runs 3]
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { parse } from 'csv-parse/sync';

import { ingestFiles } from '../src/ingest/ingest-files.js';
import { createLogger } from '../src/log/logger.js';
import { loadProject } from '../src/project/load-project.js';
import { packageRoot } from '../src/package-root.js';
import { PrivacyGate } from '../src/privacy/gate.js';
import { createAnalyzer } from '../src/analyze/pipeline.js';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';

interface Options { posts: number; runs: number }

function readOptions(argv: readonly string[]): Options {
  const value = (name: string, fallback: number): number => {
    const index = argv.indexOf(`--${name}`);
    return index >= 0 ? Number(argv[index + 1]) : fallback;
  };
  return { posts: value('posts', 100_000), runs: value('runs', 3) };
}

/** Real texts to sample from, with where they came from. */
function loadTexts(): { texts: string[]; origin: string } {
  const shared = join(packageRoot(), '..', 'shared', 'data');
  const texts: string[] = [];
  const csvColumn = (file: string, column: string, delimiter = ','): void => {
    if (!existsSync(file)) return;
    const rows = parse(readFileSync(file), { columns: true, delimiter, relax_quotes: true, skip_records_with_error: true }) as Record<string, string>[];
    for (const row of rows) if (row[column]) texts.push(row[column]!);
  };
  csvColumn(join(shared, 'kazsandra', '03_pc_train_rus.csv'), 'text');
  csvColumn(join(shared, 'rusentne', 'train_data.csv'), 'sentence', '\t');
  csvColumn(join(shared, 'open-sentiment-corpus', 'opensentimentcorpus-final-by-majority.csv'), 'Sentence');
  if (texts.length > 0) return { texts, origin: '../shared/data (KazSAnDRA train, RuSentNE train, open-sentiment-corpus)' };

  const corpus = join(packageRoot(), 'examples', 'demo-corpus');
  for (const name of readdirSync(corpus)) {
    if (!name.endsWith('.jsonl')) continue;
    for (const line of readFileSync(join(corpus, name), 'utf8').split('\n')) {
      if (line.trim()) texts.push(String(JSON.parse(line).text ?? ''));
    }
  }
  return { texts, origin: 'examples/demo-corpus JSONL' };
}

/** A deterministic generator, so every run samples the same corpus. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function writeCorpus(dir: string, texts: readonly string[], count: number): string {
  const next = random(42);
  const platforms = ['telegram', 'vk', 'youtube', 'news'];
  const start = Date.UTC(2026, 9, 1);
  const lines: string[] = [];
  for (let index = 0; index < count; index++) {
    const text = texts[Math.floor(next() * texts.length)]!;
    const publishedAt = new Date(start + Math.floor(next() * 56 * 86_400_000)).toISOString();
    lines.push(JSON.stringify({ id: `bench-${index}`, text, date: publishedAt, platform: platforms[index % 4] }));
  }
  const path = join(dir, 'corpus.jsonl');
  writeFileSync(path, lines.join('\n') + '\n');
  return path;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function plainInsert(dir: string, texts: readonly string[]): number {
  const path = join(dir, `plain-${Date.now()}.sqlite`);
  const database = new Database(path);
  database.pragma('journal_mode = WAL');
  database.exec('CREATE TABLE posts (id INTEGER PRIMARY KEY, text TEXT NOT NULL)');
  const insert = database.prepare('INSERT INTO posts (text) VALUES (?)');
  const started = performance.now();
  const insertAll = database.transaction((rows: readonly string[]) => {
    for (const row of rows) insert.run(row);
  });
  for (let offset = 0; offset < texts.length; offset += 1000) insertAll(texts.slice(offset, offset + 1000));
  const seconds = (performance.now() - started) / 1000;
  database.close();
  return texts.length / seconds;
}

async function main(): Promise<void> {
  const options = readOptions(process.argv.slice(2));
  const dir = mkdtempSync(join(tmpdir(), 'tyndau-bench-'));
  const { texts, origin } = loadTexts();
  const corpusPath = writeCorpus(dir, texts, options.posts);
  const corpusTexts = readFileSync(corpusPath, 'utf8').trimEnd().split('\n').map((line) => JSON.parse(line).text as string);
  const averageWords = corpusTexts.reduce((sum, text) => sum + text.split(/\s+/).length, 0) / corpusTexts.length;

  process.env.TYNDAU_BENCH_SECRET = 'bench-secret-not-for-production';
  const projectPath = join(dir, 'tyndau.yaml');
  writeFileSync(projectPath, readFileSync(join(packageRoot(), 'examples', 'almaty', 'tyndau.yaml'), 'utf8')
    .replace(/secret:.*$/m, 'secret: env:TYNDAU_BENCH_SECRET'));
  const project = await loadProject(projectPath, process.env);
  const gate = new PrivacyGate({ secret: project.privacy.secret, subjects: project.subjects });
  const analyzer = await createAnalyzer(project);
  const silent = createLogger({ write: () => true } as unknown as NodeJS.WritableStream, 'json');

  const endToEnd: number[] = [];
  const plain: number[] = [];
  let storeBytes = 0;
  for (let run = 0; run < options.runs; run++) {
    const storePath = join(dir, `run-${run}.sqlite`);
    const store = openSqliteStore(storePath, { timezone: project.timezone });
    const started = performance.now();
    const summary = await ingestFiles([corpusPath], { timezone: project.timezone, gate, analyzer, store, logger: silent });
    const seconds = (performance.now() - started) / 1000;
    store.close();
    endToEnd.push(summary.inserted / seconds);
    storeBytes = statSync(storePath).size + (existsSync(storePath + '-wal') ? statSync(storePath + '-wal').size : 0);
    plain.push(plainInsert(dir, corpusTexts));
  }

  const peakRssMiB = process.resourceUsage().maxRSS / 1024;
  const result = {
    corpus: { posts: options.posts, averageWords: Math.round(averageWords * 10) / 10, origin },
    runs: options.runs,
    endToEndPostsPerSecond: Math.round(median(endToEnd)),
    plainSqliteInsertPostsPerSecond: Math.round(median(plain)),
    ratioToPlainInsert: Math.round((median(endToEnd) / median(plain)) * 1000) / 1000,
    peakRssMiB: Math.round(peakRssMiB),
    storeBytesPerPost: Math.round(storeBytes / options.posts),
  };
  console.table([
    { measure: 'end-to-end posts/s (median)', value: result.endToEndPostsPerSecond },
    { measure: 'plain SQLite insert posts/s (yardstick)', value: result.plainSqliteInsertPostsPerSecond },
    { measure: 'ratio end-to-end / plain insert', value: result.ratioToPlainInsert },
    { measure: 'peak RSS MiB', value: result.peakRssMiB },
    { measure: 'store bytes per post', value: result.storeBytesPerPost },
  ]);
  console.log(JSON.stringify(result));
  rmSync(dir, { recursive: true, force: true });
}

await main();
