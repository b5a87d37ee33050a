/**
 * Almaty's microdistricts are numbered blocks written with a hyphen ("Аксай-4", "Самал-2") and
 * streets keep their hyphens ("Аль-Фараби"). A hyphenated word is one word, so a search for
 * "Аксай" found no post about "Аксай-4" and "Фараби" no post about the avenue: the word is now
 * indexed also as its parts, after the text's words and a gap no query fits.
 */
import { beforeAll, describe, expect, it } from 'vitest';

import type { Store } from '../../src/store/store.js';
import { makeItem } from './make-post.js';
import { fixtureSearchPosts } from './fixture-search-posts.js';
import { marked } from './marked-snippet.js';
import { BACKEND_NAMES, createBackend, type StoreBackend } from './store-backends.js';

const ITEMS = fixtureSearchPosts('hyphenated-words.jsonl');

describe.each(BACKEND_NAMES)('%s store: parts of hyphenated words', (backendName) => {
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

  it('finds a numbered block by the microdistrict, and an avenue by its second part', () => {
    expect(days('Аксай')).toEqual(['2026-11-01', '2026-11-02', '2026-11-05']);
    expect(days('Фараби')).toEqual(['2026-11-03']);
    expect(days('Сұлтан')).toEqual(['2026-11-04']);
  });

  it('still tells the blocks apart by the whole word', () => {
    expect(days('Аксай-4')).toEqual(['2026-11-01']);
    expect(days('=аксай-3')).toEqual(['2026-11-02']);
  });

  it('finds the parts as a phrase, but no phrase runs from one word or the text into the parts', () => {
    expect(days('"Аль Фараби"')).toEqual(['2026-11-03']);
    expect(days('"нұр сұлтан"')).toEqual(['2026-11-04']);
    // Without the gaps, the parts "самал 2 аксай 3" would follow one another.
    expect(days('"2 аксай"')).toEqual([]);
    expect(days('"кешікті нұр"')).toEqual([]);
  });

  it('marks the part inside the word it matched, once', () => {
    const hit = store.search('Аксай OR Аксай-4', { limit: 20, offset: 0 }).hits
      .find((found) => found.day === '2026-11-01');
    expect(marked(hit!.snippet)).toBe('В мкр [Аксай-4] опять нет света с утра');
    const part = store.search('Фараби', { limit: 1, offset: 0 }).hits[0];
    expect(marked(part!.snippet)).toBe('Пробка на Аль-[Фараби] от Навои до Достыка');
  });

  it('indexes the posts again when a store indexed before the parts were is opened', async () => {
    const location = await backend.location();
    const old = location.open();
    old.savePosts([makeItem({ nativeId: 'hy-old', text: 'Жетысу-2', publishedAt: '2026-10-01T05:00:00Z' })]);
    old.close();
    // The index as the step before left it: the whole word only.
    const entry = 'rжетысу-2_жетысу-2';
    await location.execute(backendName === 'sqlite'
      ? `INSERT INTO posts_search (posts_search) VALUES ('delete-all');
         INSERT INTO posts_search (rowid, words) SELECT seq, '${entry}' FROM posts;
         DELETE FROM schema_version WHERE version = 13;`
      : `UPDATE posts SET search_vector = '${entry}:1'::tsvector;
         DELETE FROM schema_version WHERE version = 13;`);

    const reopened = location.open();
    try {
      expect(reopened.search('Жетысу', { limit: 10, offset: 0 }).total).toBe(1);
    } finally {
      reopened.close();
    }
  });
});
