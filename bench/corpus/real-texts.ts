/**
 * Real public texts to build benchmark posts from, grouped by what kind of post they can stand
 * for. They come from the corpora in ../shared/data when that folder is present, and always from
 * the bundled examples/demo-corpus, so the benchmark runs on a fresh clone too (with less variety).
 *
 * Nothing here is written into the repository: posts are generated into a temporary folder.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { parse } from 'csv-parse/sync';

import { packageRoot } from '../../src/package-root.js';

export interface TextPools {
  /** Residents' posts and comments in Russian: VK posts, tweets, opinion sentences. */
  readonly russianSocial: string[];
  /** Reviews and comments in Kazakh, Russian and both mixed, in Cyrillic and Latin letters. */
  readonly kazakhRussianReviews: string[];
  /** News sentences in Russian, to build articles from. */
  readonly russianNews: string[];
  /** News sentences in Kazakh. */
  readonly kazakhNews: string[];
  /** News sentences in English. */
  readonly englishNews: string[];
  /** Whole Russian news articles: the first line is the headline. */
  readonly russianArticles: string[];
  /** Where the texts came from, for the report. */
  readonly origins: string[];
}

const MAX_PER_SOURCE = 60_000;

export function loadTextPools(): TextPools {
  const shared = join(packageRoot(), '..', 'shared', 'data');
  const pools: TextPools = {
    russianSocial: [], kazakhRussianReviews: [], russianNews: [], kazakhNews: [], englishNews: [],
    russianArticles: [], origins: [],
  };
  const add = (pool: string[], origin: string, texts: string[]): void => {
    const kept = texts.map((text) => text.trim()).filter((text) => text.length > 0).slice(0, MAX_PER_SOURCE);
    if (kept.length === 0) return;
    pool.push(...kept);
    pools.origins.push(`${origin} (${kept.length})`);
  };

  add(pools.kazakhRussianReviews, 'demo-corpus KazSAnDRA reviews', demoCorpusTexts('kazsandra-reviews.jsonl'));
  add(pools.russianNews, 'demo-corpus RuSentNE sentences', demoFeedSentences());

  if (!existsSync(shared)) return pools;
  const at = (...parts: string[]): string => join(shared, ...parts);
  add(pools.russianSocial, 'RuSentiment posts', csvColumn(at('rusentiment', 'rusentiment_random_posts.csv'), 'text'));
  add(pools.russianSocial, 'RuSentiTweet train', csvColumn(at('rusentitweet', 'train.csv'), 'text'));
  add(pools.russianSocial, 'open-sentiment-corpus',
    csvColumn(at('open-sentiment-corpus', 'opensentimentcorpus-final-by-majority.csv'), 'Sentence'));
  add(pools.kazakhRussianReviews, 'KazSAnDRA train', csvColumn(at('kazsandra', '03_pc_train_rus.csv'), 'text'));
  add(pools.kazakhRussianReviews, 'KazSAnDRA valid', csvColumn(at('kazsandra', '04_pc_valid.csv'), 'text'));
  add(pools.russianNews, 'RuSentNE train', csvColumn(at('rusentne', 'train_data.csv'), 'sentence', '\t'));
  add(pools.russianNews, 'NTREX rus', lines(at('ntrex', 'rus.txt')));
  add(pools.russianNews, 'lingua ru sentences', lines(at('lingua-testdata', 'ru-sentences.txt')));
  add(pools.kazakhNews, 'NTREX kaz', lines(at('ntrex', 'kaz.txt')));
  add(pools.kazakhNews, 'lingua kk sentences', lines(at('lingua-testdata', 'kk-sentences.txt')));
  add(pools.kazakhNews, 'KazNERD valid sentences', iob2Sentences(at('kaznerd', 'IOB2_valid.txt')));
  add(pools.englishNews, 'NTREX eng-US', lines(at('ntrex', 'eng-US.txt')));
  add(pools.englishNews, 'lingua en sentences', lines(at('lingua-testdata', 'en-sentences.txt')));
  add(pools.russianArticles, 'NEREL train articles', folderTexts(at('nerel', 'NEREL-v1.1', 'train')));
  return pools;
}

function demoCorpusTexts(name: string): string[] {
  const path = join(packageRoot(), 'examples', 'demo-corpus', name);
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8').split('\n').filter((line) => line.trim() !== '')
    .map((line) => String((JSON.parse(line) as { text?: unknown }).text ?? ''));
}

/** Item titles of the bundled RSS feed: RuSentNE news sentences. */
function demoFeedSentences(): string[] {
  const path = join(packageRoot(), 'examples', 'demo-corpus', 'rusentne-sample-feed-1.rss.xml');
  if (!existsSync(path)) return [];
  const xml = readFileSync(path, 'utf8');
  return [...xml.matchAll(/<item>\s*<title>([^<]+)<\/title>/g)].map((match) => match[1]!);
}

function csvColumn(path: string, column: string, delimiter = ','): string[] {
  if (!existsSync(path)) return [];
  const rows = parse(readFileSync(path), {
    columns: true, delimiter, relax_quotes: true, skip_records_with_error: true,
  }) as Record<string, string>[];
  return rows.map((row) => row[column] ?? '');
}

function lines(path: string): string[] {
  return existsSync(path) ? readFileSync(path, 'utf8').split('\n') : [];
}

function folderTexts(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((name) => name.endsWith('.txt')).sort()
    .map((name) => readFileSync(join(dir, name), 'utf8'));
}

/** Sentences of a token-per-line IOB2 file (blank lines between sentences), spaced as usual. */
function iob2Sentences(path: string): string[] {
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8').split(/\n\s*\n/)
    .map((block) => block.split('\n').map((line) => line.split(' ')[0] ?? '').filter((token) => token !== ''))
    .filter((tokens) => tokens.length > 0)
    .map((tokens) => tokens.join(' ').replace(/ ([.,!?:;»)])/g, '$1').replace(/([«(]) /g, '$1'));
}
