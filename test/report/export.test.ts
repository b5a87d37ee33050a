import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { exportAggregates } from '../../src/report/export-aggregates.js';
import { openSqliteStore, type SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { makeItem } from '../store/make-post.js';
import { hostileWeek, WEEK } from './hostile-week.js';
import { makeProject } from './make-project.js';

let store: SqliteStore;
let csv: string;

beforeAll(() => {
  store = openSqliteStore(':memory:', { timezone: 'Asia/Almaty' });
  store.savePosts(hostileWeek());
  csv = exportAggregates({ store, project: makeProject('en'), ...WEEK });
});

afterAll(() => store.close());

function rows(period: string, dimension: string): string[] {
  const [from, to] = period.split('/');
  return csv.split('\n').filter((line) => line.startsWith(`${from},${to},${dimension},`));
}

describe('aggregate export', () => {
  it('starts with a header naming every column', () => {
    expect(csv.split('\n')[0]).toBe('period_from,period_to,dimension,value,label,posts,negative,neutral,positive,reposts');
  });

  it('gives whole-period issue counts by sentiment and folds the issue under the minimum into other', () => {
    expect(rows('2024-11-11/2024-11-17', 'issue')).toEqual([
      '2024-11-11,2024-11-17,issue,transport,Public transport,13,0,0,13,0',
      '2024-11-11,2024-11-17,issue,roads,Roads and traffic,12,8,3,1,<10',
      '2024-11-11,2024-11-17,issue,(other),Other (1),<10,,,,0',
    ]);
  });

  it('keeps a row of all posts for every day, hiding small days', () => {
    expect(rows('2024-11-15/2024-11-15', 'all')).toEqual(['2024-11-15,2024-11-15,all,all,All posts,13,0,0,13,0']);
    expect(rows('2024-11-14/2024-11-14', 'all')).toEqual(['2024-11-14,2024-11-14,all,all,All posts,<10,,,,0']);
    expect(rows('2024-11-16/2024-11-16', 'all')).toEqual(['2024-11-16,2024-11-16,all,all,All posts,0,0,0,0,0']);
  });

  it('counts outlets by volume only and neutralises a formula in a scraped outlet name', () => {
    // Vlast.kz's 10 are folded in with the small outlet: the news total minus 10 would show it.
    expect(rows('2024-11-11/2024-11-17', 'outlet')).toEqual([
      '2024-11-11,2024-11-17,outlet,(other),Other (2),13,,,,0',
    ]);
    expect(csv).not.toContain('HYPERLINK');
  });

  it('has sentiment toward subjects, districts with their issues, and slices', () => {
    expect(rows('2024-11-11/2024-11-17', 'subject')).toEqual(['2024-11-11,2024-11-17,subject,akimat,Акимат Алматы,11,11,0,0,0']);
    expect(rows('2024-11-11/2024-11-17', 'district-issue')).toEqual([
      '2024-11-11,2024-11-17,district-issue,auezov/roads,Auezov District / Roads and traffic,10,,,,0',
    ]);
    expect(rows('2024-11-11/2024-11-17', 'slice')).toEqual(['2024-11-11,2024-11-17,slice,drivers,Drivers,10,8,2,0,0']);
  });

  it('labels rows in the language asked for, whatever the project\'s digest language', () => {
    const project = makeProject('ru');
    const labelsIn = (language?: 'kk' | 'en') => exportAggregates({ store, project, ...WEEK, language })
      .split('\n').filter((line) => line.startsWith('2024-11-11,2024-11-17,issue,')).map((line) => line.split(',')[4]);
    expect(labelsIn()).toEqual(['Общественный транспорт', 'Дороги и пробки', 'Прочие (1)']);
    expect(labelsIn('kk')).toEqual(['Қоғамдық көлік', 'Жолдар мен кептеліс', 'Басқалары (1)']);
    expect(labelsIn('en')).toEqual(['Public transport', 'Roads and traffic', 'Other (1)']);
  });

  it('holds no post-level data: no text, no URL', () => {
    expect(csv).not.toContain('script');
    expect(csv).not.toContain('Дорога');
    expect(csv).not.toContain('https://');
  });

  it('never shows a group of 1 to 9 posts or reposts, and splits sentiment only for shown groups', () => {
    for (const line of csv.trim().split('\n').slice(1)) {
      const cells = line.split(',');
      const [posts, negative, neutral, positive, reposts] = cells.slice(5) as [string, string, string, string, string];
      for (const cell of [posts, reposts]) expect(cell === '<10' || Number(cell) === 0 || Number(cell) >= 10).toBe(true);
      if (posts === '<10') expect([negative, neutral, positive]).toEqual(['', '', '']);
    }
  });

  it('no hidden count can be worked out as a period total minus its shown days', () => {
    const posts = (line: string) => line.split(',')[5]!;
    const days = [...new Set(csv.split('\n').slice(1).map((line) => line.slice(0, 10)))].filter(Boolean);
    const periodRows = csv.split('\n').filter((line) => line.startsWith('2024-11-11,2024-11-17,'));
    let checked = 0;
    for (const row of periodRows) {
      const [, , dimension, value] = row.split(',');
      if (value === '(other)' || !/^\d+$/.test(posts(row))) continue;
      const dayRows = days.flatMap((day) => rows(`${day}/${day}`, dimension!).filter((line) => line.split(',')[3] === value));
      const shown = dayRows.map(posts).filter((cell) => /^\d+$/.test(cell)).reduce((sum, cell) => sum + Number(cell), 0);
      const hidden = Number(posts(row)) - shown;
      expect(hidden === 0 || hidden >= 10, `${dimension}/${value}: ${hidden} hidden`).toBe(true);
      checked++;
    }
    expect(checked).toBeGreaterThan(5);
  });

  it('hides a second day, marked x, when one small day could be worked out from the total', () => {
    // 3 posts on Monday, 12 on Tuesday, 15 on Wednesday: 30 − 12 − 15 would give Monday's 3.
    const days = { '2024-11-11': 3, '2024-11-12': 12, '2024-11-13': 15 };
    const small = openSqliteStore(':memory:', { timezone: 'Asia/Almaty' });
    small.savePosts(Object.entries(days).flatMap(([day, count]) =>
      Array.from({ length: count }, (_, index) => makeItem(
        { nativeId: `${day}-${index}`, text: `Автобус ${index}`, publishedAt: `${day}T06:00:00Z` },
        { sentiment: 'neutral', issues: ['transport'] },
      ))));
    const lines = exportAggregates({ store: small, project: makeProject('en'), from: '2024-11-11', to: '2024-11-13' })
      .split('\n');
    small.close();
    const cell = (period: string, dimension: string) =>
      lines.filter((line) => line.startsWith(`${period},${dimension},`)).map((line) => line.split(',').slice(3, 6).join(','));
    expect(cell('2024-11-11,2024-11-11', 'all')).toEqual(['all,All posts,<10']);
    expect(cell('2024-11-12,2024-11-12', 'all')).toEqual(['all,All posts,x']);
    expect(cell('2024-11-13,2024-11-13', 'all')).toEqual(['all,All posts,15']);
    expect(cell('2024-11-11,2024-11-13', 'all')).toEqual(['all,All posts,30']);
    // The issue likewise: its Tuesday goes into "(other)" for that day.
    expect(cell('2024-11-12,2024-11-12', 'issue')).toEqual(['(other),Other (1),12']);
    expect(cell('2024-11-13,2024-11-13', 'issue')).toEqual(['transport,Public transport,15']);
  });

  it('no small rest of a one-label dimension can be worked out as its total minus the groups shown', () => {
    const periods = [...new Set(csv.split('\n').slice(1).map((line) => line.slice(0, 21)))].filter(Boolean);
    for (const period of periods) {
      const [total] = rows(period.replace(',', '/'), 'all').map((line) => line.split(',')[5]!);
      if (!/^\d+$/.test(total ?? '')) continue;
      for (const dimension of ['platform', 'language']) {
        const shown = rows(period.replace(',', '/'), dimension)
          .filter((line) => line.split(',')[3] !== '(other)')
          .reduce((sum, line) => sum + Number(line.split(',')[5]), 0);
        const rest = Number(total) - shown;
        expect(rest === 0 || rest >= 10, `${period} ${dimension}: ${rest} in the rest`).toBe(true);
      }
    }
  });

  it('covers every stored day when no range is given, and is only a header for an empty store', () => {
    const all = exportAggregates({ store, project: makeProject('en') });
    const empty = openSqliteStore(':memory:', { timezone: 'Asia/Almaty' });

    expect(all.split('\n').filter((line) => line.includes(',all,all,')).map((line) => line.slice(0, 21))).toContain('2024-11-05,2024-11-15');
    expect(exportAggregates({ store: empty, project: makeProject('en') })).toBe(
      'period_from,period_to,dimension,value,label,posts,negative,neutral,positive,reposts\n',
    );
    empty.close();
  });
});
