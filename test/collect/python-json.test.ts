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

describe('a JSON mistake reported without the text around it', () => {
  // V8's message quotes the characters around the mistake: here the end of a phone number.
  it('skips a JSON Lines record saying what is wrong, not what it says', async () => {
    const batch = await importFixture('jsonl-broken-line-quoting-a-phone-number.jsonl');

    expect(batch.posts.map((post) => post.text)).toEqual(['Лифт не работает']);
    expect(batch.skipped.map((skip) => [skip.location.line, skip.reason])).toEqual([
      [2, "not valid JSON (Unexpected token 'u'); the line may be cut off"],
    ]);
  });

  it('refuses a JSON document saying what is wrong, not what it says', async () => {
    await expect(importFixture('json-broken-document-quoting-a-phone-number.json')).rejects.toThrow(
      /: not valid JSON \(Unexpected token 'u'\)$/,
    );
  });
});
