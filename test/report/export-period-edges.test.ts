import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { exportAggregates } from '../../src/report/export-aggregates.js';
import { openSqliteStore, type SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { makeItem } from '../store/make-post.js';
import { hostileWeek } from './hostile-week.js';
import { repostsOnTwoPlatforms } from './reposts-on-two-platforms.js';
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

// The stored days run from 2024-11-05 to 2024-11-15. `tyndau export --to 2024-01-01` said
// "from 2024-11-05 is after to 2024-01-01; swap them", about a from the user never gave.
describe('an export given only one end of its period', () => {
  it('names the stored day the end given lies beyond, not a swap of an end never given', () => {
    const project = makeProject('en');

    expect(() => exportAggregates({ store, project, to: '2024-01-01' })).toThrow(
      'export: to 2024-01-01 is before the first stored day, 2024-11-05; give a later to, or a from as well',
    );
    expect(() => exportAggregates({ store, project, from: '2025-01-01' })).toThrow(
      'export: from 2025-01-01 is after the last stored day, 2024-11-15; give an earlier from, or a to as well',
    );
  });

  it('runs from the first stored day, or to the last, when the end given lies within them', () => {
    const project = makeProject('en');
    const allRow = (csv: string) => csv.split('\n').filter((line) => line.includes(',all,all,')).at(-1)?.slice(0, 21);

    expect(allRow(exportAggregates({ store, project, to: '2024-11-12' }))).toBe('2024-11-05,2024-11-12');
    expect(allRow(exportAggregates({ store, project, from: '2024-11-12' }))).toBe('2024-11-12,2024-11-15');
  });

  it('still says swap them when both ends are given the wrong way round', () => {
    expect(() => exportAggregates({ store, project: makeProject('en'), from: '2024-11-12', to: '2024-11-11' }))
      .toThrow('export: from 2024-11-12 is after to 2024-11-11; swap them');
  });
});

// The reposts column was cut to the minimum on its own: all posts 15, Telegram 12 and VK <10
// gave VK's 3 away, on the day and in the period.
describe('the reposts column, whose rows add up to the all-posts row and whose days to the period', () => {
  it('hides the smallest shown count beside a small one, as x', () => {
    const reposted = openSqliteStore(':memory:', { timezone: 'Asia/Almaty' });
    reposted.savePosts(repostsOnTwoPlatforms());
    const csv = exportAggregates({ store: reposted, project: makeProject('en'), from: '2024-11-12', to: '2024-11-13' });
    reposted.close();
    const reposts = (dimension: string) => csv.split('\n')
      .filter((line) => line.split(',')[2] === dimension)
      .map((line) => [line.slice(0, 21), line.split(',')[3], line.split(',').at(-1)]);

    expect(reposts('platform')).toEqual([
      ['2024-11-12,2024-11-12', 'telegram', 'x'],
      ['2024-11-12,2024-11-12', 'vk', '<10'],
      ['2024-11-12,2024-11-13', 'telegram', 'x'],
      ['2024-11-12,2024-11-13', 'vk', '<10'],
    ]);
    expect(reposts('all').map((row) => row[2])).toEqual(['15', '0', '15']);
  });

  it('hides a day\'s reposts beside a small day, so the period\'s reposts minus the days shown give nothing away', () => {
    const reposted = openSqliteStore(':memory:', { timezone: 'Asia/Almaty' });
    reposted.savePosts([...repostsOnTwoPlatforms(), ...Array.from({ length: 3 }, (_, index) => makeItem(
      {
        nativeId: `telegram-next-day-repost-${index}`, platform: 'telegram', text: 'Автобус 0 не пришёл',
        publishedAt: '2024-11-13T07:00:00Z', amplifiesNativeId: 'telegram-0',
      },
      { sentiment: 'negative', issues: ['transport'] },
    ))]);
    const csv = exportAggregates({ store: reposted, project: makeProject('en'), from: '2024-11-12', to: '2024-11-13' });
    reposted.close();

    // 15 on the 12th and 3 on the 13th under 18 for the period: the 15 goes too.
    expect(csv.split('\n').filter((line) => line.includes(',all,all,')).map((line) => line.split(',').at(-1)))
      .toEqual(['x', '<10', '18']);
  });
});
