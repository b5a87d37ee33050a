/**
 * Dictionaries, textbooks and careful writers put stress marks on Russian vowels ("автобу́с").
 * The mark is a character of its own after the vowel, so the word was indexed apart from the
 * plain word: a search for "автобус" missed the post, and one for "автобу́с" missed the others.
 */
import { describe, expect, it } from 'vitest';

import { makeItem } from './make-post.js';
import { searchedDays } from './searched-days.js';
import { BACKEND_NAMES } from './store-backends.js';

const ITEMS = [
  makeItem({ nativeId: 'stressed', text: 'Автобу́с № 92 опя́ть не пришёл', publishedAt: '2026-11-01T05:00:00Z' }),
  makeItem({ nativeId: 'plain', text: 'Автобус № 92 опять не пришёл', publishedAt: '2026-11-02T05:00:00Z' }),
];

describe.each(BACKEND_NAMES)('%s store: words written with stress marks', (backendName) => {
  const days = searchedDays(backendName, ITEMS);

  it('are found by the plain word, and the plain word by a query with marks', () => {
    expect(days('автобус')).toEqual(['2026-11-01', '2026-11-02']);
    expect(days('опя́ть')).toEqual(['2026-11-01', '2026-11-02']);
    expect(days('"автобус 92 опять"')).toEqual(['2026-11-01', '2026-11-02']);
  });
});
