/**
 * A search's matches by week. A city's query rarely reaches ten posts a day, so every day of
 * "автобус" over the demo was hidden and the dashboard drew no trend at all (found by the new
 * user); weeks often reach the minimum.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { searchWeeks } from '../../src/insight/search-weeks.js';
import { openSqliteStore, type SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { answerAsViewer } from '../server/api-as-viewer.js';
import { makeItem } from '../store/make-post.js';

interface SearchAnswer {
  total: number | null;
  byDay: { day: string; posts: number | null | 'x' }[];
  byWeek: { week: string; posts: number | null | 'x' }[] | null;
}

describe('a search\'s weeks', () => {
  it('run back seven days at a time from the last day with a match, a quiet week counted 0', () => {
    expect(searchWeeks([
      { day: '2025-11-30', posts: 3 },
      { day: '2025-11-02', posts: 1 },
      { day: '2025-11-24', posts: 4 },
      { day: '2025-11-23', posts: 5 },
      { day: '2025-11-10', posts: 2 },
    ])).toEqual([
      { week: '2025-10-27', posts: 1 },
      { week: '2025-11-03', posts: 0 },
      { week: '2025-11-10', posts: 2 },
      { week: '2025-11-17', posts: 5 },
      { week: '2025-11-24', posts: 7 },
    ]);
    expect(searchWeeks([])).toEqual([]);
  });

  it('end on the period\'s last day when the search has one, so two queries\' weeks line up', () => {
    expect(searchWeeks([{ day: '2025-11-22', posts: 4 }, { day: '2025-11-12', posts: 2 }], '2025-11-30')).toEqual([
      { week: '2025-11-10', posts: 2 },
      { week: '2025-11-17', posts: 4 },
      { week: '2025-11-24', posts: 0 },
    ]);
  });
});

describe('the search API\'s weeks', () => {
  let store: SqliteStore;

  // Bus complaints: three, four or five a day, never ten, over three weeks ending on 30 November.
  beforeAll(() => {
    store = openSqliteStore(':memory:', { timezone: 'Asia/Almaty' });
    const perDay: [string, number][] = [
      ['2025-11-12', 3], ['2025-11-14', 4],
      ['2025-11-18', 5], ['2025-11-20', 4], ['2025-11-22', 3],
      ['2025-11-25', 4], ['2025-11-27', 5], ['2025-11-30', 3],
    ];
    store.savePosts(perDay.flatMap(([day, count]) => Array.from({ length: count }, (_, index) => makeItem(
      { nativeId: `bus-${day}-${index}`, text: `Автобус 92 опять не пришёл, остановка ${index}`, publishedAt: `${day}T06:00:00Z` },
      { sentiment: 'negative', issues: ['transport'] },
    ))));
    store.savePosts([makeItem(
      { nativeId: 'water-rush', text: 'Нет горячей воды, автобус тоже не ходит', publishedAt: '2025-11-30T07:00:00Z' },
      { sentiment: 'negative', issues: ['outages'] },
    )]);
  });

  afterAll(() => store.close());

  it('are given while every day is under the minimum, the small week hidden with the smallest beside it', async () => {
    const { body } = await answerAsViewer<SearchAnswer>(store, `/api/search?q=${encodeURIComponent('автобус')}`);

    expect(body.total).toBe(32);
    expect(body.byDay.every((day) => day.posts === null)).toBe(true);
    // 7, 12 and 13 under a total of 32: the 7 alone hidden would be 32 − 25, so the 12 goes too.
    expect(body.byWeek).toEqual([
      { week: '2025-11-10', posts: null },
      { week: '2025-11-17', posts: 'x' },
      { week: '2025-11-24', posts: 13 },
    ]);
  });

  // The researcher's comparison: 'метро' last matched on 22 November, 'автобус' on the 30th; over
  // the same period their weeks began on Sundays and Mondays.
  it('line up between queries over the same period, ending on its last day', async () => {
    store.savePosts(Array.from({ length: 6 }, (_, index) => makeItem(
      { nativeId: `metro-${index}`, text: `Метро снова закрыто, станция ${index}`, publishedAt: `2025-11-${12 + 2 * index}T06:00:00Z` },
      { sentiment: 'negative', issues: ['transport'] },
    )));
    const weeksOf = async (query: string) => (await answerAsViewer<SearchAnswer>(
      store, `/api/search?q=${encodeURIComponent(query)}&from=2025-11-10&to=2025-11-30`)).body.byWeek!.map((week) => week.week);

    expect(await weeksOf('метро')).toEqual(['2025-11-10', '2025-11-17', '2025-11-24']);
    expect(await weeksOf('автобус')).toEqual(['2025-11-10', '2025-11-17', '2025-11-24']);
  });

  it('are not given once a day is shown, where a week beside its day would give the rest of it away', async () => {
    store.savePosts(Array.from({ length: 8 }, (_, index) => makeItem(
      { nativeId: `bus-rush-${index}`, text: `Автобус 92 переполнен, час пик ${index}`, publishedAt: '2025-11-27T03:00:00Z' },
      { sentiment: 'negative', issues: ['transport'] },
    )));
    const { body } = await answerAsViewer<SearchAnswer>(store, `/api/search?q=${encodeURIComponent('автобус')}`);

    expect(body.byDay.find((day) => day.day === '2025-11-27')!.posts).toBe(13);
    expect(body.byWeek).toBeNull();
  });
});
