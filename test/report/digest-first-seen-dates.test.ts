import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { writeDigest } from '../../src/report/write-digest.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { makeItem } from '../store/make-post.js';
import { makeProject } from './make-project.js';

const WEEK = { from: '2026-11-29', to: '2026-12-05' };
let folder: string;

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'tyndau-first-seen-'));
});

afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

/** The English methodology line on dates of a week of 11 posts, `undated` of them without a date. */
async function datesLine(undated: number): Promise<string> {
  const store = openSqliteStore(':memory:', { timezone: 'Asia/Almaty' });
  store.savePosts(Array.from({ length: 11 }, (_, index) => makeItem(
    {
      nativeId: `post-${index}`,
      text: `Автобус 92 опять не пришёл, остановка ${index}`,
      ...(index < undated ? { firstSeen: '2026-12-05T06:00:00Z' } : { publishedAt: '2026-12-05T06:00:00Z' }),
    },
    { sentiment: 'negative', issues: ['transport'] },
  )));
  const outDir = join(folder, `undated-${undated}`);
  const files = await writeDigest({ store, project: makeProject('en'), ...WEEK, outDir, language: 'en' });
  store.close();
  const markdown = readFileSync(files.markdownPath, 'utf8');
  return markdown.split('\n').find((line) => line.startsWith('Posts without a date') || line.startsWith('Every post'))!;
}

describe('digest methodology: posts dated by first sight in a week of almost no posts', () => {
  it('gives no share beside a hidden count', async () => {
    // Was "<10 of 11 (9%)": the share gave the one undated post away.
    expect(await datesLine(1)).toBe('Posts without a date in their source: <10 of 11; ' +
      'they are counted on the day tyndau first saw them.');
  });

  it('hides the undated count when the dated rest is small', async () => {
    // Was "10 of 11 (91%)": the one dated post was the total minus it.
    expect(await datesLine(10)).toBe('Posts without a date in their source: x of 11; ' +
      'they are counted on the day tyndau first saw them.');
  });

  it('shows both when neither part is small', async () => {
    expect(await datesLine(0)).toBe('Every post carried its date from the source.');
    expect(await datesLine(11)).toBe('Posts without a date in their source: 11 of 11 (100%); ' +
      'they are counted on the day tyndau first saw them.');
  });
});
