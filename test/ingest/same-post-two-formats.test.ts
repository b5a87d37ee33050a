/**
 * The same posts imported from two formats, or from one file twice, are stored once: the second
 * import counts them as already stored, and no count or rollup grows. Each pair's fixtures hold
 * the same posts as each format writes them (test/fixtures/ingest/same-post-two-formats/).
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { ingestFiles, type IngestSummary } from '../../src/ingest/ingest-files.js';
import { createLogger } from '../../src/log/logger.js';
import { packageRoot } from '../../src/package-root.js';
import { openSqliteStore, type SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { RollupSnapshot } from '../../src/store/store.js';
import { almatyPipeline, type AlmatyPipeline } from './almaty-pipeline.js';

const FIXTURES = join(packageRoot(), 'test', 'fixtures', 'ingest', 'same-post-two-formats');
const fixture = (name: string): string => join(FIXTURES, name);
const NOW = new Date('2025-11-25T12:00:00Z');
const silent = createLogger({ write: () => true } as unknown as NodeJS.WritableStream, 'json');

let pipeline: AlmatyPipeline;
let scratch: string;

beforeAll(async () => {
  pipeline = await almatyPipeline('same-post-two-formats-secret');
  scratch = mkdtempSync(join(tmpdir(), 'tyndau-same-post-'));
});

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function newStore(): SqliteStore {
  return openSqliteStore(':memory:', { timezone: pipeline.project.timezone });
}

async function importFiles(store: SqliteStore, files: readonly string[]): Promise<IngestSummary> {
  const { project, gate, analyzer } = pipeline;
  return ingestFiles(files, { timezone: project.timezone, gate, analyzer, store, logger: silent, now: NOW });
}

/** new, already stored and skipped posts of each file imported. */
function counts(summary: IngestSummary): number[][] {
  return summary.files.map((file) => [file.inserted, file.existing, file.skipped]);
}

/** Every rollup of the stored days, to compare a store after one import and after two. */
function rollups(store: SqliteStore): RollupSnapshot | null {
  const range = store.storedDays();
  return range === null ? null : store.readRollups(range);
}

/** Imports `first` then `second` into one store and `first` alone into another. */
async function importPair(first: string, second: string) {
  const both = newStore();
  const one = newStore();
  const firstSummary = await importFiles(both, [first]);
  const secondSummary = await importFiles(both, [second]);
  await importFiles(one, [first]);
  return { both, one, firstSummary, secondSummary };
}

describe('a Telegram chat imported from two formats', () => {
  it('is stored once from its JSON export and its HTML export, in either order', async () => {
    const json = fixture('telegram-chat-result.json');
    const html = fixture('telegram-chat-messages.html');

    for (const [first, second] of [[json, html], [html, json]] as const) {
      const { both, one, firstSummary, secondSummary } = await importPair(first, second);

      expect(counts(firstSummary)).toEqual([[12, 0, 0]]);
      expect(counts(secondSummary)).toEqual([[0, 12, 0]]);
      expect(both.countPosts()).toBe(12);
      expect(rollups(both)).toEqual(rollups(one));
    }
  });

  it('is stored once from a channel\'s JSON export and its t.me/s web preview page, in either order', async () => {
    const json = fixture('telegram-channel-result.json');
    const preview = fixture('telegram-channel-preview-page.html');

    for (const [first, second] of [[json, preview], [preview, json]] as const) {
      const { both, one, firstSummary, secondSummary } = await importPair(first, second);

      expect(counts(firstSummary)).toEqual([[4, 0, 0]]);
      expect(counts(secondSummary)).toEqual([[0, 4, 0]]);
      expect(both.countPosts()).toBe(4);
      expect(rollups(both)).toEqual(rollups(one));
    }
  });

  it('keeps the three messages of a copy-paste wave three posts from both formats', async () => {
    const { both } = await importPair(fixture('telegram-chat-result.json'), fixture('telegram-chat-messages.html'));

    const wave = both.search('"Спасибо акимату за новые автобусы"', { limit: 10, offset: 0 });

    expect(wave.total).toBe(3);
  });

  it('is stored once from result.json and its messages split out one a line, in either order', async () => {
    const json = fixture('telegram-chat-result.json');
    const split = fixture('telegram-chat-messages-split-one-a-line.jsonl');

    for (const [first, second] of [[json, split], [split, json]] as const) {
      const { both, one, secondSummary } = await importPair(first, second);

      expect(counts(secondSummary)).toEqual([[0, 12, 0]]);
      expect(both.countPosts()).toBe(12);
      expect(rollups(both)).toEqual(rollups(one));
    }
  });

  it('is stored once from its HTML export and its messages split out of result.json', async () => {
    const { both, secondSummary } = await importPair(
      fixture('telegram-chat-messages.html'), fixture('telegram-chat-messages-split-one-a-line.jsonl'),
    );

    expect(counts(secondSummary)).toEqual([[0, 12, 0]]);
    expect(both.countPosts()).toBe(12);
  });
});

describe('a news article read from a feed and from listening tools', () => {
  it('is stored once from a saved feed and a Brandwatch export linking it with click ids and www.', async () => {
    const { both, secondSummary } = await importPair(
      fixture('news-feed-saved-rss.xml'), fixture('news-brandwatch-export.csv'),
    );

    // The fifth row is an article the feed did not carry.
    expect(counts(secondSummary)).toEqual([[1, 4, 0]]);
    expect(both.countPosts()).toBe(5);
  });

  it('is stored once from a Medialogia export over http and without the trailing slash, in either order', async () => {
    const feed = fixture('news-feed-saved-rss.xml');
    const medialogia = fixture('news-medialogia-export.csv');

    for (const [first, second] of [[feed, medialogia], [medialogia, feed]] as const) {
      const { both, one, secondSummary } = await importPair(first, second);

      expect(counts(secondSummary)).toEqual([[0, 4, 0]]);
      expect(both.countPosts()).toBe(4);
      expect(rollups(both)).toEqual(rollups(one));
    }
  });

  it('is stored once from three tools: feed, Brandwatch and Medialogia', async () => {
    const store = newStore();

    const summary = await importFiles(store, [
      fixture('news-brandwatch-export.csv'), fixture('news-medialogia-export.csv'), fixture('news-feed-saved-rss.xml'),
    ]);

    expect(counts(summary)).toEqual([[5, 0, 0], [0, 4, 0], [0, 4, 0]]);
    expect(store.countPosts()).toBe(5);
  });
});

describe('a VK post from the API and from a listening export', () => {
  it('is stored once from wall.get and a YouScan workbook linking the posts, in either order', async () => {
    const api = fixture('vk-wall-get-community.json');
    const youscan = fixture('vk-youscan-export.xlsx');

    const { both, secondSummary } = await importPair(api, youscan);
    // The sixth row is a comment under post 1005, which wall.get does not return.
    expect(counts(secondSummary)).toEqual([[1, 5, 0]]);
    expect(both.countPosts()).toBe(6);

    const reversed = await importPair(youscan, api);
    expect(counts(reversed.secondSummary)).toEqual([[0, 5, 0]]);
    expect(reversed.both.countPosts()).toBe(6);
  });
});

describe('a YouTube comment from the Data API and from Google Takeout', () => {
  it('is stored once from a commentThreads page and comments.csv, in either order', async () => {
    const api = fixture('youtube-comment-threads-page.json');
    const takeout = fixture('youtube-takeout-comments.csv');

    for (const [first, second] of [[api, takeout], [takeout, api]] as const) {
      const { both, one, secondSummary } = await importPair(first, second);

      expect(counts(secondSummary)).toEqual([[0, 4, 0]]);
      expect(both.countPosts()).toBe(4);
      expect(rollups(both)).toEqual(rollups(one));
    }
  });
});

describe('the same file imported again', () => {
  const FILES = [
    'telegram-chat-result.json', 'telegram-chat-messages.html', 'telegram-chat-messages-split-one-a-line.jsonl',
    'news-feed-saved-rss.xml', 'news-brandwatch-export.csv', 'news-medialogia-export.csv',
    'vk-wall-get-community.json', 'vk-youscan-export.xlsx', 'youtube-comment-threads-page.json',
    'youtube-takeout-comments.csv', 'social-listening-export-without-ids.csv',
  ];

  it.each(FILES)('stores nothing new from %s under another name', async (name) => {
    const renamed = join(scratch, `copy-of-${name}`);
    copyFileSync(fixture(name), renamed);
    const store = newStore();

    const first = await importFiles(store, [fixture(name)]);
    const again = await importFiles(store, [renamed]);

    expect(again.inserted).toBe(0);
    expect(again.existing).toBe(first.inserted);
    expect(store.countPosts()).toBe(first.inserted);
  });
});

describe('a store written before posts kept the keys of other formats', () => {
  it('still finds the posts of its old files, and after re-importing one, the same posts from another format', async () => {
    const path = join(scratch, 'before-keys.sqlite');
    const json = fixture('telegram-chat-result.json');
    let store = openSqliteStore(path, { timezone: pipeline.project.timezone });
    await importFiles(store, [json]);
    store.close();
    // As a store of schema 13 holds them: the posts by their own ids only.
    const database = new Database(path);
    database.exec('DROP TABLE post_aliases; DELETE FROM schema_version WHERE version = 14;');
    database.close();

    store = openSqliteStore(path, { timezone: pipeline.project.timezone });
    const again = await importFiles(store, [json]);
    const html = await importFiles(store, [fixture('telegram-chat-messages.html')]);

    expect(counts(again)).toEqual([[0, 12, 0]]);
    expect(counts(html)).toEqual([[0, 12, 0]]);
    expect(store.countPosts()).toBe(12);
    store.close();
  });
});

describe('keys that name more than one post of a file', () => {
  it('are kept by the first post only: a feed whose items all link to its news section keeps its items', async () => {
    const store = newStore();

    const summary = await importFiles(store, [fixture('rss-every-item-links-the-news-section.xml')]);

    expect(counts(summary)).toEqual([[3, 0, 0]]);
  });
});

describe('social posts of listening exports without ids or links', () => {
  const original = fixture('social-listening-export-without-ids.csv');

  it('are stored once from an export and the same export saved again by Excel, dates rewritten', async () => {
    const { both, one, secondSummary } = await importPair(original, fixture('social-listening-export-without-ids-resaved-by-excel.csv'));

    expect(counts(secondSummary)).toEqual([[0, 6, 0]]);
    expect(both.countPosts()).toBe(6);
    expect(rollups(both)).toEqual(rollups(one));
  });

  it('keep every post of a copy-paste wave: another tool\'s two of the three are found, its new post added', async () => {
    const { both, secondSummary } = await importPair(original, fixture('social-other-tool-export-part-of-wave.csv'));

    expect(counts(secondSummary)).toEqual([[1, 2, 0]]);
    expect(both.countPosts()).toBe(7);
    expect(both.search('"Спасибо акимату за новые автобусы"', { limit: 10, offset: 0 }).total).toBe(3);
  });

  it('are not merged within one file: the three posts of the wave are three posts', async () => {
    const store = newStore();

    const summary = await importFiles(store, [original]);

    expect(counts(summary)).toEqual([[6, 0, 0]]);
  });
});
