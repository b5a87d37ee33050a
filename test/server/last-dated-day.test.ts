import { afterEach, describe, expect, it } from 'vitest';

import { lastDatedDay } from '../../src/server/api/period.js';
import { answerAsViewer } from './api-as-viewer.js';
import { openSqliteStore, type SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { makeItem } from '../store/make-post.js';
import { makeProject } from '../report/make-project.js';

let store: SqliteStore;

afterEach(() => {
  store.close();
});

function storeWith(posts: { id: string; publishedAt?: string; firstSeen: string }[]): void {
  store = openSqliteStore(':memory:', { timezone: 'UTC' });
  store.savePosts(posts.map((post) => makeItem({
    nativeId: post.id, text: `Автобус опять опоздал ${post.id}`, firstSeen: post.firstSeen,
    ...(post.publishedAt ? { publishedAt: post.publishedAt } : {}),
  })));
}

describe('the last day with a dated post, where every page opens by default', () => {
  it('is found behind months of posts that carry only their import day', () => {
    storeWith([
      { id: 'a', publishedAt: '2024-03-02T10:00:00Z', firstSeen: '2024-12-20T10:00:00Z' },
      { id: 'b', publishedAt: '2024-03-05T10:00:00Z', firstSeen: '2024-12-20T10:00:00Z' },
      { id: 'c', firstSeen: '2024-12-20T10:00:00Z' },
      { id: 'd', firstSeen: '2024-12-21T10:00:00Z' },
    ]);

    expect(lastDatedDay(store)).toBe('2024-03-05');
  });

  it('is given by /api/meta beside the stored days, for a script choosing its period', async () => {
    storeWith([
      { id: 'a', publishedAt: '2024-03-05T10:00:00Z', firstSeen: '2024-12-20T10:00:00Z' },
      { id: 'c', firstSeen: '2024-12-21T10:00:00Z' },
    ]);
    const { body } = await answerAsViewer<{ storedDays: unknown; lastDatedDay: string }>(store, '/api/meta');

    expect([body.storedDays, body.lastDatedDay]).toEqual([{ from: '2024-03-05', to: '2024-12-21' }, '2024-03-05']);
  });

  it('comes with the project\'s name in each language the dashboard heads its pages with', async () => {
    storeWith([{ id: 'a', publishedAt: '2024-03-05T10:00:00Z', firstSeen: '2024-03-05T10:00:00Z' }]);
    const project = { ...makeProject('ru'), name: 'Шымкент — городские службы', labels: { kk: 'Шымкент қаласының қызметтері' } };
    type Meta = { name: string; labels: Record<'ru' | 'kk' | 'en', { title: string }> };
    const { body } = await answerAsViewer<Meta>(store, '/api/meta', project);

    expect([body.name, body.labels.ru.title, body.labels.kk.title, body.labels.en.title]).toEqual([
      'Шымкент — городские службы', 'Шымкент — городские службы', 'Шымкент қаласының қызметтері', 'Шымкент — городские службы',
    ]);
  });

  it('is the last stored day when that day holds a dated post', () => {
    storeWith([
      { id: 'a', publishedAt: '2024-03-02T10:00:00Z', firstSeen: '2024-03-02T10:00:00Z' },
      { id: 'b', publishedAt: '2024-11-30T10:00:00Z', firstSeen: '2024-11-30T10:00:00Z' },
    ]);

    expect(lastDatedDay(store)).toBe('2024-11-30');
  });

  it('falls back to the last stored day when no post has a source date', () => {
    storeWith([{ id: 'a', firstSeen: '2024-12-20T10:00:00Z' }, { id: 'b', firstSeen: '2024-12-22T10:00:00Z' }]);

    expect(lastDatedDay(store)).toBe('2024-12-22');
  });
});

interface PeriodNoteAnswer {
  readonly periodNote: { code: string; storedDays: { from: string; to: string }; said: Record<string, string> } | null;
}

// The CLI noted a period wholly outside the stored days; the API answered its zeros with no word.
describe('a period wholly outside the stored days', () => {
  it.each(['/api/overview', '/api/issues', '/api/outlets', '/api/agencies'])(
    'gets a note from %s naming the stored days, in Russian, Kazakh and English',
    async (path) => {
      storeWith([{ id: 'a', publishedAt: '2024-11-05T10:00:00Z', firstSeen: '2024-11-05T10:00:00Z' },
        { id: 'b', publishedAt: '2024-11-12T10:00:00Z', firstSeen: '2024-11-12T10:00:00Z' }]);
      const { status, body } = await answerAsViewer<PeriodNoteAnswer>(store, `${path}?from=2025-01-01&to=2025-01-07`);

      expect(status).toBe(200);
      expect(body.periodNote?.storedDays).toEqual({ from: '2024-11-05', to: '2024-11-12' });
      expect(body.periodNote?.said.en).toBe(
        'nothing is stored for 2025-01-01 … 2025-01-07: the stored posts are dated 2024-11-05 … 2024-11-12, ' +
          'so the figures of this period are zeros because nothing was collected, not because nobody posted',
      );
      expect(body.periodNote?.said.ru).toContain('за 2025-01-01 … 2025-01-07 ничего не сохранено');
      expect(body.periodNote?.said.kk).toContain('2025-01-01 … 2025-01-07 кезеңіне ештеңе сақталмаған');
    },
  );

  it('gets no note when the period shares a day with the stored ones, or ends on the default day', async () => {
    storeWith([{ id: 'a', publishedAt: '2024-11-05T10:00:00Z', firstSeen: '2024-11-05T10:00:00Z' }]);
    const notes = await Promise.all(['?from=2024-10-01&to=2024-11-05', '', '?from=2024-11-05'].map(async (query) =>
      (await answerAsViewer<PeriodNoteAnswer>(store, `/api/overview${query}`)).body.periodNote));

    expect(notes).toEqual([null, null, null]);
  });
});
