/**
 * Sentiment micro-benchmark: short posts per second through `overall` (and `towardSubjects` with
 * one mention) on one core, median of 5 runs.
 *
 *   npm run build && node dist/bench/sentiment.js [--data DIR]
 *
 * By default the posts are the sentences kept under test/fixtures/sentiment, repeated; with
 * --data, the KazSAnDRA test reviews (real short posts) from the shared data folder.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

import type { LanguageResult, Mention } from '../src/analyze/analysis.js';
import { createSentimentAnalyzer } from '../src/analyze/sentiment/index.js';
import { shippedModelsFolder } from '../src/models/index.js';
import { normaliseForMatching } from '../src/text/normalise.js';
import { readTable } from '../training/sentiment/corpora/read-table.js';

const POSTS = 50_000;
const RUNS = 5;

function fixturePosts(): string[] {
  const folder = join(shippedModelsFolder(), '..', 'test', 'fixtures', 'sentiment');
  const lines = [
    'clear-cut-posts.tsv',
    'subject-differs-from-post.tsv',
    'tiny-training-set.tsv',
  ].flatMap((name) => readFileSync(join(folder, name), 'utf8').trimEnd().split('\n').slice(1));
  return lines.map((line) => line.split('\t').at(-1) ?? '');
}

function kazsandraPosts(dataDir: string): string[] {
  return readTable(join(dataDir, 'kazsandra', '05_pc_test.csv')).map((row) => row.text ?? '');
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { data: { type: 'string' } } });
  const source = values.data ? kazsandraPosts(values.data) : fixturePosts();
  const posts = Array.from({ length: POSTS }, (_, index) => source[index % source.length]!);
  const normalised = posts.map(normaliseForMatching);
  const language: LanguageResult = { code: 'ru', shares: { ru: 1 }, confidence: 1 };
  const analyzer = await createSentimentAnalyzer({ subjects: [{ id: 'akim', kind: 'official' }] });

  const meanLength = normalised.reduce((sum, text) => sum + text.length, 0) / normalised.length;
  const overallRates: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const started = process.hrtime.bigint();
    for (const text of normalised) analyzer.overall(text, language);
    overallRates.push(POSTS / (Number(process.hrtime.bigint() - started) / 1e9));
  }

  const subjectRates: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const started = process.hrtime.bigint();
    for (let index = 0; index < POSTS; index++) {
      const text = posts[index]!;
      const middle = text.indexOf(' ') + 1;
      const mention: Mention = {
        subjectId: 'akim',
        start: middle,
        end: middle,
        form: '',
        how: 'alias',
      };
      analyzer.towardSubjects(text, normalised[index]!, [mention], language);
    }
    subjectRates.push(POSTS / (Number(process.hrtime.bigint() - started) / 1e9));
  }

  console.log(
    `sentiment bench: ${POSTS} posts from ${values.data ? 'KazSAnDRA test' : 'fixtures'}, ` +
      `mean ${meanLength.toFixed(0)} chars`,
  );
  console.log(`overall: ${Math.round(median(overallRates))} posts/s (median of ${RUNS})`);
  console.log(
    `towardSubjects, one mention: ${Math.round(median(subjectRates))} posts/s (median of ${RUNS})`,
  );
}

await main();
