/**
 * Privacy-gate benchmark: short posts per second through `PrivacyGate.admit` (hashing,
 * redaction, coarsening) on one core, median of 5 runs.
 *
 *   npm run build && node dist/bench/privacy-gate.js [--posts 100000]
 *
 * Texts are KazSAnDRA reviews and RuSentNE news sentences from ../shared/data when present, else
 * the privacy test fixtures; about one in five gets a phone number, a handle or a name added, as
 * residents' posts carry them. Every tenth post is a news article with a title.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';

import type { RawPost } from '../src/collect/raw-post.js';
import { packageRoot } from '../src/package-root.js';
import { PrivacyGate } from '../src/privacy/gate.js';

const RUNS = 5;
const ADDITIONS = [
  ' Звоните 8 701 123 45 67.',
  ' Пишите @almaty_dvor или ivan.petrov@mail.ru',
  ' Спасибо Айгерім Сапаровой за помощь!',
  ' Подробнее: vk.com/id48213',
  ' Ерболат Досаев обещал решить вопрос.',
];

function postCount(argv: readonly string[]): number {
  const index = argv.indexOf('--posts');
  return index >= 0 ? Number(argv[index + 1]) : 100_000;
}

function loadTexts(): { texts: string[]; origin: string } {
  const shared = join(packageRoot(), '..', 'shared', 'data');
  const texts: string[] = [];
  const column = (file: string, name: string, delimiter = ','): void => {
    if (!existsSync(file)) return;
    const rows = parse(readFileSync(file), { columns: true, delimiter, relax_quotes: true, skip_records_with_error: true });
    for (const row of rows as Record<string, string>[]) if (row[name]) texts.push(row[name]!);
  };
  column(join(shared, 'kazsandra', '03_pc_train_rus.csv'), 'text');
  column(join(shared, 'rusentne', 'train_data.csv'), 'sentence', '\t');
  if (texts.length > 0) return { texts, origin: '../shared/data (KazSAnDRA train, RuSentNE train)' };

  const fixtures = join(packageRoot(), 'test', 'fixtures', 'privacy');
  for (const file of readdirSync(fixtures)) {
    if (file.endsWith('.txt') && !file.endsWith('.redacted.txt')) texts.push(...readFileSync(join(fixtures, file), 'utf8').split(/(?<=[.!?])\s+/));
  }
  return { texts, origin: 'test/fixtures/privacy sentences' };
}

function rawPosts(texts: readonly string[], count: number): RawPost[] {
  const posts: RawPost[] = [];
  for (let index = 0; index < count; index++) {
    const base = texts[(index * 7919) % texts.length]!;
    const text = index % 5 === 0 ? base + ADDITIONS[(index / 5) % ADDITIONS.length] : base;
    const article = index % 10 === 3;
    posts.push({
      kind: article ? 'article' : 'social',
      platform: article ? 'news' : 'telegram',
      nativeId: String(1_000_000 + index),
      title: article ? text.slice(0, 60) : undefined,
      text,
      publishedAt: new Date(Date.UTC(2025, 2, 1) + index * 61_000),
      outlet: article ? 'Tengrinews' : undefined,
      url: article ? `https://tengrinews.kz/news/${index}` : undefined,
      parentNativeId: index % 3 === 0 ? String(index) : undefined,
      location: { file: 'bench', index },
    });
  }
  return posts;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function main(): void {
  const { texts, origin } = loadTexts();
  const posts = rawPosts(texts, postCount(process.argv.slice(2)));
  const averageCharacters = Math.round(posts.reduce((sum, post) => sum + post.text.length, 0) / posts.length);

  const constructed = performance.now();
  const gate = new PrivacyGate({
    secret: 'bench-secret-not-for-production',
    subjects: [{ id: 'akim', kind: 'official', name: 'Ерболат Досаев', aliases: ['Досаев'], context: [], ambiguousAliases: [] }],
  });
  const constructionMs = performance.now() - constructed;
  const firstSeen = new Date();

  for (const post of posts.slice(0, 5000)) gate.admit(post, firstSeen);
  const rates: number[] = [];
  let redactedPosts = 0;
  for (let run = 0; run < RUNS; run++) {
    redactedPosts = 0;
    const started = performance.now();
    for (const post of posts) {
      const admitted = gate.admit(post, firstSeen);
      if (admitted.text !== post.text) redactedPosts++;
    }
    rates.push(posts.length / ((performance.now() - started) / 1000));
  }

  const result = {
    posts: posts.length,
    origin,
    averageCharacters,
    postsWithRedactions: redactedPosts,
    gateConstructionMs: Math.round(constructionMs),
    runs: rates.map(Math.round),
    medianPostsPerSecond: Math.round(median(rates)),
  };
  console.log(`privacy gate: ${result.medianPostsPerSecond} posts/s (median of ${RUNS} runs, ${posts.length} posts, ` +
    `${averageCharacters} characters on average, from ${origin})`);
  console.log(JSON.stringify(result));
}

main();
