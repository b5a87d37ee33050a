/**
 * The overview gave each subject's count and tone for the chosen period only: an analyst could
 * not see how the talk about the akimat moved week by week, the first thing a listening tool is
 * asked for. The overview now carries eight weeks of each shown subject's posts, with the share
 * negative toward it in the weeks whose count is shown.
 */
import { afterAll, describe, expect, it } from 'vitest';

import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { akimatWeeks } from '../store/akimat-weeks.js';
import { answerAsViewer } from './api-as-viewer.js';

interface Trend {
  weeks: string[];
  stored: boolean[];
  subjects: { subjectId: string; originals: (number | null | 'x')[]; negative: ({ share: number } | null)[] }[];
}

describe('the weekly trend of a subject on the overview', () => {
  const store = openSqliteStore(':memory:', { timezone: 'Asia/Almaty' });
  // The week of 2026-11-24 … 11-30 is the period; two weeks before it hold 20 and 4 posts.
  store.savePosts(akimatWeeks());
  afterAll(() => store.close());

  it('gives each week\'s posts and the share negative toward the subject where the count is shown', async () => {
    const { body } = await answerAsViewer<{ subjectTrend: Trend }>(store, '/api/overview?from=2026-11-24&to=2026-11-30');
    const trend = body.subjectTrend;

    expect(trend.weeks).toEqual([
      '2026-10-06', '2026-10-13', '2026-10-20', '2026-10-27', '2026-11-03', '2026-11-10', '2026-11-17', '2026-11-24',
    ]);
    const akimat = trend.subjects.find((subject) => subject.subjectId === 'akimat')!;
    expect(akimat.originals).toEqual([0, 0, 0, 0, 0, 20, null, 12]);
    // As classified (no calibration in this project): 15 of 20, 3 of 12; none for a hidden week.
    expect(akimat.negative.map((share) => share && Math.round(share.share * 100))).toEqual(
      [null, null, null, null, null, 75, null, 25],
    );
  });

  // The five weeks before the first stored day showed 0 posts, as if nobody had mentioned the
  // akimat; they are now marked as holding nothing stored.
  it('marks the weeks before the first stored day as without data, on the overview and the issues page', async () => {
    const overview = await answerAsViewer<{ subjectTrend: Trend }>(store, '/api/overview?from=2026-11-24&to=2026-11-30');
    const issues = await answerAsViewer<{ trend: { stored: boolean[] } }>(store, '/api/issues?from=2026-11-24&to=2026-11-30');
    const stored = [false, false, false, false, false, true, true, true];

    expect(overview.body.subjectTrend.stored).toEqual(stored);
    expect(issues.body.trend.stored).toEqual(stored);
  });
});
