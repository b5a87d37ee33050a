/**
 * Distinct posts that two imports give alike keys are still two posts, and copies of one article
 * under addresses written differently are one (test/fixtures/ingest/same-post-two-formats/).
 */
import { join } from 'node:path';

import { beforeAll, describe, expect, it } from 'vitest';

import { ingestFiles, type IngestSummary } from '../../src/ingest/ingest-files.js';
import { createLogger } from '../../src/log/logger.js';
import { packageRoot } from '../../src/package-root.js';
import { openSqliteStore, type SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { almatyPipeline, type AlmatyPipeline } from './almaty-pipeline.js';

const FIXTURES = join(packageRoot(), 'test', 'fixtures', 'ingest', 'same-post-two-formats');
const NOW = new Date('2025-11-25T12:00:00Z');
const silent = createLogger({ write: () => true } as unknown as NodeJS.WritableStream, 'json');

let pipeline: AlmatyPipeline;

beforeAll(async () => {
  pipeline = await almatyPipeline('same-post-kept-apart-secret');
});

/** Imports each file in turn into one new store: new, already stored and skipped posts of each. */
async function importInTurn(...names: string[]): Promise<{ counts: number[][]; store: SqliteStore }> {
  const { project, gate, analyzer } = pipeline;
  const store = openSqliteStore(':memory:', { timezone: project.timezone });
  const counts: number[][] = [];
  for (const name of names) {
    const summary: IngestSummary = await ingestFiles([join(FIXTURES, name)], {
      timezone: project.timezone, gate, analyzer, store, logger: silent, now: NOW,
    });
    counts.push(...summary.files.map((file) => [file.inserted, file.existing, file.skipped]));
  }
  return { counts, store };
}

describe('distinct posts given alike keys', () => {
  it('keeps two Telegram chats of one title, numbering their messages alike, apart in HTML exports', async () => {
    const { counts, store } = await importInTurn(
      'telegram-chat-messages.html', 'telegram-other-chat-same-title-messages.html',
    );

    expect(counts).toEqual([[12, 0, 0], [12, 0, 0]]);
    expect(store.countPosts()).toBe(24);
  });

  it('still finds the HTML export of a chat after its JSON export once the other chat is in', async () => {
    const { counts } = await importInTurn(
      'telegram-other-chat-same-title-messages.html', 'telegram-chat-result.json', 'telegram-chat-messages.html',
    );

    expect(counts).toEqual([[12, 0, 0], [12, 0, 0], [0, 12, 0]]);
  });

  it('keeps articles linking a section page or a front page apart from another file', async () => {
    const { counts, store } = await importInTurn(
      'rss-items-link-section-and-front-pages.xml', 'news-brandwatch-rows-link-section-and-front-pages.csv',
    );

    expect(counts).toEqual([[3, 0, 0], [4, 0, 0]]);
    expect(store.countPosts()).toBe(7);
  });

  it('keeps a listening export\'s VK comments that link their post apart from the post', async () => {
    const { counts } = await importInTurn(
      'vk-wall-get-community.json', 'vk-listening-comments-linking-their-post.csv',
    );

    expect(counts).toEqual([[5, 0, 0], [2, 0, 0]]);
  });

  it('keeps short replies that other residents wrote in the same hour in another export', async () => {
    const { counts } = await importInTurn(
      'social-tool-a-short-replies.csv', 'social-tool-b-short-replies-other-residents.csv',
    );

    expect(counts).toEqual([[3, 0, 0], [3, 0, 0]]);
  });
});

describe('one article under addresses written differently', () => {
  it('is stored once from a raw Cyrillic and a percent-encoded path, a mobile host, AMP and index.html', async () => {
    const { counts, store } = await importInTurn(
      'news-brandwatch-links-as-written.csv', 'news-brandwatch-links-percent-encoded-mobile-amp.csv',
    );

    expect(counts).toEqual([[4, 0, 0], [0, 4, 0]]);
    expect(store.countPosts()).toBe(4);
  });
});
