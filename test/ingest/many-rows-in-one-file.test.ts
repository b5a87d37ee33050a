import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { importFile } from '../../src/collect/index.js';
import { ingestFiles } from '../../src/ingest/ingest-files.js';
import { createLogger } from '../../src/log/logger.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { almatyPipeline, type AlmatyPipeline } from './almaty-pipeline.js';

const NOW = new Date('2026-12-06T12:00:00Z');
const ROWS = 200_000;
const silent = createLogger({ write: () => true } as unknown as NodeJS.WritableStream, 'json');
const dir = mkdtempSync(join(tmpdir(), 'tyndau-many-rows-'));
/**
 * A CSV of 200,000 rows whose text is blank and one post, made here rather than kept (it is
 * 2.6 MB): each of its rows, and then each skip, was spread into Array.push, and the file failed
 * whole with "Maximum call stack size exceeded"; so did any CSV of 200,000 posts.
 */
const CSV = join(dir, 'csv-200000-rows-blank-text.csv');

let pipeline: AlmatyPipeline;

beforeAll(async () => {
  writeFileSync(CSV, `text,date\n${' ,2026-11-20\n'.repeat(ROWS)}Автобус 92 опять не пришёл,2026-11-20\n`);
  pipeline = await almatyPipeline('many-rows-test-secret');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a file of 200,000 rows', () => {
  it('is read row by row, each bad one skipped at its line', async () => {
    const batch = await importFile(CSV, { timezone: 'Asia/Almaty', now: NOW });
    expect(batch.posts.map((post) => [post.location.line, post.text])).toEqual([[ROWS + 2, 'Автобус 92 опять не пришёл']]);
    expect(batch.skipped.length).toBe(ROWS);
    expect(batch.skipped.at(-1)?.location.line).toBe(ROWS + 1);
  });

  it('is imported with every skip counted', async () => {
    const { project, gate, analyzer } = pipeline;
    const store = openSqliteStore(':memory:', { timezone: project.timezone });

    const summary = await ingestFiles([CSV], { timezone: project.timezone, gate, analyzer, store, logger: silent, now: NOW });

    expect([summary.files[0]?.inserted, summary.files[0]?.skipped, summary.skipped.length]).toEqual([1, ROWS, ROWS]);
    store.close();
  });
});
