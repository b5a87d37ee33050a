/**
 * A search counts its matches by day and sentiment from facts the connection keeps in memory.
 * These tests change the store between searches, through the same connection and another one,
 * and require the counts a fresh reading of the file gives.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { SentimentLabel } from '../../src/analyze/analysis.js';
import { openSqliteStore, type SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { SearchResult, StoredItem, StoredPostText } from '../../src/store/store.js';
import { makeAnalysis, makeItem, makePost } from './make-post.js';

const PAGE = { limit: 10, offset: 0 };

let folder: string;
let path: string;
let store: SqliteStore;

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'tyndau-search-counts-'));
  path = join(folder, 'store.sqlite');
  store = openSqliteStore(path, { timezone: 'Asia/Almaty' });
  store.savePosts([
    busPost('bus-1', '2024-11-11T05:00:00Z', 'negative'),
    busPost('bus-2', '2024-11-12T05:00:00Z', 'neutral'),
  ]);
});

afterEach(() => {
  store.close();
  rmSync(folder, { recursive: true, force: true });
});

function busPost(nativeId: string, publishedAt: string, sentiment: SentimentLabel): StoredItem {
  return makeItem({ nativeId, text: `Автобус номер ${nativeId} опять опоздал`, publishedAt }, { sentiment });
}

/** A re-analysis that finds every post of the one sentiment. */
function analysedAs(sentiment: SentimentLabel) {
  return (post: StoredPostText) => makeAnalysis(makePost({ nativeId: 'again', text: post.text }), { sentiment });
}

function counts(result: SearchResult) {
  return { total: result.total, byDay: result.byDay, bySentiment: result.bySentiment };
}

describe('search counts after writes', () => {
  it('count posts saved after an earlier search', () => {
    expect(store.search('автобус', PAGE).total).toBe(2);

    store.savePosts([busPost('bus-3', '2024-11-12T09:00:00Z', 'positive')]);

    expect(counts(store.search('автобус', PAGE))).toEqual({
      total: 3,
      byDay: [{ day: '2024-11-11', posts: 1 }, { day: '2024-11-12', posts: 2 }],
      bySentiment: { negative: 1, neutral: 1, positive: 1 },
    });
  });

  it('count a few matches read one by one, then many read with every post, on a new connection', () => {
    store.savePosts(Array.from({ length: 40 }, (_, index) => makeItem(
      { nativeId: `tram-${index}`, text: `Трамвай номер ${index}`, publishedAt: `2024-11-${10 + (index % 3)}T05:00:00Z` },
      { sentiment: index % 2 === 0 ? 'positive' : 'negative' },
    )));

    expect(counts(store.search('автобус', PAGE))).toEqual({
      total: 2,
      byDay: [{ day: '2024-11-11', posts: 1 }, { day: '2024-11-12', posts: 1 }],
      bySentiment: { negative: 1, neutral: 1, positive: 0 },
    });
    expect(counts(store.search('номер', PAGE))).toEqual({
      total: 42,
      byDay: [{ day: '2024-11-10', posts: 14 }, { day: '2024-11-11', posts: 14 }, { day: '2024-11-12', posts: 14 }],
      bySentiment: { negative: 21, neutral: 1, positive: 20 },
    });
  });

  it('count a post dated before 1970 on its day', () => {
    store.savePosts([busPost('bus-archive', '1965-03-08T05:00:00Z', 'positive')]);

    expect(store.search('автобус', PAGE).byDay[0]).toEqual({ day: '1965-03-08', posts: 1 });
  });

  it('count the sentiment a re-analysis gave', () => {
    expect(store.search('автобус', PAGE).bySentiment).toEqual({ negative: 1, neutral: 1, positive: 0 });

    store.reanalyze(analysedAs('positive'));

    expect(store.search('автобус', PAGE).bySentiment).toEqual({ negative: 0, neutral: 0, positive: 2 });
  });

  it('leave out posts whose text retention removed', () => {
    expect(store.search('автобус', PAGE).total).toBe(2);

    store.applyRetention(new Date('2025-06-01T00:00:00Z'), 30);

    expect(counts(store.search('автобус', PAGE))).toEqual({
      total: 0, byDay: [], bySentiment: { negative: 0, neutral: 0, positive: 0 },
    });
  });

  it('see posts and re-analysis written by another connection to the same file', () => {
    expect(store.search('автобус', PAGE).total).toBe(2);
    const writer = openSqliteStore(path, { timezone: 'Asia/Almaty' });
    try {
      writer.savePosts([busPost('bus-3', '2024-11-13T05:00:00Z', 'neutral')]);
      expect(store.search('автобус', PAGE).byDay.at(-1)).toEqual({ day: '2024-11-13', posts: 1 });

      writer.reanalyze(analysedAs('negative'));
    } finally {
      writer.close();
    }

    expect(store.search('автобус', PAGE).bySentiment).toEqual({ negative: 3, neutral: 0, positive: 0 });
  });

  it('follow posts to their new days when another connection opens the file in another zone', () => {
    store.savePosts([busPost('bus-late', '2024-11-12T20:00:00Z', 'neutral')]);
    expect(store.search('автобус', PAGE).byDay).toEqual([
      { day: '2024-11-11', posts: 1 }, { day: '2024-11-12', posts: 1 }, { day: '2024-11-13', posts: 1 },
    ]);

    // 20:00 UTC is the next day in Almaty, the same day in UTC.
    openSqliteStore(path, { timezone: 'UTC' }).close();

    expect(store.search('автобус', PAGE).byDay).toEqual([
      { day: '2024-11-11', posts: 1 }, { day: '2024-11-12', posts: 2 },
    ]);
  });

  it('forget posts a search saw inside a transaction that was rolled back', () => {
    const rolledBack = store.connection.transaction(() => {
      store.savePosts([busPost('bus-gone', '2024-11-20T05:00:00Z', 'positive')]);
      expect(store.search('автобус', PAGE).total).toBe(3);
      throw new Error('rolled back');
    });
    expect(() => rolledBack()).toThrow('rolled back');

    // The new post takes the number the rolled-back one had.
    store.savePosts([busPost('bus-3', '2024-11-15T05:00:00Z', 'negative')]);

    expect(counts(store.search('автобус', PAGE))).toEqual({
      total: 3,
      byDay: [{ day: '2024-11-11', posts: 1 }, { day: '2024-11-12', posts: 1 }, { day: '2024-11-15', posts: 1 }],
      bySentiment: { negative: 2, neutral: 1, positive: 0 },
    });
  });
});
