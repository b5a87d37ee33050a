/**
 * Collection health named each imported file by the path the operator typed, so every viewer
 * of the dashboard read the server's folders and the operator's login
 * ("/home/aigerim/exports/result.json"). Viewers now get the file's name; feeds and channels
 * keep their whole label.
 */
import { afterAll, describe, expect, it } from 'vitest';

import { shownSourceLabel } from '../../src/server/api/health.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { answerAsViewer } from './api-as-viewer.js';

describe('source labels in collection health', () => {
  const store = openSqliteStore(':memory:', { timezone: 'Asia/Almaty' });
  afterAll(() => store.close());

  it('gives viewers the name of an imported file, not its folders', async () => {
    const at = new Date('2026-11-30T10:00:00Z');
    const counts = { read: 3, inserted: 3, existing: 0, skipped: 0 };
    store.recordCollection({ sourceLabel: '/home/aigerim/exports/result.json', platform: 'telegram', format: 'telegram-json', at, ...counts });
    store.recordCollection({ sourceLabel: 'C:\\Users\\Aigerim\\Desktop\\отзывы.csv', platform: 'other', format: 'csv', at, ...counts });
    store.recordCollection({ sourceLabel: 'https://tengrinews.kz/rss', platform: 'news', format: 'feed', at, ...counts });

    const { body } = await answerAsViewer<{ sources: { sourceLabel: string }[] }>(store, '/api/health');
    expect(body.sources.map((source) => source.sourceLabel).sort()).toEqual(
      ['https://tengrinews.kz/rss', 'result.json', 'отзывы.csv'],
    );
  });

  it.each([
    ['exports/vk.jsonl', 'vk.jsonl'],
    ['./a.csv', 'a.csv'],
    ['../data/b.xlsx', 'b.xlsx'],
    ['a.csv', 'a.csv'],
    ['Tengrinews', 'Tengrinews'],
    ['youtube https://www.youtube.com/watch?v=abc', 'youtube https://www.youtube.com/watch?v=abc'],
    ['vk club123', 'vk club123'],
  ])('shows %s as %s', (label, shown) => {
    expect(shownSourceLabel(label)).toBe(shown);
  });
});
