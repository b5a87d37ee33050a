import { join } from 'node:path';

import { beforeAll, describe, expect, it } from 'vitest';

import { ingestFiles } from '../../src/ingest/ingest-files.js';
import { createLogger } from '../../src/log/logger.js';
import { packageRoot } from '../../src/package-root.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { almatyPipeline, type AlmatyPipeline } from './almaty-pipeline.js';

/** Three reviews as a review site exports them: one dated, one without a date, one with "". */
const REVIEWS = join(packageRoot(), 'test', 'fixtures', 'ingest', 'jsonl-reviews-some-without-dates.jsonl');
/** 01:00 in Almaty on 6 December: the import day is Almaty's, not UTC's 5 December. */
const NOW = new Date('2026-12-05T20:00:00Z');
/** A dated review, one without a date, one of 2031 (a wrong year), one of 25 December (scheduled). */
const FUTURE = join(packageRoot(), 'test', 'fixtures', 'ingest', 'jsonl-reviews-dated-in-the-future.jsonl');
const silent = createLogger({ write: () => true } as unknown as NodeJS.WritableStream, 'json');

let pipeline: AlmatyPipeline;

beforeAll(async () => {
  pipeline = await almatyPipeline('undated-posts-test-secret');
});

describe('posts without a date of their source', () => {
  // The demo's 110 undated reviews went onto the import day without a word: the new user found
  // them only as a day of posts a year after the corpus in search and in the export.
  it('are counted in a note naming the import day on the project\'s clock', async () => {
    const { project, gate, analyzer } = pipeline;
    const store = openSqliteStore(':memory:', { timezone: project.timezone });

    const summary = await ingestFiles([REVIEWS], { timezone: project.timezone, gate, analyzer, store, logger: silent, now: NOW });

    expect(summary.notes).toEqual([{
      location: { file: REVIEWS },
      note: '2 of 3 posts have no date from the source (none given, or one not read); they count on the import day, 2026-12-06',
    }]);
    store.close();
  });

  // Posts dated in 2031 were told to "have no date from the source (none given, or one not read)",
  // though they gave a date that was read: it lay in the future and was set aside.
  it('counts posts dated more than a day ahead apart, saying their dates were set aside', async () => {
    const { project, gate, analyzer } = pipeline;
    const store = openSqliteStore(':memory:', { timezone: project.timezone });

    const summary = await ingestFiles([FUTURE], { timezone: project.timezone, gate, analyzer, store, logger: silent, now: NOW });

    expect(summary.notes.filter((note) => note.location.line === undefined)).toEqual([
      {
        location: { file: FUTURE },
        note: '1 of 4 posts has no date from the source (none given, or one not read); it counts on the import day, 2026-12-06',
      },
      {
        location: { file: FUTURE },
        note: '2 of 4 posts are dated more than a day after the import time; their dates were set aside and they count ' +
          'on the import day, 2026-12-06',
      },
    ]);
    store.close();
  });
});

describe('a plain text file of posts', () => {
  const TEXT = join(packageRoot(), 'test', 'fixtures', 'collect', 'text-posts-one-a-line-windows-1251.txt');

  it('says how it was split and that its posts count on the import day', async () => {
    const { project, gate, analyzer } = pipeline;
    const store = openSqliteStore(':memory:', { timezone: project.timezone });

    const summary = await ingestFiles([TEXT], { timezone: project.timezone, gate, analyzer, store, logger: silent, now: NOW });

    expect(summary.notes?.map((note) => note.note).filter((note) => !note.startsWith('charset'))).toEqual([
      'read as plain text, one post a line (no blank line separates paragraphs): 3 posts',
      '3 of 3 posts have no date from the source (none given, or one not read); they count on the import day, 2026-12-06',
    ]);
    store.close();
  });
});
