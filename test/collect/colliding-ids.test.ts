import { describe, expect, it } from 'vitest';

import { importFixture } from './fixture.js';

describe('one id for several different posts in a file', () => {
  it('keeps each feed item of a site that gives every item its own address as guid', async () => {
    const batch = await importFixture('rss-every-item-has-the-site-guid.xml');
    const ids = batch.posts.map((post) => post.nativeId);

    expect(batch.posts.map((post) => post.text)).toEqual([
      'Автобус 92 опять не пришёл',
      'Нет горячей воды на Абая',
      'Ямы на Сатпаева не заделаны',
      'Автобус 92 опять не пришёл',
    ]);
    // Three posts; the repeated first item is the same post again.
    expect(new Set(ids).size).toBe(3);
    expect(ids[3]).toBe(ids[0]);
    expect(ids[0]).toBe('https://example.kz/@2024-11-11T19:30:00.000Z');
    expect(batch.notes?.map((note) => [note.location.index, note.note])).toEqual([[
      1,
      '3 records with different text and dates share one id (as a feed or export that repeats ' +
        'an id writes them); each is kept as its own post, ' +
        'told apart by its date (or its text when it has none)',
    ]]);
  });

  it('tells records of one id apart by date, keeping an edit at the same time as one', async () => {
    const batch = await importFixture('jsonl-one-id-for-several-posts.jsonl');
    const idOfLine = new Map(batch.posts.map((post) => [post.location.line, post.nativeId]));

    // Lines 1 and 3 are one post edited (same time); line 2 is another; 4 and 5 are one post twice.
    expect(idOfLine.get(1)).toBe('post-1@2024-11-12T04:00:00.000Z');
    expect(idOfLine.get(2)).toBe('post-1@2024-11-13T04:00:00.000Z');
    expect(idOfLine.get(3)).toBe('post-1@2024-11-12T04:00:00.000Z');
    expect([idOfLine.get(4), idOfLine.get(5)]).toEqual(['post-2', 'post-2']);
  });
});
