import { fileURLToPath } from 'node:url';

import { importFile } from '../../src/collect/index.js';
import type { ImportBatch } from '../../src/collect/raw-post.js';

/** Absolute path of a file in test/fixtures/collect. */
export function fixture(name: string): string {
  return fileURLToPath(new URL(`../fixtures/collect/${name}`, import.meta.url));
}

/** A fixed import time: year-less dates and notes do not depend on the day the test runs. */
export const IMPORT_TIME = new Date('2026-01-10T00:00:00Z');

export function importFixture(name: string, timezone = 'Asia/Almaty'): Promise<ImportBatch> {
  return importFile(fixture(name), { timezone, now: IMPORT_TIME });
}

/** The facts of each imported post a test compares, its time as an ISO string. */
export function postFacts(batch: ImportBatch) {
  return batch.posts.map((post) => ({
    platform: post.platform,
    id: post.nativeId,
    text: post.text,
    at: post.publishedAt?.toISOString(),
    parent: post.parentNativeId,
    amplifies: post.amplifiesNativeId,
    line: post.location.line,
    path: post.location.path,
  }));
}
