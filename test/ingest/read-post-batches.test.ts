import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { importFile } from '../../src/collect/index.js';
import type { ImportBatch } from '../../src/collect/raw-post.js';
import { streamJsonl } from '../../src/collect/files/stream-jsonl.js';
import { readPostBatches } from '../../src/ingest/read-post-batches.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'collect');
const NOW = new Date('2026-11-30T12:00:00Z');
const context = (file: string) => ({ file, timezone: 'Asia/Almaty', now: NOW });
const dir = mkdtempSync(join(tmpdir(), 'tyndau-read-batches-'));

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The notes about how a file's bytes were decoded. */
function charsetNotes(batches: readonly ImportBatch[]): string[] {
  return batches.flatMap((batch) => batch.notes ?? []).map((note) => note.note).filter((note) => /UTF-8|charset/.test(note));
}

async function collect(batches: AsyncGenerator<ImportBatch>): Promise<ImportBatch[]> {
  const all: ImportBatch[] = [];
  for await (const batch of batches) all.push(batch);
  return all;
}

describe('streaming JSON Lines', () => {
  it.each(['jsonl-truncated-last-line.jsonl', 'jsonl-u2028-inside-text.jsonl'])(
    'reads %s in 5-byte chunks exactly as the whole-file importer does',
    async (name) => {
      const path = join(FIXTURES, name);
      const whole = await importFile(path, { timezone: 'Asia/Almaty', now: NOW });

      const batches = await collect(streamJsonl(path, context(path), 2, 5));

      expect(batches.flatMap((batch) => batch.posts)).toEqual(whole.posts);
      expect(batches.flatMap((batch) => batch.skipped)).toEqual(whole.skipped);
    },
  );

  it('keeps Cyrillic letters cut between chunks, skips a broken line with its number, batches by size', async () => {
    const path = join(dir, 'cut-letters.jsonl');
    const lines = Array.from({ length: 7 }, (_, index) => JSON.stringify({ id: `p${index}`, text: `Әкімдік жөндеу ${index}` }));
    lines.splice(3, 0, '{"id": "broken", "text": "обрыв');
    writeFileSync(path, `\ufeff${lines.join('\n')}\n\n`);

    const batches = await collect(streamJsonl(path, context(path), 3, 3));

    expect(batches.map((batch) => batch.posts.map((post) => post.text))).toEqual([
      ['Әкімдік жөндеу 0', 'Әкімдік жөндеу 1', 'Әкімдік жөндеу 2'],
      ['Әкімдік жөндеу 3', 'Әкімдік жөндеу 4', 'Әкімдік жөндеу 5'],
      ['Әкімдік жөндеу 6'],
    ]);
    expect(batches.flatMap((batch) => batch.skipped).map((skip) => skip.location.line)).toEqual([4]);
  });
});

describe('reading a file in batches', () => {
  const bigFile = join(dir, 'big.jsonl');
  const posts = 2500;
  writeFileSync(bigFile, Array.from({ length: posts }, (_, index) =>
    JSON.stringify({ id: `big-${index}`, text: `Автобус ${index} опять не пришёл`, date: '2026-11-02T08:00:00Z' }),
  ).join('\n'));

  it('streams a JSONL file from the size limit on and gives the same posts as reading it whole', async () => {
    const options = { timezone: 'Asia/Almaty', now: NOW, batchSize: 1000 };
    const streamed = await collect(readPostBatches(bigFile, { ...options, streamFromBytes: 1 }));
    const whole = await collect(readPostBatches(bigFile, options));

    expect(streamed.map((batch) => batch.posts.length)).toEqual([1000, 1000, 500]);
    expect(whole.map((batch) => batch.posts.length)).toEqual([1000, 1000, 500]);
    expect(streamed.flatMap((batch) => batch.posts)).toEqual(whole.flatMap((batch) => batch.posts));
  });

  it.each(['jsonl-small-utf8-with-damaged-bytes.jsonl', 'jsonl-utf8-with-windows-1251-lines.jsonl', 'jsonl-windows-1251-no-bom.jsonl'])(
    'streams %s line by line in its charsets, with the same posts and charset note as reading it whole',
    async (name) => {
      const path = join(FIXTURES, name);
      const options = { timezone: 'Asia/Almaty', now: NOW, batchSize: 1000 };
      const streamed = await collect(readPostBatches(path, { ...options, streamFromBytes: 1 }));
      const whole = await importFile(path, options);

      expect(streamed.flatMap((batch) => batch.posts).map((post) => post.text)).toEqual(whole.posts.map((post) => post.text));
      expect(whole.posts.every((post) => /^[\u0400-\u04FF\s\d.,!?\uFFFD-]+$/.test(post.text))).toBe(true);
      expect(charsetNotes(streamed)).toEqual(charsetNotes([whole]));
    },
  );

  // Told batch by batch, a windows-1251 export of 120,000 lines had 120 notes.
  it('tells the windows-1251 lines of a streamed mixed file once, in numbers, whatever the batches', async () => {
    const path = join(FIXTURES, 'jsonl-utf8-with-windows-1251-lines.jsonl');
    const streamed = await collect(readPostBatches(path, { timezone: 'Asia/Almaty', now: NOW, batchSize: 2, streamFromBytes: 1 }));
    expect(streamed.flatMap((batch) => batch.notes ?? []).map((note) => note.note)).toEqual([
      '2 lines were not UTF-8 and were read as windows-1251: lines 2, 4',
    ]);
  });

  it('tells a streamed windows-1251 file once, as the whole file is told', async () => {
    const path = join(FIXTURES, 'jsonl-windows-1251-no-bom.jsonl');
    const streamed = await collect(readPostBatches(path, { timezone: 'Asia/Almaty', now: NOW, batchSize: 1, streamFromBytes: 1 }));
    expect(streamed.flatMap((batch) => batch.notes ?? []).map((note) => note.note)).toEqual([
      'charset: none declared and not UTF-8; read as windows-1251',
    ]);
  });

  // Each record of a list on one line was a note's "line 1": "line 1, 1, 1, 1, 1, 1, 1, 1, 1, 1 and 7338 more".
  it.each([
    ['json-list-on-one-line-windows-1251.json', 'charset: none declared and not UTF-8; read as windows-1251'],
    ['json-list-on-one-line-utf8-with-windows-1251-records.json', '2 records were not UTF-8 and were read as windows-1251, on line 1'],
  ])('tells the records of %s read as windows-1251 once, with the line they are on', async (name, note) => {
    const path = join(FIXTURES, name);
    const streamed = await collect(readPostBatches(path, { timezone: 'Asia/Almaty', now: NOW, batchSize: 1, streamFromBytes: 1 }));

    expect(streamed.flatMap((batch) => batch.posts).map((post) => post.text)).toEqual([
      'Свет опять отключили в доме у школы',
      'Автобус 92 не пришёл, ждали сорок минут',
      'Мусор не вывозят со двора вторую неделю',
      'Яма на Сатпаева никуда не делась',
    ]);
    expect(streamed.flatMap((batch) => batch.notes ?? []).map((note) => note.note)).toEqual([note]);
  });

  // Read whole, the list's line was decoded as UTF-8, and its windows-1251 records lost every
  // letter to U+FFFD (' 92  ,   ' and a record of spaces alone, skipped as having no text).
  it('reads a small list on one line mixing UTF-8 and windows-1251 records with every letter', async () => {
    const path = join(FIXTURES, 'json-list-on-one-line-utf8-with-windows-1251-records.json');
    const batches = await collect(readPostBatches(path, { timezone: 'Asia/Almaty', now: NOW, batchSize: 1000 }));

    expect(batches.flatMap((batch) => batch.posts).map((post) => post.text)).toEqual([
      'Свет опять отключили в доме у школы',
      'Автобус 92 не пришёл, ждали сорок минут',
      'Мусор не вывозят со двора вторую неделю',
      'Яма на Сатпаева никуда не делась',
    ]);
    expect(batches.flatMap((batch) => batch.skipped)).toEqual([]);
    expect(batches.flatMap((batch) => batch.notes ?? []).map((note) => note.note)).toEqual([
      '2 records were not UTF-8 and were read as windows-1251, on line 1',
    ]);
  });

  it('reads an RSS feed whole even above the size limit, with its format', async () => {
    const path = join(FIXTURES, 'rdf-rss-1.0.xml');
    const batches = await collect(readPostBatches(path, { timezone: 'Asia/Almaty', now: NOW, batchSize: 1, streamFromBytes: 1 }));

    expect(batches[0]?.format).toBe('rdf');
    expect(batches.every((batch) => batch.posts.length === 1)).toBe(true);
  });
});
