/**
 * Writes a benchmark corpus as JSON Lines: posts sampled from real public texts (see
 * `real-texts.ts`), mixed Russian, Kazakh and English, short comments and long articles, spread
 * over `days` days. The same seed gives the same file. Lines are written a few megabytes at a
 * time, so a corpus of any size takes no more memory than its source texts.
 */
import { closeSync, openSync, writeSync } from 'node:fs';

import { pick, seededRandom } from './random.js';
import type { TextPools } from './real-texts.js';

export interface CorpusOptions {
  readonly posts: number;
  /** Days the posts are spread over, ending the day before `end`. */
  readonly days: number;
  readonly end: Date;
  readonly seed: number;
  /** Prefix of native ids, so that corpora written for one store do not collide. */
  readonly idPrefix?: string;
}

export interface CorpusSummary {
  readonly posts: number;
  readonly bytes: number;
  readonly articles: number;
  readonly reposts: number;
  readonly averageCharacters: number;
}

interface CorpusRecord {
  id: string;
  platform: string;
  date: string;
  text: string;
  title?: string;
  outlet?: string;
  url?: string;
  repost_of?: string;
}

const OUTLETS = ['Vecher Almaty', 'Almaty Akshamy', 'Kazakh Daily Wire', 'City Bulletin', 'Nur Times'];
const SOCIAL_PLATFORMS = ['telegram', 'telegram', 'vk', 'vk', 'youtube', 'other'];
const FLUSH_BYTES = 4 << 20;
const DAY_MS = 86_400_000;

/** Writes `options.posts` records to `path` and returns what was written. */
export function writeCorpus(path: string, pools: TextPools, options: CorpusOptions): CorpusSummary {
  const next = seededRandom(options.seed);
  const prefix = options.idPrefix ?? 'bench';
  const start = options.end.getTime() - options.days * DAY_MS;
  const recent: CorpusRecord[] = [];
  const file = openSync(path, 'w');
  let chunk: string[] = [];
  let chunkBytes = 0;
  let bytes = 0;
  let articles = 0;
  let reposts = 0;
  let characters = 0;

  const flush = (): void => {
    const text = chunk.join('');
    bytes += writeSync(file, text);
    chunk = [];
    chunkBytes = 0;
  };

  for (let index = 0; index < options.posts; index++) {
    const id = `${prefix}-${index}`;
    const date = new Date(start + Math.floor(next() * options.days * DAY_MS)).toISOString();
    const roll = next();
    let record: CorpusRecord;
    if (roll < 0.12) {
      record = { id, date, ...article(pools, next) };
      articles++;
    } else if (roll < 0.16 && recent.length > 0) {
      // A repost or forward: the same words again, counted as amplification, not opinion.
      const original = pick(recent, next);
      record = { id, date, platform: original.platform, text: original.text, repost_of: original.id };
      reposts++;
    } else {
      record = { id, date, platform: pick(SOCIAL_PLATFORMS, next), text: socialText(pools, next) };
      remember(recent, record, next);
    }
    characters += record.text.length + (record.title?.length ?? 0);

    const line = JSON.stringify(record) + '\n';
    chunk.push(line);
    chunkBytes += line.length;
    if (chunkBytes >= FLUSH_BYTES) flush();
  }
  flush();
  closeSync(file);
  return {
    posts: options.posts, bytes, articles, reposts,
    averageCharacters: options.posts > 0 ? Math.round(characters / options.posts) : 0,
  };
}

/** Keeps up to 1000 recent posts to repost, replacing one now and then. */
function remember(recent: CorpusRecord[], record: CorpusRecord, next: () => number): void {
  if (recent.length < 1000) recent.push(record);
  else if (next() < 0.01) recent[Math.floor(next() * recent.length)] = record;
}

/** A resident's post: one text, sometimes two run together as one longer comment. */
function socialText(pools: TextPools, next: () => number): string {
  const roll = next();
  const pool = roll < 0.5 ? pools.russianSocial
    : roll < 0.85 ? pools.kazakhRussianReviews
      : roll < 0.95 ? pools.kazakhNews
        : pools.englishNews;
  const usable = pool.length > 0 ? pool : pools.kazakhRussianReviews;
  const first = pick(usable, next);
  return next() < 0.2 ? `${first} ${pick(usable, next)}` : first;
}

/** A news article: a whole Russian article, or a headline and 3 to 12 sentences in one language. */
function article(pools: TextPools, next: () => number): Pick<CorpusRecord, 'platform' | 'title' | 'text' | 'outlet' | 'url'> {
  const outlet = pick(OUTLETS, next);
  const url = `https://${outlet.toLowerCase().replaceAll(' ', '-')}.example/${Math.floor(next() * 1e9)}`;
  if (pools.russianArticles.length > 0 && next() < 0.25) {
    const whole = pick(pools.russianArticles, next);
    const breakAt = whole.indexOf('\n');
    const title = breakAt > 0 ? whole.slice(0, breakAt) : whole.slice(0, 80);
    return { platform: 'news', outlet, url, title, text: whole.slice(breakAt + 1).trim() || whole };
  }

  const roll = next();
  const pool = roll < 0.7 ? pools.russianNews : roll < 0.95 ? pools.kazakhNews : pools.englishNews;
  const usable = pool.length > 0 ? pool : pools.russianNews;
  const sentences: string[] = [];
  const count = 3 + Math.floor(next() * 10);
  for (let sentence = 0; sentence < count; sentence++) sentences.push(pick(usable, next));
  return { platform: 'news', outlet, url, title: pick(usable, next), text: sentences.join(' ') };
}
