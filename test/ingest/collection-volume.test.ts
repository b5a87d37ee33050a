import { join } from 'node:path';

import { beforeAll, describe, expect, it } from 'vitest';

import { ingestFiles } from '../../src/ingest/ingest-files.js';
import { createLogger } from '../../src/log/logger.js';
import { packageRoot } from '../../src/package-root.js';
import { openSqliteStore, type SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { almatyPipeline, type AlmatyPipeline } from './almaty-pipeline.js';

const FIXTURES = join(packageRoot(), 'test', 'fixtures', 'ingest');
/** 12 rows: 5 telegram (one without text), 3 vk, 2 news and 2 youtube, interleaved. */
const MIXED = join(FIXTURES, 'csv-four-platforms-one-export.csv');
const FIRST = new Date('2026-11-30T12:00:00Z');
const SECOND = new Date('2026-12-01T12:00:00Z');
const silent = createLogger({ write: () => true } as unknown as NodeJS.WritableStream, 'json');

let project: AlmatyPipeline['project'];
let analyzer: AlmatyPipeline['analyzer'];
let gate: AlmatyPipeline['gate'];

beforeAll(async () => {
  ({ project, analyzer, gate } = await almatyPipeline('collection-volume-test-secret'));
});

async function importAt(store: SqliteStore, now: Date) {
  return ingestFiles([MIXED], { timezone: project.timezone, gate, analyzer, store, logger: silent, now });
}

/** The volume rows as the health page's source table shows them. */
function volumes(store: SqliteStore) {
  return store.readCollectionVolumes().map((volume) => [
    volume.platform, volume.runs, volume.posts, volume.read, volume.existing, volume.skipped,
  ]);
}

describe('collection volume of imported files', () => {
  it('counts the posts of a file mixing platforms under each platform they belong to', async () => {
    const store = openSqliteStore(':memory:', { timezone: project.timezone });

    const summary = await importAt(store, FIRST);

    expect(summary.inserted).toBe(11);
    // platform, runs, new posts, read, already stored, skipped
    expect(volumes(store)).toEqual([
      ['news', 1, 2, 2, 0, 0],
      ['telegram', 1, 4, 4, 0, 1],
      ['vk', 1, 3, 3, 0, 0],
      ['youtube', 1, 2, 2, 0, 0],
    ]);
    expect(new Set(store.readCollectionVolumes().map((volume) => volume.sourceLabel))).toEqual(new Set([MIXED]));
  });

  it('shows the new posts of a file imported twice once, and the second read as already stored', async () => {
    const store = openSqliteStore(':memory:', { timezone: project.timezone });

    await importAt(store, FIRST);
    const again = await importAt(store, SECOND);

    expect([again.inserted, again.existing]).toEqual([0, 11]);
    expect(volumes(store)).toEqual([
      ['news', 2, 2, 4, 2, 0],
      ['telegram', 2, 4, 8, 4, 2],
      ['vk', 2, 3, 6, 3, 0],
      ['youtube', 2, 2, 4, 2, 0],
    ]);
    expect(store.readCollectionVolumes().map((volume) => volume.lastAt)).toEqual(Array(4).fill(SECOND));
  });
});
