import { describe, expect, it } from 'vitest';

import { importFixture } from './fixture.js';

describe('date columns that name their time zone', () => {
  it('reads a CSV export\'s date and time in the zone their headers name, not the project\'s', async () => {
    const batch = await importFixture('csv-date-and-time-columns-naming-their-zone.csv');

    // 23:30 at UTC+6; read at Almaty's UTC+5 it was an hour later, and the post of 00:15 a day earlier.
    expect(batch.posts.map((post) => post.publishedAt?.toISOString())).toEqual([
      '2024-12-05T17:30:00.000Z',
      '2024-12-05T18:15:00.000Z',
    ]);
    expect(batch.notes?.map((note) => note.note)).toEqual([
      'columns not read: "Автор"; the names tyndau reads are listed in the README (author-like columns are never read)',
    ]);
  });

  it('reads UTC, Moscow time, a zone name and an offset from JSON keys as exports write them', async () => {
    const batch = await importFixture('jsonl-date-keys-naming-their-zone.jsonl');

    // Every record was written at 23:30 in Almaty; a date column without a zone is the project's.
    expect(batch.posts.map((post) => [post.nativeId, post.publishedAt?.toISOString()])).toEqual(
      ['z1', 'z2', 'z3', 'z4', 'z5', 'z6', 'z7', 'z8'].map((id) => [id, '2024-12-05T18:30:00.000Z']),
    );
    expect(batch.notes ?? []).toEqual([]);
  });
});
