/**
 * Search's counts by day and by sentiment add up to its total, so a small one is hidden with the
 * smallest count beside it, as the overview's day table does. The week: a hot-water outage in
 * Auezov district, 14 posts on its day and 2 bus complaints the day before.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { openSqliteStore, type SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { makeItem } from '../store/make-post.js';
import { answerAsViewer } from './api-as-viewer.js';

interface SearchAnswer {
  total: number | null;
  byDay: { day: string; posts: number | null | 'x' }[];
  bySentiment: Record<string, number | null | 'x'> | null;
}

let store: SqliteStore;

beforeAll(() => {
  store = openSqliteStore(':memory:', { timezone: 'Asia/Almaty' });
  store.savePosts([
    ...Array.from({ length: 2 }, (_, index) => makeItem(
      { nativeId: `bus-${index}`, text: `Автобус 92 опять не пришёл, остановка ${index}`, publishedAt: '2026-12-04T06:00:00Z' },
      { sentiment: 'neutral', issues: ['transport'] },
    )),
    ...Array.from({ length: 14 }, (_, index) => makeItem(
      { nativeId: `water-${index}`, text: `В Ауэзовском районе нет горячей воды, дом ${index}`, publishedAt: '2026-12-05T06:00:00Z' },
      { sentiment: index < 10 ? 'negative' : 'neutral', issues: ['outages'] },
    )),
  ]);
});

afterAll(() => store.close());

describe('search counts beside a small one', () => {
  it('hides the smallest day shown beside a hidden day, and the smallest sentiment beside a hidden one', async () => {
    const { body } = await answerAsViewer<SearchAnswer>(store, `/api/search?q=${encodeURIComponent('воды OR автобус')}`);

    // Were 14 and <10 under 16 (the small day was 2), and negative 10, neutral <10 (6), positive 0.
    expect(body.total).toBe(16);
    expect(body.byDay).toEqual([{ day: '2026-12-04', posts: null }, { day: '2026-12-05', posts: 'x' }]);
    expect(body.bySentiment).toEqual({ negative: 'x', neutral: null, positive: 0 });
  });

  it('shows a day that holds the whole total', async () => {
    const { body } = await answerAsViewer<SearchAnswer>(store, `/api/search?q=${encodeURIComponent('воды')}`);

    expect([body.total, body.byDay]).toEqual([14, [{ day: '2026-12-05', posts: 14 }]]);
    expect(body.bySentiment).toEqual({ negative: 'x', neutral: null, positive: 0 });
  });
});
