/**
 * A search in PostgreSQL reads the posts' search index rather than every post: with the text
 * match wrapped in coalesce() the planner could not use the index, and each search at 1M posts
 * took 1.2 s whatever it matched. Sequential scans are discouraged for this store's sessions, so
 * that even a table this small is read through an index whenever the condition allows one.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { connectPostgresStore } from '../../src/store/postgres/postgres-store.js';
import { makeItem } from './make-post.js';
import { createTestDatabase } from './store-backends.js';

let database: { url: string; drop: () => Promise<void> };

beforeAll(async () => {
  database = await createTestDatabase('tyndau_search_index_test');
});
afterAll(async () => database.drop());

/** Index scans of the posts' search indexes so far; a backend's counts arrive when it exits. */
async function searchIndexScans(): Promise<number> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    const result = await client.query<{ scans: string }>(
      `SELECT coalesce(sum(idx_scan), 0) AS scans FROM pg_stat_user_indexes
       WHERE relname LIKE 'posts%' AND indexrelname LIKE '%search%'`,
    );
    return Number(result.rows[0]!.scans);
  } finally {
    await client.end();
  }
}

describe('search in PostgreSQL', () => {
  it('finds words and phrases through the search index', async () => {
    const writer = await connectPostgresStore(database.url, { timezone: 'Asia/Almaty' });
    await writer.savePosts([
      makeItem({ nativeId: 'i1', text: 'Автобус 92 опять не пришёл', publishedAt: '2024-11-12T05:00:00Z' }),
      makeItem({ nativeId: 'i2', text: 'Нет горячей воды третий день', publishedAt: '2024-11-13T05:00:00Z' }),
      makeItem({ nativeId: 'i3', text: 'Полиция перекрыла дорогу', publishedAt: '2024-11-14T05:00:00Z' }),
    ]);
    await writer.close();
    const before = await searchIndexScans();

    const url = `${database.url}?options=${encodeURIComponent('-c enable_seqscan=off')}`;
    const reader = await connectPostgresStore(url, { timezone: 'Asia/Almaty' });
    try {
      expect((await reader.search('автобус', { limit: 10, offset: 0 })).total).toBe(1);
      expect((await reader.search('"горячей воды" NOT полиция', { limit: 10, offset: 0 })).total).toBe(1);
    } finally {
      await reader.close();
    }
    // The reader's sessions have ended, so their counts are in.
    await expect.poll(searchIndexScans, { timeout: 5000 }).toBeGreaterThan(before);
  });
});
