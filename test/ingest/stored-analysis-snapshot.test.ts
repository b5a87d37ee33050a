import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { readStore } from '../../bench/store-tables.js';
import { ingestFiles } from '../../src/ingest/ingest-files.js';
import { createLogger } from '../../src/log/logger.js';
import { packageRoot } from '../../src/package-root.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { almatyPipeline, type AlmatyPipeline } from './almaty-pipeline.js';

/**
 * What an import of demo posts stores, every field of every table, held to a committed digest:
 * a change made for speed must leave it as it was. A change meant to alter the analysis (a new
 * rule, a retrained model) updates the file with
 * `npx vitest run test/ingest/stored-analysis-snapshot.test.ts -u`, and the tables that changed
 * are then in the commit's diff; `node dist/bench/store-contents.js BEFORE AFTER` shows their rows.
 */
const CORPUS = join(packageRoot(), 'examples', 'demo-corpus');
// Reviews in Kazakh and Russian, news articles, and a Telegram chat of residents.
const FILES = ['kazsandra-reviews.jsonl', 'rusentne-sample-feed-1.rss.xml', 'telegram-export/result.json']
  .map((file) => join(CORPUS, file));
const SNAPSHOT = '../fixtures/ingest/stored-analysis-of-demo-posts.json';
const NOW = new Date('2026-11-30T12:00:00Z');
const silent = createLogger({ write: () => true } as unknown as NodeJS.WritableStream, 'json');

let pipeline: AlmatyPipeline;
let folder: string;

beforeAll(async () => {
  pipeline = await almatyPipeline('stored-analysis-snapshot-secret');
  folder = mkdtempSync(join(tmpdir(), 'tyndau-snapshot-'));
});

afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

describe('stored analysis of demo posts', () => {
  it('is the committed one, table by table', async () => {
    const { project, gate, analyzer } = pipeline;
    const path = join(folder, 'store.sqlite');
    const store = openSqliteStore(path, { timezone: project.timezone });
    await ingestFiles(FILES, { timezone: project.timezone, gate, analyzer, store, logger: silent, now: NOW });
    store.close();

    const tables = Object.fromEntries([...readStore(path)].map(([table, { rows, digest }]) => [table, { rows, digest }]));

    expect(tables.posts?.rows).toBe(1450);
    await expect(`${JSON.stringify(tables, null, 2)}\n`).toMatchFileSnapshot(SNAPSHOT);
  });
});
