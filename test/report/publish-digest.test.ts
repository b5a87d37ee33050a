import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, describe, expect, it, vi } from 'vitest';

import { DigestArchive } from '../../src/report/digest-archive.js';
import { DIGEST_PDF, publishDigest } from '../../src/report/publish-digest.js';
import { openStateDatabase } from '../../src/state/state-database.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { hostileWeek, WEEK } from './hostile-week.js';
import { makeProject } from './make-project.js';

// Chromium is not needed to see how requests for one digest meet: each "PDF" says which render
// it came from, after a pause long enough for the requests to overlap.
const renders = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../src/report/digest-pdf.js', () => ({
  renderDigestPdf: async () => {
    const render = ++renders.count;
    await new Promise((resolve) => setTimeout(resolve, 50));
    return Buffer.from(`%PDF- render ${render}`);
  },
}));

const folder = mkdtempSync(join(tmpdir(), 'tyndau-publish-'));
const store = openSqliteStore(':memory:', { timezone: 'Asia/Almaty' });
store.savePosts(hostileWeek());
const archive = new DigestArchive(openStateDatabase(':memory:'));

afterAll(() => {
  store.close();
  rmSync(folder, { recursive: true, force: true });
});

function publish(language: 'ru' | 'kk') {
  return publishDigest({ store, project: makeProject('ru'), archive, period: WEEK, language, digestsFolder: folder });
}

describe('making one digest several times', () => {
  it('renders it once for requests that overlap, and archives it once', async () => {
    const made = await Promise.all([publish('ru'), publish('ru'), publish('ru')]);

    expect(renders.count).toBe(1);
    expect(new Set(made.map((digest) => digest.id)).size).toBe(1);
    expect(archive.list().map((digest) => [digest.from, digest.language])).toEqual([['2024-11-11', 'ru']]);
  });

  it('keeps one archive entry, with its id, when made again later; another language is its own', async () => {
    const first = archive.list()[0]!;
    archive.markEmailed(first.id, ['analysts@city.kz']);

    const again = await publish('ru');
    const kazakh = await publish('kk');

    expect(again.id).toBe(first.id);
    expect(again.emailedTo).toEqual([]);
    expect(readFileSync(join(again.folder, DIGEST_PDF), 'utf8')).toBe('%PDF- render 2');
    expect(archive.list().map((digest) => [digest.id, digest.language])).toEqual([[kazakh.id, 'kk'], [first.id, 'ru']]);
  });
});
