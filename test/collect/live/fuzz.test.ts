import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import { recogniseFormat } from '../../../src/collect/detect-format.js';
import { decodeBytes } from '../../../src/collect/encoding/decode-bytes.js';
import type { ImportContext } from '../../../src/collect/import-context.js';
import { importRecognised } from '../../../src/collect/import-file.js';
import type { ImportBatch } from '../../../src/collect/raw-post.js';
import { readChannelPreview } from '../../../src/collect/telegram/channel-preview.js';

const MUTANTS = 10_000;
const FIXTURES = fileURLToPath(new URL('../../fixtures/collect/', import.meta.url));
const SEEDS = ['rss-section-city.xml', 'rss-windows-1251-prolog-no-header.xml', 'telegram-preview-latest.html',
  'youtube-comment-threads.json', 'vk-wall-get.json', 'vk-newsfeed-search.json']
  .map((name) => ({ name: `live/${name}`, bytes: readFileSync(`${FIXTURES}live/${name}`) }))
  .concat(readdirSync(FIXTURES).filter((name) => /\.(xml|json|jsonl|csv)$/.test(name)).map((name) => ({
    name, bytes: readFileSync(FIXTURES + name),
  })));
const FRAGMENTS = ['<', '>', '&', '&amp;', ']]>', '<![CDATA[', '<item>', '</item>', '"', '{', '}', '[', ',', '\\u', '\u0000', '\ufffd', 'data-post="x/1"', '\xc3'];

/** A small deterministic generator (mulberry32), so a failure names a reproducible mutant. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

function mutate(bytes: Buffer, random: () => number): Buffer {
  let data = Buffer.from(bytes);
  const edits = 1 + Math.floor(random() * 4);
  for (let edit = 0; edit < edits; edit++) {
    const at = Math.floor(random() * (data.length + 1));
    const choice = random();
    if (choice < 0.25) data = data.subarray(0, at);
    else if (choice < 0.5) data = Buffer.concat([data.subarray(0, at), Buffer.from(FRAGMENTS[Math.floor(random() * FRAGMENTS.length)]!), data.subarray(at)]);
    else if (choice < 0.7) data = Buffer.concat([data.subarray(0, at), data.subarray(at + Math.floor(random() * 64))]);
    else if (choice < 0.85 && data.length > 0) data[Math.min(at, data.length - 1)] = Math.floor(random() * 256);
    else data = Buffer.concat([data.subarray(0, at), data.subarray(Math.floor(random() * data.length))]);
  }
  return data;
}

/** Everything a collector does with bytes it fetched or was given, as one call. */
function parse(bytes: Buffer, file: string): ImportBatch | number {
  const text = decodeBytes(bytes).text;
  if (file.endsWith('.html')) return readChannelPreview(text).messages.length;
  const context: ImportContext = { file, timezone: 'Asia/Almaty', now: new Date('2025-01-10T00:00:00Z') };
  return importRecognised(text, recogniseFormat(text, file), context);
}

describe('parsers under fuzzing', () => {
  it(`survive ${MUTANTS} mutated feeds, pages and exports, each failure naming its source`, () => {
    const random = generator(20250110);
    const unnamed: string[] = [];
    let failures = 0;
    let slowest = 0;

    for (let index = 0; index < MUTANTS; index++) {
      const seed = SEEDS[index % SEEDS.length]!;
      const file = `mutant-${index}-of-${seed.name}`;
      const bytes = mutate(seed.bytes, random);
      const started = performance.now();
      try {
        const batch = parse(bytes, file);
        if (typeof batch !== 'number') {
          for (const skip of batch.skipped) if (skip.location.file !== file) unnamed.push(`${file}: skip without its file`);
        }
      } catch (error) {
        failures++;
        if (!(error instanceof Error)) unnamed.push(`${file}: threw a non-Error ${String(error)}`);
        else if (!error.message.includes(file)) unnamed.push(`${file}: ${error.message.slice(0, 200)}`);
      }
      slowest = Math.max(slowest, performance.now() - started);
    }

    expect(unnamed.slice(0, 5)).toEqual([]);
    // Most mutants are still readable in part; some are not: both kinds must occur.
    expect(failures).toBeGreaterThan(0);
    expect(failures).toBeLessThan(MUTANTS);
    // A hang guard, not a speed figure: no single small input may take seconds.
    expect(slowest).toBeLessThan(5_000);
  }, 120_000);
});
