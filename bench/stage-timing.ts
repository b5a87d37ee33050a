/**
 * What the stage benchmarks share: posts of about 30 words built from real public sentences
 * (RuSentNE news sentences and KazSAnDRA reviews in Kazakh and Russian, when ../shared/data is
 * present), and posts per second as the median of five timed passes after a warm-up pass.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';

import { packageRoot } from '../src/package-root.js';

const WORDS_PER_POST = 30;
const PASSES = 5;

function sentences(fallback: readonly string[]): { texts: readonly string[]; origin: string } {
  const shared = join(packageRoot(), '..', 'shared', 'data');
  const texts: string[] = [];
  const column = (file: string, name: string, delimiter: string): void => {
    if (!existsSync(file)) return;
    const rows = parse(readFileSync(file), { columns: true, delimiter, relax_quotes: true, skip_records_with_error: true }) as Record<string, string>[];
    for (const row of rows) if (row[name]) texts.push(row[name] as string);
  };
  column(join(shared, 'rusentne', 'train_data.csv'), 'sentence', '\t');
  column(join(shared, 'kazsandra', '04_pc_valid.csv'), 'text', ',');
  if (texts.length > 0) return { texts, origin: 'RuSentNE train sentences and KazSAnDRA valid reviews' };
  return { texts: fallback, origin: 'built-in sample sentences' };
}

/** `count` posts of 30 words, the sentences joined in order and cut. */
export function benchPosts(count: number, fallback: readonly string[]): { posts: string[]; origin: string } {
  const { texts, origin } = sentences(fallback);
  const posts: string[] = [];
  let next = 0;
  while (posts.length < count) {
    const words: string[] = [];
    while (words.length < WORDS_PER_POST) {
      words.push(...(texts[next++ % texts.length] as string).split(/\s+/).filter(Boolean));
    }
    posts.push(words.slice(0, WORDS_PER_POST).join(' '));
  }
  return { posts, origin };
}

export interface Rate {
  /** Posts per second of this process's CPU time: the rate of one fully used core. */
  readonly cpu: number;
  /** Posts per second of elapsed time, which a busy machine lowers. */
  readonly wall: number;
}

export function postsPerSecond(count: number, run: () => void): Rate {
  run();
  const cpu: number[] = [];
  const wall: number[] = [];
  for (let pass = 0; pass < PASSES; pass++) {
    const started = process.hrtime.bigint();
    const usage = process.cpuUsage();
    run();
    const used = process.cpuUsage(usage);
    wall.push(count / (Number(process.hrtime.bigint() - started) / 1e9));
    cpu.push(count / ((used.user + used.system) / 1e6));
  }
  return { cpu: median(cpu), wall: median(wall) };
}

function median(values: number[]): number {
  return [...values].sort((left, right) => left - right)[Math.floor(values.length / 2)] as number;
}
