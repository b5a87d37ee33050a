import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import { searchDayLines } from '../../src/cli/search-day-lines.js';
import type { ShownCount } from '../../src/insight/small-groups.js';

interface SearchDays {
  readonly minGroupSize: number;
  readonly byDay: readonly { day: string; posts: ShownCount }[];
}

const demoSearch = JSON.parse(readFileSync(
  fileURLToPath(new URL('../fixtures/cli/search-by-day-each-under-minimum.json', import.meta.url)), 'utf8',
)) as SearchDays;

describe('the counts by day tyndau search prints', () => {
  it('puts days in a row each under the minimum on one line', () => {
    expect(demoSearch.byDay).toHaveLength(40);

    expect(searchDayLines(demoSearch.byDay, demoSearch.minGroupSize))
      .toEqual(['  2025-10-07 … 2026-12-05  <10 on each of 40 days with matches']);
  });

  it('lists shown counts, x and fewer than seven hidden days in a row day by day', () => {
    const hidden = (day: string) => ({ day, posts: null });
    const byDay = [
      { day: '2025-11-01', posts: 12 }, hidden('2025-11-02'), hidden('2025-11-03'), { day: '2025-11-04', posts: 'x' },
      ...['05', '07', '09', '10', '11', '12', '14'].map((day) => hidden(`2025-11-${day}`)), { day: '2025-11-15', posts: 15 },
    ] as const;

    expect(searchDayLines(byDay, 10)).toEqual([
      '  2025-11-01      12',
      '  2025-11-02     <10',
      '  2025-11-03     <10',
      '  2025-11-04       x',
      '  2025-11-05 … 2025-11-14  <10 on each of 7 days with matches',
      '  2025-11-15      15',
    ]);
  });
});
