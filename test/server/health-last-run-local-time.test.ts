/**
 * Collection health showed when each source last ran as a UTC time, while every day on the
 * dashboard is the project's: an import at 00:41 in Almaty was listed at 19:41 the day before,
 * under posts that counted on the import's own Almaty day (found by the new user).
 */
import { afterAll, describe, expect, it } from 'vitest';

import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { answerAsViewer } from './api-as-viewer.js';

interface HealthSource {
  sourceLabel: string;
  lastAt: string;
  lastAtLocal: string;
}

describe('the last run of a source in collection health', () => {
  const store = openSqliteStore(':memory:', { timezone: 'Asia/Almaty' });
  afterAll(() => store.close());

  it('is given on the project\'s clock beside the instant, across midnight in Almaty', async () => {
    const counts = { read: 450, inserted: 450, existing: 0, skipped: 0 };
    const importedAt = new Date('2026-12-05T19:41:00Z');
    store.recordCollection({ sourceLabel: 'kazsandra-reviews.csv', platform: 'other', format: 'csv', at: importedAt, ...counts });
    store.recordCollection({
      sourceLabel: 'https://tengrinews.kz/rss', platform: 'news', format: 'feed', at: new Date('2026-12-05T04:05:00Z'), ...counts,
    });

    const { body } = await answerAsViewer<{ sources: HealthSource[] }>(store, '/api/health');
    const shown = body.sources.map(({ sourceLabel, lastAt, lastAtLocal }) => ({ sourceLabel, lastAt, lastAtLocal }));
    expect(shown.sort((a, b) => a.sourceLabel.localeCompare(b.sourceLabel))).toEqual([
      { sourceLabel: 'https://tengrinews.kz/rss', lastAt: '2026-12-05T04:05:00.000Z', lastAtLocal: '2026-12-05 09:05' },
      { sourceLabel: 'kazsandra-reviews.csv', lastAt: '2026-12-05T19:41:00.000Z', lastAtLocal: '2026-12-06 00:41' },
    ]);
  });
});
