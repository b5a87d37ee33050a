import { describe, expect, it } from 'vitest';

import { streamJsonl } from '../../src/collect/files/stream-jsonl.js';
import { fixture, IMPORT_TIME, importFixture } from './fixture.js';

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

// A listening export without ids gives each row an id made from its text and date; with the time
// in a column of its own, a copy-paste wave of one day shared one id, and all but the first post
// were counted as already stored.
describe('the same text at different times of one day, without an id', () => {
  it('keeps each time as its own post, the first under the id it had, and the same row twice as one', async () => {
    const batch = await importFixture('csv-same-text-at-times-of-one-day-time-column.csv');
    const rows = batch.posts.map((post) => [post.location.line, post.nativeId, post.publishedAt?.toISOString()]);

    expect(rows).toEqual([
      [2, expect.stringMatching(/^content:[0-9a-f]{32}$/), '2024-12-05T05:00:00.000Z'],
      [3, `${rows[0]![1]}@2024-12-05T06:30:00.000Z`, '2024-12-05T06:30:00.000Z'],
      [4, `${rows[0]![1]}@2024-12-05T06:30:00.000Z`, '2024-12-05T06:30:00.000Z'],
      [5, `${rows[0]![1]}@2024-12-05T07:45:00.000Z`, '2024-12-05T07:45:00.000Z'],
      [6, expect.stringMatching(/^content:[0-9a-f]{32}$/), '2024-12-05T08:00:00.000Z'],
    ]);
    expect(batch.notes?.at(-1)).toEqual({
      location: { file: fixture('csv-same-text-at-times-of-one-day-time-column.csv'), line: 3 },
      note: 'the same text at 3 different times of one day, without an id, is kept as 3 posts, ' +
        'told apart by their times',
    });
  });

  it('does so across the batches of a streamed file, with the same ids whatever the batch size', async () => {
    const file = fixture('jsonl-same-text-at-times-of-one-day-time-key.jsonl');
    const context = { file, timezone: 'Asia/Almaty', now: IMPORT_TIME };
    const idsOf = async (batchSize: number) => {
      const ids: string[] = [];
      for await (const batch of streamJsonl(file, context, batchSize)) ids.push(...batch.posts.map((post) => post.nativeId));
      return ids;
    };

    const ids = await idsOf(1);
    expect(ids.slice(1).map((id) => id.replace(ids[0]!, ''))).toEqual([
      '@2024-12-05T06:30:00.000Z', '@2024-12-05T06:30:00.000Z', '@2024-12-05T07:45:00.000Z',
    ]);
    expect(await idsOf(100)).toEqual(ids);
  });
});

describe('one id for several different posts across the batches of a streamed file', () => {
  const file = 'jsonl-streamed-id-repeated-across-batches.jsonl';

  async function idsByLine(batchSize: number): Promise<{ ids: (string | undefined)[]; notes: string[] }> {
    const context = { file, timezone: 'Asia/Almaty', now: IMPORT_TIME };
    const ids: (string | undefined)[] = [];
    const notes: string[] = [];
    for await (const batch of streamJsonl(fixture(file), context, batchSize)) {
      for (const post of batch.posts) ids[post.location.line! - 1] = post.nativeId;
      notes.push(...(batch.notes ?? []).map((note) => `${note.location.line}: ${note.note}`));
    }
    return { ids, notes };
  }

  it('keeps a post whose id came batches earlier with other text and date as its own post', async () => {
    const { ids, notes } = await idsByLine(2);
    expect([ids[0], ids[4], ids[6], ids[7]]).toEqual([
      'export-row',
      'export-row@2024-11-13T03:00:00.000Z',
      // The first record again, and its edit at the same time: the same post.
      'export-row',
      'export-row',
    ]);
    expect(ids[8]).toMatch(/^export-row#content:[0-9a-f]{32}$/);
    expect(notes).toEqual([
      expect.stringMatching(/^5: 1 records have the id of an earlier record of the file with different text and date/),
      expect.stringMatching(/^9: 1 records have the id/),
    ]);
  });

  it('gives the same ids whatever the batch size, so a second import finds the same posts', async () => {
    const expected = (await idsByLine(100)).ids;
    expect(new Set(expected).size).toBe(7);
    for (const size of [1, 2, 3]) expect((await idsByLine(size)).ids).toEqual(expected);
  });
});
