/**
 * The dashboard's search reads the query as tyndau search does: field values may be written as
 * names (district:Турксиб), and the project's saved queries apply. The API built a vocabulary of
 * ids alone, so what worked on the command line was refused on the search page.
 */
import { afterAll, describe, expect, it } from 'vitest';

import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { makeItem } from '../store/make-post.js';
import { answerAsViewer } from './api-as-viewer.js';

const store = openSqliteStore(':memory:', { timezone: 'Asia/Almaty' });
store.savePosts(Array.from({ length: 12 }, (_, index) => makeItem(
  { nativeId: `turksib-${index}`, text: `Турксибте жарық жоқ, ${index}-күн`, publishedAt: '2024-11-12T06:00:00Z' },
  { districts: ['turksib'], issues: ['outages'] },
)));

afterAll(() => store.close());

describe('the search API', () => {
  it('takes a district as the digest names it', async () => {
    const answer = await answerAsViewer<{ total: number }>(store, `/api/search?q=${encodeURIComponent('district:Турксиб')}`);

    expect(answer).toEqual({ status: 200, body: expect.objectContaining({ total: 12 }) });
  });
});

describe('a search word that names a district', () => {
  it('finds the posts whose words it is, and the answer suggests the filter that finds the district\'s', async () => {
    const bare = await answerAsViewer<{ total: number; districtHints: unknown }>(store, `/api/search?q=${encodeURIComponent('Турксиб')}`);
    const filtered = await answerAsViewer<{ total: number; districtHints: unknown }>(store, `/api/search?q=${encodeURIComponent('district:turksib')}`);

    expect(bare).toEqual({ status: 200, body: expect.objectContaining({
      total: 0, districtHints: [{ word: 'турксиб', filter: 'district:turksib' }],
    }) });
    expect(filtered).toEqual({ status: 200, body: expect.objectContaining({ total: 12, districtHints: [] }) });
  });
});
