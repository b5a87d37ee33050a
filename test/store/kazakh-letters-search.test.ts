/**
 * Residents often write Kazakh words with the Russian-keyboard letters that stand in for
 * ә ғ қ ң ө ұ ү һ і: "Акбулак" for "Ақбұлақ". A query with the proper letters must find posts
 * written with the stand-ins, as a query with the stand-ins finds posts with the proper letters.
 * The proper spelling missed Russian posts that wrote the word with stand-ins: a Russian word's
 * stem keeps the letters as written, and only Kazakh stems folded them.
 */
import { beforeAll, describe, expect, it } from 'vitest';

import type { Store } from '../../src/store/store.js';
import { stemRussian } from '../../src/text/stem/russian-stemmer.js';
import { makeItem } from './make-post.js';
import { fixtureSearchPosts } from './fixture-search-posts.js';
import { BACKEND_NAMES, createBackend, type StoreBackend } from './store-backends.js';

const ITEMS = fixtureSearchPosts('kazakh-letters-typed-as-russian.jsonl');

describe.each(BACKEND_NAMES)('%s store: Kazakh letters and their Russian-keyboard stand-ins', (backendName) => {
  let backend: StoreBackend;
  let store: Store;
  beforeAll(async () => {
    backend = await createBackend(backendName);
    store = (await backend.location()).open();
    store.savePosts(ITEMS);
    return async () => {
      store.close();
      await backend.dispose();
    };
  });

  function days(query: string): string[] {
    return store.search(query, { limit: 20, offset: 0 }).hits.map((hit) => hit.day).sort();
  }

  it('finds a word written with the stand-ins by its proper spelling, in Russian and Kazakh posts', () => {
    expect(days('Ақбұлақ')).toEqual(['2026-11-01', '2026-11-02', '2026-11-03', '2026-11-04', '2026-11-05']);
  });

  it('finds a word written with the proper letters by the stand-ins, in Russian and Kazakh posts', () => {
    expect(days('Акбулак')).toEqual(days('Ақбұлақ'));
  });

  it('finds it inside phrases and NEAR by its proper spelling', () => {
    expect(days('"в ақбұлақе"')).toEqual(['2026-11-01', '2026-11-02']);
    expect(days('ақбұлақ NEAR/3 тұрғындар')).toEqual(['2026-11-05']);
  });

  it('still tells the spellings apart for =word', () => {
    expect(days('=ақбұлақ')).toEqual(['2026-11-01', '2026-11-03']);
  });

  it('indexes a Russian post again when a store indexed before the letters were folded is opened', async () => {
    const location = await backend.location();
    const old = location.open();
    old.savePosts([makeItem({ nativeId: 'kl-old', text: 'Ақбұлақ', publishedAt: '2026-10-01T05:00:00Z' })]);
    old.close();
    // The index as the step before left it: the Russian stem kept the Kazakh letters.
    const entry = `r${stemRussian('ақбұлақ')}_ақбұлақ`;
    await location.execute(backendName === 'sqlite'
      ? `INSERT INTO posts_search (posts_search) VALUES ('delete-all');
         INSERT INTO posts_search (rowid, words) SELECT seq, '${entry}' FROM posts;
         DELETE FROM schema_version WHERE version = 12;`
      : `UPDATE posts SET search_vector = '${entry}:1'::tsvector;
         DELETE FROM schema_version WHERE version = 12;`);

    const reopened = location.open();
    try {
      expect(reopened.search('Акбулак', { limit: 10, offset: 0 }).total).toBe(1);
    } finally {
      reopened.close();
    }
  });
});
