/**
 * Query benchmark: median milliseconds of `store.search` (counts by day and sentiment over every
 * match, plus the first page of 20 snippets) for queries of up to ten terms over a store of
 * `--posts` posts, beside a one-word FTS5 count on the same index as this machine's yardstick.
 * The first search on a connection also reads its matches' days and sentiments into memory; it
 * is timed on its own for the first query and the one with most matches. Results go to bench/results/query-search.json.
 *
 * Posts are sentences of the bundled demo corpus (real Russian and Kazakh text) joined two or
 * three at random into new posts, spread over a year, so that the vocabulary and word
 * frequencies are those of real text. The store file is built once and kept between runs.
 *
 *   npm run build && node dist/bench/query-search.js [--posts 1000000] [--runs 7] [--store FILE]
 *
 * With `--postgres URL` (a database of its own, e.g. postgres://postgres@127.0.0.1:5432/tyndau_query_bench)
 * the same posts go into a PostgreSQL store and the same queries are timed there; the database is
 * filled once and kept between runs. Its results go to bench/results/query-search-postgres.json.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';

import Database from 'better-sqlite3';

import type { Analysis, LanguageCode, SentimentLabel } from '../src/analyze/analysis.js';
import { importFile } from '../src/collect/index.js';
import { packageRoot } from '../src/package-root.js';
import { PrivacyGate } from '../src/privacy/gate.js';
import { parseQuery } from '../src/query/parser.js';
import { connectPostgresStore } from '../src/store/postgres/postgres-store.js';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import type { StoredItem } from '../src/store/store.js';
import { normaliseForMatching } from '../src/text/normalise.js';

const BATCH = 5000;
const SEVEN_TERMS = 'выборы OR выбор* OR президент OR парламент OR депутат* OR министр OR правительств*';
const QUERIES = [
  'автобус',
  'правительство',
  'врач OR дәрігер',
  '"горячей воды"',
  'полиция NOT police',
  '(больниц* OR емхана) AND очеред*',
  'мектеп OR школ* OR балабақша',
  'президент ONEAR/4 заявил',
  'акимат NEAR/5 (ремонт OR жөндеу)',
  'sentiment:negative (обслуживание OR қызмет)',
  'lang:kk жол* NOT "жөндеу жұмыстары"',
  '(цена* OR баға* OR тариф*) AND (рост OR өсті OR подорожал*)',
  'date:2025-03-01..2025-03-31 (суд OR сот)',
  '"спасибо большое" OR рахмет OR благодар*',
  'приложение NEAR/3 ("не работает" OR баяу OR тормозит)',
  SEVEN_TERMS,
  '(автобус OR троллейбус OR трамвай OR метро OR маршрут*) AND (опоздал* OR задерж* OR ждать OR очеред* OR кептеліс)',
  'жол OR көше OR көлік OR автобус OR аялдама OR дорога OR улица OR транспорт OR остановка OR пробк*',
  '"горячей воды" OR "холодной воды" OR отключ* OR авария OR су OR жылу OR отопление OR батаре*',
];

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? (process.argv[index + 1] as string) : fallback;
}

async function corpusSentences(): Promise<string[]> {
  const corpus = join(packageRoot(), 'examples', 'demo-corpus');
  const files = readdirSync(corpus).map((name) => join(corpus, name))
    .map((path) => (path.endsWith('telegram-export') ? join(path, 'result.json') : path));
  const sentences: string[] = [];
  for (const file of files) {
    const batch = await importFile(file, { timezone: 'Asia/Almaty' });
    for (const post of batch.posts) sentences.push(...post.text.split(/(?<=[.!?])\s+/).filter((part) => part.length > 20));
  }
  return sentences;
}

async function buildStore(path: string, posts: number): Promise<void> {
  const store = openSqliteStore(path, { timezone: 'Asia/Almaty' });
  await writePosts(posts, (items) => store.savePosts(items));
  store.close();
}

/** The bench posts, written a batch at a time through `save`. */
async function writePosts(posts: number, save: (items: StoredItem[]) => unknown): Promise<void> {
  const sentences = await corpusSentences();
  const gate = new PrivacyGate({ secret: 'bench-secret-0123456789', subjects: [] });
  const sentiments: SentimentLabel[] = ['negative', 'neutral', 'positive'];
  let state = 7;
  const next = (): number => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
  const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)]!;
  const start = Date.parse('2025-01-01T00:00:00Z');

  for (let done = 0; done < posts; done += BATCH) {
    const items: StoredItem[] = [];
    for (let index = done; index < Math.min(posts, done + BATCH); index++) {
      const text = Array.from({ length: 2 + Math.floor(next() * 2) }, () => pick(sentences)).join(' ');
      const post = gate.admit({
        kind: 'social', platform: 'telegram', nativeId: `bench-${index}`, text,
        publishedAt: new Date(start + Math.floor(next() * 365 * 86_400_000)),
        location: { file: 'bench', index },
      }, new Date());
      const normalised = normaliseForMatching(post.text);
      const language: LanguageCode = /[әғқңөұүһі]/.test(normalised) ? 'kk' : 'ru';
      const sentiment = pick(sentiments);
      const analysis: Analysis = {
        language: { code: language, shares: { [language]: 1 }, confidence: 0.9 },
        normalised, mentions: [], subjectSentiment: [], issues: [], slices: [], districts: [],
        sentiment: { label: sentiment, probabilities: { negative: 0.2, neutral: 0.2, positive: 0.2, [sentiment]: 0.6 } },
        agencies: [],
      } as Analysis;
      items.push({ post, analysis });
    }
    await save(items);
    if ((done / BATCH) % 20 === 0) process.stderr.write(`built ${done + items.length} posts\n`);
  }
}

/** The same queries over the same posts in PostgreSQL; the database is filled when empty. */
async function mainPostgres(url: string, posts: number, runs: number): Promise<void> {
  const store = await connectPostgresStore(url, { timezone: 'Asia/Almaty', connections: 2 });
  try {
    if (await store.countPosts() === 0) {
      const started = Date.now();
      await writePosts(posts, (items) => store.savePosts(items));
      console.log(`built ${posts} posts in ${((Date.now() - started) / 1000).toFixed(0)} s: ${url}`);
    }
    const loadAtStart = loadavg()[0] as number;
    console.log(`PostgreSQL, posts: ${await store.countPosts()}; load average ${loadAtStart.toFixed(2)}`);
    console.log('| query | matches | median ms |');
    console.log('| --- | ---: | ---: |');
    const timings: { query: string; matches: number; medianMs: number }[] = [];
    for (const text of QUERIES) {
      const query = parseQuery(text);
      const { total, medianMs } = await timeSearch(runs, async () => (await store.search(query, { limit: 20, offset: 0 })).total);
      timings.push({ query: text, matches: total, medianMs: round(medianMs) });
      console.log(`| \`${text}\` | ${total} | ${medianMs.toFixed(1)} |`);
    }
    const medians = timings.map((timing) => timing.medianMs);
    console.log(`median over queries: ${median(medians).toFixed(1)} ms; slowest ${Math.max(...medians).toFixed(1)} ms; load average at end ${(loadavg()[0] as number).toFixed(2)}`);
    const out = join(packageRoot(), 'bench', 'results', 'query-search-postgres.json');
    writeFileSync(out, `${JSON.stringify({
      at: new Date().toISOString(), posts, runs, loadAverageAtStart: round(loadAtStart),
      loadAverageAtEnd: round(loadavg()[0] as number), medianOverQueriesMs: median(medians),
      slowestMs: Math.max(...medians), timings,
    }, null, 2)}\n`);
    console.log(`written to ${out}`);
  } finally {
    await store.close();
  }
}

/** Runs a search `runs` times: its match count and its median milliseconds. */
async function timeSearch(runs: number, search: () => number | Promise<number>): Promise<{ total: number; medianMs: number }> {
  let total = 0;
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    total = await search();
    times.push(performance.now() - started);
  }
  return { total, medianMs: median(times) };
}

function median(values: number[]): number {
  const sorted = [...values].sort((left, right) => left - right);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

async function main(): Promise<void> {
  const posts = Number(option('posts', '1000000'));
  const runs = Number(option('runs', '7'));
  const postgres = option('postgres', '');
  if (postgres !== '') {
    await mainPostgres(postgres, posts, runs);
    return;
  }
  const path = option('store', join(tmpdir(), `tyndau-query-bench-${posts}.sqlite`));
  if (!existsSync(path)) {
    const started = Date.now();
    await buildStore(path, posts);
    console.log(`built ${posts} posts in ${((Date.now() - started) / 1000).toFixed(0)} s: ${path}`);
  }

  const loadAtStart = loadavg()[0] as number;
  const store = openSqliteStore(path, { timezone: 'Asia/Almaty' });
  const raw = new Database(path, { readonly: true });
  // The full-text index alone, without the posts' facts: what counting one stem costs at least.
  const baseline = raw.prepare(`SELECT count(*) FROM posts_search
    WHERE posts_search MATCH '("rавтобус_" * OR "kавтобус_" *)'`);
  const baselineTimes = Array.from({ length: runs }, () => {
    const started = performance.now();
    baseline.get();
    return performance.now() - started;
  });
  const yardstick = median(baselineTimes);
  // A new connection holds no post facts yet: its first search reads those of its matches.
  const firstSearches = [QUERIES[0], SEVEN_TERMS].map((text) => ({
    query: text as string, ms: round(coldSearch(path, text as string)),
  }));
  console.log(`posts: ${store.countPosts()}; load average ${loadAtStart.toFixed(2)}; yardstick (FTS5 count of one stem, index only): ${yardstick.toFixed(1)} ms`);
  for (const first of firstSearches) console.log(`first search on a new connection, \`${first.query}\`: ${first.ms} ms`);
  console.log('| query | terms | matches | median ms | × yardstick |');
  console.log('| --- | ---: | ---: | ---: | ---: |');

  const timings: { query: string; terms: number; matches: number; medianMs: number }[] = [];
  for (const text of QUERIES) {
    const query = parseQuery(text);
    const { total, medianMs } = await timeSearch(runs, () => store.search(query, { limit: 20, offset: 0 }).total);
    const terms = query.text.match(/[\p{L}*?]+(?![:\p{L}])/gu)?.filter((word) => !/^(AND|OR|NOT|O?NEAR)$/.test(word)).length ?? 0;
    timings.push({ query: text, terms, matches: total, medianMs: round(medianMs) });
    console.log(`| \`${text}\` | ${terms} | ${total} | ${medianMs.toFixed(1)} | ${(medianMs / yardstick).toFixed(1)} |`);
  }
  const medians = timings.map((timing) => timing.medianMs);
  console.log(`median over queries: ${median(medians).toFixed(1)} ms; slowest ${Math.max(...medians).toFixed(1)} ms; load average at end ${(loadavg()[0] as number).toFixed(2)}`);
  raw.close();
  store.close();

  const out = join(packageRoot(), 'bench', 'results', 'query-search.json');
  mkdirSync(join(out, '..'), { recursive: true });
  writeFileSync(out, `${JSON.stringify({
    at: new Date().toISOString(), posts, runs, loadAverageAtStart: round(loadAtStart),
    loadAverageAtEnd: round(loadavg()[0] as number), yardstickMs: round(yardstick),
    firstSearches, medianOverQueriesMs: median(medians), slowestMs: Math.max(...medians), timings,
  }, null, 2)}\n`);
  console.log(`written to ${out}`);
}

function coldSearch(path: string, text: string): number {
  const store = openSqliteStore(path, { timezone: 'Asia/Almaty' });
  const started = performance.now();
  store.search(parseQuery(text), { limit: 20, offset: 0 });
  const elapsed = performance.now() - started;
  store.close();
  return elapsed;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

await main();
