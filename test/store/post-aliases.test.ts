/**
 * A post is found by any of its keys: its own id and the keys other formats give it. Both stores
 * behave alike; a store written before keys were kept still finds its posts by their ids.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { Store } from '../../src/store/store.js';
import { makeItem, type TestPost } from './make-post.js';
import { BACKEND_NAMES, createBackend, type StoreBackend, type StoreLocation } from './store-backends.js';

const WHOLE_MONTH = { from: '2025-11-01', to: '2025-11-30' };

function message(nativeId: string, aliasNativeIds: readonly string[], text = 'Опять нет горячей воды'): TestPost {
  return { nativeId, aliasNativeIds, text, platform: 'telegram', publishedAt: '2025-11-20T04:00:00Z' };
}

describe.each(BACKEND_NAMES)('keys of a post in the %s store', (name) => {
  let backend: StoreBackend;
  beforeAll(async () => {
    backend = await createBackend(name);
  });
  afterAll(async () => {
    await backend.dispose();
  });

  async function open(): Promise<{ location: StoreLocation; store: Store }> {
    const location = await backend.location();
    return { location, store: location.open() };
  }

  it('finds a post stored under one format\'s key by the key another format shares with it', async () => {
    const { store } = await open();
    try {
      expect(store.savePosts([makeItem(message('1712345678:102', ['title:чат:102@1763611200']))]))
        .toEqual({ inserted: 1, existing: 0 });
      const rollups = store.readRollups(WHOLE_MONTH);

      expect(store.savePosts([makeItem(message('html:Чат:102', ['title:чат:102@1763611200']))]))
        .toEqual({ inserted: 0, existing: 1 });
      expect(store.countPosts()).toBe(1);
      expect(store.readRollups(WHOLE_MONTH)).toEqual(rollups);
    } finally {
      store.close();
    }
  });

  it('finds a post whose own id another format gave as a key, and the other way round', async () => {
    const { store } = await open();
    try {
      store.savePosts([makeItem(message('1712345678:103', ['103@content:abc']))]);
      store.savePosts([makeItem(message('200', ['300']))]);

      expect(store.savePosts([makeItem(message('103@content:abc', []))])).toEqual({ inserted: 0, existing: 1 });
      expect(store.savePosts([makeItem(message('other-format-key', ['200']))])).toEqual({ inserted: 0, existing: 1 });
      expect(store.countPosts()).toBe(2);
    } finally {
      store.close();
    }
  });

  it('learns the keys a format gives a post found by another, so a third format finds it', async () => {
    const { store } = await open();
    try {
      store.savePosts([makeItem(message('json:1', ['title-key']))]);
      // Found by its title key; its split-out key is learned.
      expect(store.savePosts([makeItem(message('html:1', ['title-key', 'split-key']))])).toEqual({ inserted: 0, existing: 1 });

      expect(store.savePosts([makeItem(message('split-key', []))])).toEqual({ inserted: 0, existing: 1 });
      expect(store.countPosts()).toBe(1);
    } finally {
      store.close();
    }
  });

  it('keeps posts with distinct keys apart, and takes a second post of a batch sharing a key for the first', async () => {
    const { store } = await open();
    try {
      const result = store.savePosts([
        makeItem(message('chat:110', ['title:чат:110@1763620201'], 'Спасибо акимату за новые автобусы')),
        makeItem(message('chat:111', ['title:чат:111@1763620220'], 'Спасибо акимату за новые автобусы')),
        makeItem(message('html:111', ['title:чат:111@1763620220'], 'Спасибо акимату за новые автобусы')),
      ]);

      expect(result).toEqual({ inserted: 2, existing: 1 });
      expect(store.countPosts()).toBe(2);
    } finally {
      store.close();
    }
  });

  it('finds the posts of a store written before keys were kept by their ids, and learns their keys on re-import', async () => {
    const { location, store } = await open();
    store.savePosts([makeItem(message('json:1', ['title-key']))]);
    store.close();
    // A store of schema 13: no keys but the posts' own ids.
    await location.execute('DELETE FROM post_aliases; DROP TABLE post_aliases; DELETE FROM schema_version WHERE version = 14;');

    const reopened = location.open();
    try {
      expect(await location.rows('SELECT count(*) AS n FROM post_aliases')).toEqual([{ n: 0 }]);
      expect(reopened.savePosts([makeItem(message('json:1', ['title-key']))])).toEqual({ inserted: 0, existing: 1 });
      expect(reopened.savePosts([makeItem(message('html:1', ['title-key']))])).toEqual({ inserted: 0, existing: 1 });
      expect(reopened.countPosts()).toBe(1);
    } finally {
      reopened.close();
    }
  });
});
