import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { exportAggregates } from '../../src/report/export-aggregates.js';
import { openSqliteStore, type SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { hostileWeek } from './hostile-week.js';
import { makeProject } from './make-project.js';

let store: SqliteStore;

beforeAll(() => {
  store = openSqliteStore(':memory:', { timezone: 'Asia/Almaty' });
  store.savePosts(hostileWeek());
});

afterAll(() => store.close());

describe('an export of a single day', () => {
  // The day's rows and the period's rows were the same rows, written twice under the same
  // period_from and period_to: a pivot table summing the posts column counted the day twice.
  it('has each group once, so that summing a column counts the day once', () => {
    const csv = exportAggregates({ store, project: makeProject('en'), from: '2024-11-15', to: '2024-11-15' });
    const rows = csv.trimEnd().split('\n').slice(1);

    expect(new Set(rows).size).toBe(rows.length);
    expect(rows.filter((row) => row.includes(',all,all,'))).toEqual([
      '2024-11-15,2024-11-15,all,all,All posts,13,0,0,13,0',
    ]);
  });

  it('still has a row a day and one for the period when the period is two days', () => {
    const csv = exportAggregates({ store, project: makeProject('en'), from: '2024-11-15', to: '2024-11-16' });

    expect(csv.split('\n').filter((row) => row.includes(',all,all,'))).toEqual([
      '2024-11-15,2024-11-15,all,all,All posts,13,0,0,13,0',
      '2024-11-16,2024-11-16,all,all,All posts,0,0,0,0,0',
      '2024-11-15,2024-11-16,all,all,All posts,13,0,0,13,0',
    ]);
  });
});
