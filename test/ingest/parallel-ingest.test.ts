import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { AnalysisWorkers } from '../../src/ingest/analysis-workers.js';
import { ingestFiles } from '../../src/ingest/ingest-files.js';
import { createLogger } from '../../src/log/logger.js';
import { packageRoot } from '../../src/package-root.js';
import { openSqliteStore, type SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { almatyPipeline, type AlmatyPipeline } from './almaty-pipeline.js';

const CORPUS = join(packageRoot(), 'examples', 'demo-corpus');
const FILES = [join(CORPUS, 'kazsandra-reviews.jsonl'), join(CORPUS, 'rusentne-sample-feed-1.rss.xml')];
const NOW = new Date('2026-11-30T12:00:00Z');
const silent = createLogger({ write: () => true } as unknown as NodeJS.WritableStream, 'json');

let project: AlmatyPipeline['project'];
let analyzer: AlmatyPipeline['analyzer'];
let gate: AlmatyPipeline['gate'];
let workers: AnalysisWorkers;

beforeAll(async () => {
  ({ project, analyzer, gate } = await almatyPipeline('parallel-ingest-test-secret'));
  workers = await AnalysisWorkers.start(project, 2);
});

afterAll(async () => {
  await workers?.close();
});

/** Everything a dashboard reads, plus the analysis of every post, in a comparable form. */
function contents(store: SqliteStore) {
  const days = store.storedDays()!;
  return {
    posts: store.countPosts(),
    rollups: store.readRollups(days),
    search: store.search('акимат', { limit: 50, offset: 0 }),
  };
}

describe('analysis on worker threads', () => {
  it('stores exactly what the single-thread import stores, in the same order', async () => {
    const single = openSqliteStore(':memory:', { timezone: project.timezone });
    const parallel = openSqliteStore(':memory:', { timezone: project.timezone });

    const one = await ingestFiles(FILES, { timezone: project.timezone, gate, analyzer, store: single, logger: silent, now: NOW });
    const two = await ingestFiles(FILES, { timezone: project.timezone, processor: workers, store: parallel, logger: silent, now: NOW });

    expect(two).toEqual(one);
    expect(one.inserted).toBeGreaterThan(400);
    expect(contents(parallel)).toEqual(contents(single));
    single.close();
    parallel.close();
  });

  it('re-analyses stored posts in batches on the workers with the result of the single-thread run', async () => {
    const single = openSqliteStore(':memory:', { timezone: project.timezone });
    const parallel = openSqliteStore(':memory:', { timezone: project.timezone });
    for (const store of [single, parallel]) {
      await ingestFiles(FILES, { timezone: project.timezone, gate, analyzer, store, logger: silent, now: NOW });
    }

    const count = single.reanalyze((post) => analyzer.analyze(post), 100);
    const batched = await parallel.reanalyzeInBatches((posts) => workers.analyzeBatch(posts), 100);

    expect(batched).toBe(count);
    expect(contents(parallel)).toEqual(contents(single));
    single.close();
    parallel.close();
  });

  it('reports a worker that cannot start instead of hanging', async () => {
    const broken = { ...project, privacy: { ...project.privacy, secret: '' } };

    await expect(AnalysisWorkers.start(broken, 1)).rejects.toThrow(/analysis worker 1 could not start: privacy gate/);
  });
});
