/**
 * The search page's chart of matches by day. The store lists only days with matches; the chart
 * drew them side by side, so 16, 18 and 21 November looked like three days in a row.
 */
import { describe, expect, it } from 'vitest';

import { searchDays } from '../../web/src/search-days.js';

describe('the search page\'s days', () => {
  it('fills the days without matches with 0, from the first match to the last', () => {
    const days = searchDays([
      { day: '2026-11-16', posts: 12 }, { day: '2026-11-18', posts: 14 }, { day: '2026-11-19', posts: null },
    ]);
    expect(days).toEqual({
      days: ['2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19'],
      posts: [12, 0, 14, null],
      allHidden: false,
    });
  });

  it('says when every day is under the minimum group size, where the chart was an empty frame', () => {
    expect(searchDays([{ day: '2026-11-30', posts: null }, { day: '2026-12-01', posts: null }]).allHidden).toBe(true);
    expect(searchDays([]).allHidden).toBe(false);
  });
});
