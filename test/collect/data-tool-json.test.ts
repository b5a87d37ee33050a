import { describe, expect, it } from 'vitest';

import { importFixture, postFacts } from './fixture.js';

const row = { parent: undefined, amplifies: undefined, line: undefined };

describe("pandas' DataFrame.to_json layouts", () => {
  it('reads the default layout, one object a column, row by row', async () => {
    const batch = await importFixture('json-pandas-data-frame-by-column.json');

    expect(postFacts(batch).map(({ platform, text, at, path }) => ({ platform, text, at, path }))).toEqual([
      { platform: 'vk', text: 'Автобус 92 опять не пришёл', at: '2025-12-05T08:03:00.000Z', path: '/text/0' },
      { platform: 'telegram', text: 'В Турксибе нет света', at: '2025-12-05T09:03:00.000Z', path: '/text/1' },
    ]);
    expect(batch.skipped.map((skip) => [skip.location.path, skip.reason])).toEqual([
      ['/text/2', 'text field "text" is null, expected a string'],
    ]);
  });

  it('reads rows by their label and the split layout as the same posts', async () => {
    const byLabel = await importFixture('json-pandas-data-frame-by-row-label.json');
    const split = await importFixture('json-pandas-data-frame-split.json');

    const texts = (facts: ReturnType<typeof postFacts>) => facts.map(({ text, at, path }) => [text, at, path]);
    expect(texts(postFacts(byLabel))).toEqual([
      ['Автобус 92 опять не пришёл', '2025-12-05T08:03:00.000Z', '/r0'],
      ['В Турксибе нет света', '2025-12-05T09:03:00.000Z', '/r1'],
    ]);
    expect(texts(postFacts(split))).toEqual([
      ['Автобус 92 опять не пришёл', '2025-12-05T08:03:00.000Z', '/data/0'],
      ['В Турксибе нет света', '2025-12-05T09:03:00.000Z', '/data/1'],
    ]);
    expect(split.posts.map((post) => post.nativeId)).toEqual(byLabel.posts.map((post) => post.nativeId));
  });
});

describe("mongoexport's Extended JSON", () => {
  it('reads dates and ids wrapped in $date, $numberLong and $oid', async () => {
    const batch = await importFixture('jsonl-mongoexport-extended-json.jsonl');

    expect(postFacts(batch)).toEqual([
      { ...row, platform: 'vk', id: '6751a2b3c4d5e6f708192a3b', text: 'Ямы на Абая так и не заделали',
        at: '2025-12-05T08:03:00.000Z', line: 1, path: undefined },
      { ...row, platform: 'vk', id: '6751a2b3c4d5e6f708192a3c', text: 'Свет в Турксибе дали',
        at: '2025-12-05T09:03:00.000Z', line: 2, path: undefined },
      { ...row, platform: 'telegram', id: '6751a2b3c4d5e6f708192a3d', text: 'Старый mongoexport: дата числом',
        at: '2025-12-05T10:03:00.000Z', line: 3, path: undefined },
    ]);
    expect(batch.notes).toBeUndefined();
  });
});

describe("an Instagram scraper's posts", () => {
  it('are read by their caption, which gives way to a text field beside it', async () => {
    const batch = await importFixture('json-instagram-scraper-posts-caption.json');

    expect(postFacts(batch).map(({ platform, text, at }) => [platform, text, at])).toEqual([
      ['instagram', 'Новый парк в Бостандыкском районе — спасибо акимату! #алматы', '2025-12-05T08:03:00.000Z'],
      ['instagram', 'Пробки на Аль-Фараби каждый вечер', '2025-12-05T09:03:00.000Z'],
      ['instagram', 'Акимат открыл новый парк в Бостандыкском районе', '2025-12-05T10:03:00.000Z'],
    ]);
  });
});

describe('dates written as objects, lists or booleans', () => {
  it('reads Firestore and protobuf timestamp objects, and tells the others at their line', async () => {
    const batch = await importFixture('jsonl-dates-as-objects-lists-and-booleans.jsonl');

    expect(postFacts(batch).map(({ at, line }) => [line, at])).toEqual([
      [1, '2025-12-01T05:00:00.500Z'],
      [2, '2025-12-01T06:00:00.000Z'],
      [3, '2025-12-01T07:00:00.000Z'],
      [4, undefined],
      [5, undefined],
      [6, undefined],
      [7, undefined],
    ]);
    // Dropped without a word before: the posts counted on the import day.
    expect(batch.notes?.filter((note) => note.location.line !== undefined).map((note) => [note.location.line, note.note]))
      .toEqual([4, 5, 6].map((line) => [line, expect.stringMatching(/^unreadable date /)]));
    expect(batch.notes?.[0]?.note).toBe('unreadable date [2026,12,1,10,0] (dates are read as ISO 8601, 12.11.2024 '
      + '09:30, 3/13/2024 2:30 PM, RFC 822, unix time or Excel serial numbers, in the years 1990–2100); the '
      + 'first-seen time will be used');
  });
});
