import { describe, expect, it } from 'vitest';

import { importFixture } from './fixture.js';

describe('JSON written by Python with NaN and Infinity', () => {
  it('reads NaN, Infinity and -Infinity outside strings as missing values and keeps each record', async () => {
    const batch = await importFixture('jsonl-python-nan-and-infinity.jsonl');

    expect(batch.posts.map((post) => [post.nativeId, post.publishedAt?.toISOString(), post.parentNativeId]))
      .toEqual([
        ['p1', '2024-12-05T05:00:00.000Z', undefined],
        ['p2', undefined, undefined],
        ['p3', '2024-12-05T06:00:00.000Z', undefined],
        ['p4', '2024-12-05T07:00:00.000Z', undefined],
      ]);
    expect(batch.posts[2]!.text).toBe('Ответ: NaN баллов из Infinity, так оценили ремонт дороги');
    // Python writes NaN so; a lower-case `nan` is no JSON any tool writes, and stays a bad line.
    expect(batch.skipped.map((skip) => [skip.location.line, skip.reason.slice(0, 15)])).toEqual([
      [5, 'not valid JSON '],
    ]);
  });
});
