/**
 * Collection health listed imported files alone: a Shymkent project's news feed, collected by
 * `tyndau collect --once` (6 articles), was nowhere on the page, nor would a feed failing for
 * days have been (found by the new user; `tyndau status` showed it).
 */
import { afterAll, describe, expect, it } from 'vitest';

import { SqliteCollectionLedger } from '../../src/store/sqlite/sqlite-collection-ledger.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { makeProject } from '../report/make-project.js';
import { makeItem } from '../store/make-post.js';
import { answerAsViewer } from './api-as-viewer.js';

const HOUR_MS = 3_600_000;

interface Health {
  sources: { sourceLabel: string }[];
  liveSources: ({ lastSuccessAtLocal: string | null } & Record<string, unknown>)[];
}

describe('the live sources on collection health', () => {
  const store = openSqliteStore(':memory:', { timezone: 'Asia/Almaty' });
  afterAll(() => store.close());

  it('lists each feed of the project file with its condition, last success and new posts, beside the files', async () => {
    const ledger = new SqliteCollectionLedger(store);
    const now = Date.now();
    const articles = ['В Самале третий день нет воды', 'Аким Шымкента провёл приём граждан'].map((title, index) =>
      makeItem({ nativeId: `https://shym.example/news/${index}`, platform: 'news', text: title, publishedAt: new Date(now - 3 * HOUR_MS).toISOString() }));
    ledger.commitSourceRun({
      sourceId: 'shym-news', platform: 'news', items: articles, fingerprints: [], cursor: {},
      startedAt: new Date(now - 20 * 60_000), finishedAt: new Date(now - 20 * 60_000 + 5_000), skipped: 0,
    });
    ledger.recordSourceFailure('otyrar-news', 'news', new Date(now - HOUR_MS), new Date(now - HOUR_MS + 1_000), 'cannot be reached');
    store.recordCollection({
      sourceLabel: 'result.json', platform: 'telegram', format: 'telegram', at: new Date(now), read: 3, inserted: 3, existing: 0, skipped: 0,
    });

    const project = {
      ...makeProject('en'),
      sources: [
        { id: 'saved-exports', kind: 'files' as const, location: 'imports/*', intervalMinutes: 60 },
        { id: 'shym-news', kind: 'feed' as const, location: 'https://shym.example/rss', intervalMinutes: 30 },
        { id: 'otyrar-news', kind: 'feed' as const, location: 'https://otyrar.example/rss', intervalMinutes: 30 },
      ],
    };
    const { body } = await answerAsViewer<Health>(store, '/api/health', project);

    expect(body.sources.map((source) => source.sourceLabel)).toEqual(['result.json']);
    expect(body.liveSources.map(({ lastSuccessAtLocal, ...rest }) => ({ ...rest, succeeded: lastSuccessAtLocal !== null }))).toEqual([
      { sourceId: 'shym-news', kind: 'feed', condition: 'ok', errorStreak: 0, lastError: null, newPosts: 2, succeeded: true },
      { sourceId: 'otyrar-news', kind: 'feed', condition: 'failing', errorStreak: 1, lastError: 'cannot be reached', newPosts: 0, succeeded: false },
    ]);
  });
});
