/**
 * Store benchmark: posts per second through `savePosts` (posts, analysis tables, FTS5 entry and
 * rollups, batches of 1000 in one transaction each), beside a plain SQLite insert of the same raw
 * texts into a one-column table as a yardstick for this machine. Median of five runs each.
 *
 * Texts are built from a fixed Russian and Kazakh city vocabulary, 60 to 400 characters like
 * social posts, so the benchmark needs no data files.
 *
 *   npm run build && node dist/bench/store-insert.js [--posts 20000] [--runs 5]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import Database from 'better-sqlite3';

import type { Analysis, SentimentLabel } from '../src/analyze/analysis.js';
import { PrivacyGate } from '../src/privacy/gate.js';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import type { StoredItem } from '../src/store/store.js';
import { normaliseForMatching } from '../src/text/normalise.js';

const BATCH = 1000;

const WORDS = (
  'акимат аким Алматы город дорога пробка автобус остановка свет вода отопление отключили опять ' +
  'снова жители район Ауэзовский Алмалинский Бостандыкский Медеуский ремонт яма асфальт парк деревья ' +
  'вырубка смог воздух школа больница очередь цены тариф проезд пенсионеры дети семьи спасибо ' +
  'ужасно хорошо плохо когда наконец почему никто не делает обещали сделали новый старый ' +
  'қала әкімдік жол кептеліс аялдама жарық су жылу өшірді тағы тұрғындар аудан жөндеу шұңқыр ' +
  'саябақ ағаш түтін ауа мектеп аурухана кезек баға жолақы зейнеткерлер балалар рахмет нашар жақсы'
).split(' ');

function readOption(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
}

function buildItems(count: number): StoredItem[] {
  const gate = new PrivacyGate({ secret: 'bench-secret', subjects: [] });
  const sentiments: SentimentLabel[] = ['negative', 'neutral', 'positive'];
  const issues = ['transport', 'roads', 'outages', 'ecology', 'parks-trees', 'prices'];
  const districts = ['auezov', 'almaly', 'bostandyk', 'medeu'];
  let state = 1;
  const next = (): number => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
  const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)]!;

  const items: StoredItem[] = [];
  for (let index = 0; index < count; index++) {
    const length = 8 + Math.floor(next() * 50);
    const words: string[] = [];
    for (let word = 0; word < length; word++) words.push(pick(WORDS));
    const text = words.join(' ');
    const post = gate.admit({
      kind: 'social',
      platform: pick(['telegram', 'vk', 'youtube'] as const),
      nativeId: `bench-${index}`,
      text,
      publishedAt: new Date(Date.UTC(2024, 10, 1) + Math.floor(next() * 30 * 86_400_000)),
      location: { file: 'bench', index },
    }, new Date());
    const sentiment = pick(sentiments);
    const probabilities = { negative: 0.2, neutral: 0.3, positive: 0.5 };
    const analysis: Analysis = {
      language: { code: 'ru', shares: { ru: 1 }, confidence: 0.9 },
      normalised: normaliseForMatching(text),
      mentions: [],
      sentiment: { label: sentiment, probabilities },
      subjectSentiment: next() < 0.3 ? [{ subjectId: 'akimat', label: pick(sentiments), probabilities }] : [],
      issues: next() < 0.6 ? [{ issueId: pick(issues), score: next(), evidence: [] }] : [],
      slices: next() < 0.2 ? ['elderly'] : [],
      districts: next() < 0.3 ? [pick(districts)] : [],
      agencies: next() < 0.5
        ? [{ agencyId: 'health-department', rule: 'issue', issueId: 'healthcare', districtId: null, evidence: [] }]
        : [],
    };
    items.push({ post, analysis });
  }
  return items;
}

/** Posts per second of wall time and per second of this process's CPU time. */
interface Rate {
  readonly wall: number;
  readonly cpu: number;
}

// On a shared machine the wall-clock figure swings with other work; CPU time swings much less.
function measure(count: number, work: () => void): Rate {
  const cpuStart = process.cpuUsage();
  const started = process.hrtime.bigint();
  work();
  const wallSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu = process.cpuUsage(cpuStart);
  return { wall: count / wallSeconds, cpu: count / ((cpu.user + cpu.system) / 1e6) };
}

function timeStore(items: readonly StoredItem[], folder: string, run: number): Rate {
  const store = openSqliteStore(join(folder, `store-${run}.sqlite`), { timezone: 'Asia/Almaty' });
  const rate = measure(items.length, () => {
    for (let offset = 0; offset < items.length; offset += BATCH) {
      store.savePosts(items.slice(offset, offset + BATCH));
    }
  });
  store.close();
  return rate;
}

function timePlainInsert(texts: readonly string[], folder: string, run: number): Rate {
  const database = new Database(join(folder, `plain-${run}.sqlite`));
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = NORMAL');
  database.exec('CREATE TABLE raw (text TEXT NOT NULL)');
  const insert = database.prepare('INSERT INTO raw (text) VALUES (?)');
  const insertBatch = database.transaction((batch: readonly string[]) => {
    for (const text of batch) insert.run(text);
  });
  const rate = measure(texts.length, () => {
    for (let offset = 0; offset < texts.length; offset += BATCH) {
      insertBatch(texts.slice(offset, offset + BATCH));
    }
  });
  database.close();
  return rate;
}

function median(rates: readonly Rate[], kind: keyof Rate): number {
  const sorted = rates.map((rate) => rate[kind]).sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function format(rate: number): string {
  return Math.round(rate).toLocaleString('en');
}

const posts = readOption('posts', 20_000);
const runs = readOption('runs', 5);
const items = buildItems(posts);
const texts = items.map((item) => item.post.text);
const folder = mkdtempSync(join(tmpdir(), 'tyndau-bench-store-'));
try {
  const storeRates: Rate[] = [];
  const plainRates: Rate[] = [];
  for (let run = 0; run < runs; run++) {
    storeRates.push(timeStore(items, folder, run));
    plainRates.push(timePlainInsert(texts, folder, run));
  }
  const store = median(storeRates, 'wall');
  const plain = median(plainRates, 'wall');
  process.stdout.write(
    `${posts} posts in batches of ${BATCH}, median of ${runs} runs\n` +
    `savePosts (posts, analysis, FTS5, rollups): ${format(store)} posts/s ` +
    `(${format(median(storeRates, 'cpu'))} per CPU-second)\n` +
    `plain insert of the raw texts: ${format(plain)} posts/s ` +
    `(${format(median(plainRates, 'cpu'))} per CPU-second)\n` +
    `savePosts takes ${(plain / store).toFixed(1)}× the time of the plain insert\n`,
  );
} finally {
  rmSync(folder, { recursive: true, force: true });
}
