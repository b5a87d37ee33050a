import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import type { ImportBatch } from '../../src/collect/raw-post.js';
import { readPostBatches } from '../../src/ingest/read-post-batches.js';

const COLLECT_FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'collect');
const NOW = new Date('2026-11-30T12:00:00Z');
const dir = mkdtempSync(join(tmpdir(), 'tyndau-streamed-csv-'));

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The file's batches read whole (as a file under 16 MB is) or streamed, two posts a batch. */
async function batchesOf(path: string, streamed: boolean): Promise<ImportBatch[]> {
  const options = { timezone: 'Asia/Almaty', now: NOW, batchSize: 2, streamFromBytes: streamed ? 0 : Number.POSITIVE_INFINITY };
  const batches: ImportBatch[] = [];
  for await (const batch of readPostBatches(path, options)) batches.push(batch);
  return batches;
}

/**
 * Notes told differently by design when streamed: the charset at the end, for the whole file,
 * and ids told apart by `StreamedIdSeparator`'s wording.
 */
const TOLD_OTHERWISE = /^(charset:|\d+ lines? (was|were) not UTF-8|the same text at|\d+ records have the id)/;

function facts(batches: readonly ImportBatch[]) {
  return {
    posts: batches.flatMap((batch) => batch.posts),
    skipped: batches.flatMap((batch) => batch.skipped),
    notes: batches.flatMap((batch) => batch.notes ?? []).filter((note) => !TOLD_OTHERWISE.test(note.note))
      .map((note) => `${note.location.line}: ${note.note}`).sort(),
  };
}

const readableCsvFixtures = readdirSync(COLLECT_FIXTURES)
  .filter((name) => name.endsWith('.csv') && !['csv-text-column-generic-name.csv', 'csv-without-header-first-line-a-post.csv'].includes(name));

describe('a CSV file streamed', () => {
  it.each(readableCsvFixtures)('gives the posts, skips and notes of %s read whole', async (name) => {
    const path = join(COLLECT_FIXTURES, name);

    expect(facts(await batchesOf(path, true))).toEqual(facts(await batchesOf(path, false)));
  });

  it('skips a quote never closed mid-file by its line, settles slashed dates by a late one, notes a last row cut off', async () => {
    const path = join(import.meta.dirname, '..', 'fixtures', 'ingest', 'csv-streamed-broken-quote-late-date-order-cut-off.csv');

    const batches = await batchesOf(path, true);

    expect(batches.map((batch) => batch.posts.map((post) => [post.location.line, post.publishedAt?.toISOString(), post.text]))).toEqual([
      [[3, '2026-11-05T05:00:00.000Z', 'Автобус 92 опять не пришёл'], [4, '2026-11-06T06:00:00.000Z', 'Во дворе не вывозят мусор,\nуже неделю']],
      [[7, '2026-11-08T08:00:00.000Z', 'Снова нет света на Толе би'], [8, '2026-11-13T09:00:00.000Z', 'Жылу жоқ, балалар суықта отыр']],
      [[9, '2026-11-14T10:00:00.000Z', 'Спасибо акимату за новый пар']],
    ]);
    expect(batches.flatMap((batch) => batch.skipped).map((skip) => [skip.location.line, skip.reason])).toEqual([
      [6, 'a quote opened on this line is never closed; the row was skipped'],
    ]);
    expect(batches.flatMap((batch) => batch.notes ?? []).map((note) => [note.location.line, note.note.slice(0, 60)])).toEqual([
      [2, 'columns not read: "Автор"; the names tyndau reads are listed'],
      [1, "the line before the header is a title, a report's labels and"],
      [8, 'dates with slashes are read day first, as "13/11/2026 14:00"'],
      [9, "the file ends inside this row, with 2 of the header's 3 valu"],
    ]);
  });

  it('reads a value longer than a read chunk, its letters cut between chunks, as read whole', async () => {
    // Made here rather than kept: 2.6 MB. Read joined chunk by chunk, a 57 MB value took 22 s.
    const path = join(dir, 'csv-value-over-several-chunks.csv');
    writeFileSync(path, `id;text\n1;"${'Жылу жоқ, '.repeat(150_000)}"\n2;Второй пост\n`);

    const streamed = facts(await batchesOf(path, true));

    expect(streamed.posts.map((post) => [post.location.line, post.text.length, post.text.slice(0, 9)])).toEqual([[2, 99_999, 'Жылу жоқ,'], [3, 11, 'Второй по']]);
    expect(streamed).toEqual(facts(await batchesOf(path, false)));
  });
});
