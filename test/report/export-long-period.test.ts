import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { exportAggregates } from '../../src/report/export-aggregates.js';
import { addDays } from '../../src/store/day-range.js';
import { openSqliteStore, type SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { makeItem } from '../store/make-post.js';
import { makeProject } from './make-project.js';

let store: SqliteStore;

// A year of posts, six a day, on several platforms, issues and districts: rollup rows in
// the thousands, as a real project has after a few weeks.
beforeAll(() => {
  store = openSqliteStore(':memory:', { timezone: 'Asia/Almaty' });
  const platforms = ['telegram', 'vk', 'youtube', 'news'] as const;
  const issues = ['transport', 'roads', 'utilities', 'housing', 'ecology', 'safety'];
  const districts = ['auezov', 'almaly', 'bostandyk', 'medeu'];
  store.savePosts(Array.from({ length: 365 * 6 }, (_, n) => makeItem(
    {
      nativeId: `p${n}`,
      text: `жалоба номер ${n}`,
      platform: platforms[n % 4],
      outlet: n % 4 === 3 ? `Outlet ${n % 7}` : undefined,
      publishedAt: `${addDays('2023-01-01', Math.floor(n / 6))}T06:00:00Z`,
    },
    { issues: [issues[n % 6]!], districts: [districts[n % 4]!], sentiment: n % 3 === 0 ? 'negative' : 'neutral' },
  )));
});

afterAll(() => store.close());

describe('an export over a long period', () => {
  it('sorts the rows into their days once, so that a period of 111 years takes seconds', () => {
    const started = Date.now();
    const csv = exportAggregates({ store, project: makeProject('en'), from: '1990-01-01', to: '2100-12-31' });
    const elapsed = Date.now() - started;

    // Every day of the range has its all-posts row, and the period has its own.
    expect(csv.split('\n').filter((line) => line.includes(',all,all,')).length).toBe(40_542 + 1);
    // Counted day by day over every row, this took about a minute.
    expect(elapsed).toBeLessThan(10_000);
  });
});
