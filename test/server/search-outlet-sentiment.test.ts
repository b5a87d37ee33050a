/**
 * Search gives a news outlet its volume only, as the outlets page does: a query naming an outlet
 * gets no counts by sentiment, outlet: with sentiment: is refused, and an article's hit carries
 * no sentiment beside its outlet. The dashboard's search page is read in headless Chromium on the
 * demo project, whose news comes from four feeds.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { openSqliteStore, type SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { answerAsViewer } from './api-as-viewer.js';
import { openLoggedIn, startDemoDashboard, type DemoDashboard } from './demo-dashboard.js';
import { outletArticlesOnTheMayor } from './outlet-articles-on-the-mayor.js';

interface SearchAnswer {
  total: number | null;
  bySentiment: Record<string, number | null> | null;
  hits: { kind: string; outlet: string | null; sentiment: string | null }[];
}

let store: SqliteStore;

beforeAll(() => {
  store = openSqliteStore(':memory:', { timezone: 'Asia/Almaty' });
  store.savePosts(outletArticlesOnTheMayor());
});

afterAll(() => store.close());

const search = (query: string) => answerAsViewer<SearchAnswer>(store, `/api/search?q=${encodeURIComponent(query)}`);

describe('search and news outlets', () => {
  it('gives a query naming an outlet its count, not its counts by sentiment', async () => {
    const { body } = await search('subject:akimat outlet:Vlast.kz');
    // It gave { negative: 14, neutral: 0, positive: null }: Vlast.kz hostile to the akimat.
    expect([body.total, body.bySentiment]).toEqual([16, null]);
    expect(new Set(body.hits.map((hit) => `${hit.outlet} ${hit.sentiment}`))).toEqual(new Set(['Vlast.kz null']));
  });

  it('refuses outlet: with sentiment:, naming why', async () => {
    const { status, body } = await search('subject:akimat outlet:Vlast.kz sentiment:negative');
    expect(status).toBe(400);
    expect((body as unknown as { error: string }).error.split('\n')[0]).toBe(
      'query: column 32: outlet: and sentiment: do not go together: tyndau gives news outlets their volume only, never their sentiment',
    );
  });

  it('keeps counts by sentiment without an outlet, and sentiment on residents\' posts, not on articles', async () => {
    const { body } = await search('subject:akimat');
    expect(body.bySentiment).toEqual({ negative: 25, neutral: 0, positive: 14 });
    expect(new Set(body.hits.map((hit) => `${hit.kind} ${hit.sentiment}`))).toEqual(new Set(['article null', 'social negative']));
  });
});

describe('the dashboard\'s search page', () => {
  let dashboard: DemoDashboard;

  beforeAll(async () => {
    dashboard = await startDemoDashboard('ru');
  }, 300_000);

  afterAll(async () => {
    await dashboard?.close();
  });

  it('shows an outlet\'s articles without sentiment figures or labels', async () => {
    const { context, page } = await openLoggedIn(dashboard, 'search');
    await page.fill('input[name=q]', 'outlet:"RuSentNE sample feed 1"');
    await page.click('main button[type=submit]');
    await page.waitForSelector('[data-results]');

    expect(await page.locator('.figures .figure').count()).toBe(1);
    const footers = await page.locator('article.hit footer').allTextContents();
    expect(footers.length).toBe(20);
    // A hit about another place says so in its footer, never a tone.
    for (const footer of footers) {
      expect(footer).toMatch(/^RuSentNE sample feed 1 · \d{4}-\d{2}-\d{2}( · о других местах)?( · https?:\/\/\S+)?$/);
    }
    await context.close();
  });
});
