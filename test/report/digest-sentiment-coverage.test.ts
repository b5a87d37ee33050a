import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { LanguageCode, SentimentLabel } from '../../src/analyze/analysis.js';
import type { Platform } from '../../src/collect/raw-post.js';
import { writeDigest } from '../../src/report/write-digest.js';
import { openSqliteStore, type SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { StoredItem } from '../../src/store/store.js';
import { makeItem } from '../store/make-post.js';
import { makeProject } from './make-project.js';
import { markdownSection } from './markdown-section.js';

const CASE = fileURLToPath(new URL('../fixtures/report/platform-corrected-all-posts-out-of-range/', import.meta.url));

interface Week {
  readonly from: string;
  readonly to: string;
  readonly posts: readonly (readonly [Platform, LanguageCode, SentimentLabel, number])[];
}

const week = JSON.parse(readFileSync(join(CASE, 'week.json'), 'utf8')) as Week;

function weekPosts(): StoredItem[] {
  const items: StoredItem[] = [];
  for (const [platform, language, sentiment, count] of week.posts) {
    for (let index = 0; index < count; index++) {
      const nativeId = `${platform}-${language}-${sentiment}-${index}`;
      const post = { nativeId, platform, text: `Жалоба ${nativeId}`, publishedAt: `${week.from}T06:00:00Z` };
      items.push(makeItem(post, { language, sentiment }));
    }
  }
  return items;
}

let folder: string;
let store: SqliteStore;
let sentiment: string;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'tyndau-sentiment-coverage-'));
  store = openSqliteStore(':memory:', { timezone: 'Asia/Almaty' });
  store.savePosts(weekPosts());
  const digest = await writeDigest({
    store, project: makeProject('ru'), from: week.from, to: week.to, outDir: folder, language: 'ru',
  });
  sentiment = markdownSection(readFileSync(digest.markdownPath, 'utf8'), 'Тональность');
}, 60_000);

afterAll(() => {
  store.close();
  rmSync(folder, { recursive: true, force: true });
});

describe('the sentiment table\'s note on corrected posts', () => {
  it('counts a platform\'s corrected posts when all posts pooled are counted as classified', () => {
    // 44 Russian Telegram posts corrected, of the 96 + 70 + 12 posts behind the table's rows.
    // All posts: 68 of 96 negative, as classified; Telegram: 48 of 70 as classified, corrected to 86 %.
    expect(sentiment).toContain('| Все публикации | 96 | 71\u00a0% (');
    expect(sentiment).toContain('| Telegram | 70 | 86\u00a0% (');
    expect(sentiment).toContain('Доля публикаций, исправленных по матрице ошибок своей группы: 25\u00a0%.');
  });
});
