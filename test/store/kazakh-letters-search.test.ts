/**
 * Residents often write Kazakh words with the Russian-keyboard letters that stand in for
 * ә ғ қ ң ө ұ ү һ і: "Акбулак" for "Ақбұлақ". A query with the proper letters must find posts
 * written with the stand-ins, as a query with the stand-ins finds posts with the proper letters.
 * The proper spelling missed Russian posts that wrote the word with stand-ins: a Russian word's
 * stem keeps the letters as written, and only Kazakh stems folded them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { beforeAll, describe, expect, it } from 'vitest';

import type { LanguageCode } from '../../src/analyze/analysis.js';
import { packageRoot } from '../../src/package-root.js';
import type { Store } from '../../src/store/store.js';
import { makeItem } from './make-post.js';
import { BACKEND_NAMES, createBackend } from './store-backends.js';

interface FixturePost {
  readonly nativeId: string;
  readonly language: LanguageCode;
  readonly text: string;
}

const POSTS = readFileSync(
  join(packageRoot(), 'test', 'fixtures', 'store', 'kazakh-letters-typed-as-russian.jsonl'), 'utf8',
).split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line) as FixturePost);

const ITEMS = POSTS.map((post, index) => makeItem(
  { nativeId: post.nativeId, text: post.text, publishedAt: `2026-11-0${index + 1}T05:00:00Z` },
  { language: post.language },
));

describe.each(BACKEND_NAMES)('%s store: Kazakh letters and their Russian-keyboard stand-ins', (backendName) => {
  let store: Store;
  beforeAll(async () => {
    const backend = await createBackend(backendName);
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

  it('finds it inside phrases and NEAR by its proper spelling', () => {
    expect(days('"в ақбұлақе"')).toEqual(['2026-11-01', '2026-11-02']);
    expect(days('ақбұлақ NEAR/3 тұрғындар')).toEqual(['2026-11-05']);
  });

  it('still tells the spellings apart for =word', () => {
    expect(days('=ақбұлақ')).toEqual(['2026-11-01', '2026-11-03']);
  });
});
