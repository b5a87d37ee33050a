import { describe, expect, it } from 'vitest';

import { importFixture } from './fixture.js';

/** The files in test/fixtures/collect/epoch-dates are written for this test. */
const AT = '2025-12-05T09:03:00.123Z';

describe('dates in unix microseconds and nanoseconds', () => {
  it('are read in JSON Lines as numbers and as digit strings; 17 digits are no date, with a note', async () => {
    const batch = await importFixture('epoch-dates/epoch-microseconds-and-nanoseconds.jsonl');

    expect(batch.posts.map((post) => [post.nativeId, post.publishedAt?.toISOString()])).toEqual([
      ['us-number', AT], ['us-string', AT], ['ns-number', AT], ['ns-string', AT], ['seventeen-digits', undefined],
    ]);
    // Past 2^53 a JSON number is kept as its digits, and told as such.
    expect(batch.notes?.map((note) => [note.location.line, note.note.slice(0, 35)])).toEqual([
      [5, 'unreadable date "17649253801234567"'],
    ]);
  });

  it('are read in a CSV date column', async () => {
    const batch = await importFixture('epoch-dates/epoch-microseconds-and-nanoseconds.csv');

    expect(batch.posts.map((post) => [post.nativeId, post.publishedAt?.toISOString()])).toEqual([
      ['us', AT], ['ns', AT], ['bad', undefined],
    ]);
    expect(batch.notes?.map((note) => [note.location.line, note.note.slice(0, 35)])).toEqual([
      [4, 'unreadable date "17649253801234567"'],
    ]);
  });
});
