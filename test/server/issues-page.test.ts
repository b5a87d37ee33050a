/**
 * The overview, issues and search pages in headless Chromium against `tyndau serve` on a copy of the demo project, in
 * Kazakh. In the demo's last four days every slice is under the minimum group size.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { openLoggedIn, startDemoDashboard, type DemoDashboard } from './demo-dashboard.js';

let dashboard: DemoDashboard;

beforeAll(async () => {
  dashboard = await startDemoDashboard('kk');
}, 300_000);

afterAll(async () => {
  await dashboard?.close();
});

describe('the issues page in Kazakh', () => {
  it('says why a breakdown is empty, with the Kazakh ablative and Kazakh decimal commas', async () => {
    const { context, page } = await openLoggedIn(dashboard, 'issues');
    // The demo's last four days: its last week has a families slice of more than ten posts.
    const { lastDatedDay } = await page.evaluate(async () =>
      (await fetch('/api/meta')).json() as Promise<{ lastDatedDay: string }>);
    const from = new Date(Date.parse(`${lastDatedDay}T00:00:00Z`) - 3 * 86_400_000).toISOString().slice(0, 10);
    await page.fill('header form.period input[name=from]', from);
    await page.fill('header form.period input[name=to]', lastDatedDay);
    await page.click('header form.period button[type=submit]');
    await page.waitForSelector('main[data-page=issues][data-ready]');

    const data = await page.evaluate(async (query) => (await fetch(`/api/issues?${query}`)).json() as Promise<{
      slices: { shown: unknown[]; hiddenGroups: number };
    }>, `from=${from}&to=${lastDatedDay}`);
    expect(data.slices.shown).toEqual([]);
    expect(data.slices.hiddenGroups).toBeGreaterThan(0);
    const slices = page.locator('main section', { has: page.locator('h2', { hasText: 'Кімге қатысты' }) });
    // A bare header row said nothing; the digest said the groups were too small.
    expect(await slices.locator('table').count()).toBe(0);
    expect(await slices.locator('p.note').textContent())
      .toBe(`10-нан аз жарияланымы бар ${data.slices.hiddenGroups} топ көрсетілмеді`);

    // Chromium formatted kk-KZ as "10.3%"; Kazakhstan writes "10,3".
    const share = await page.locator('main section').first().locator('tbody tr td:nth-child(3)').first().textContent();
    expect(share).toMatch(/^\d+,\d\s?%$/);
    await context.close();
  });
});

describe('the search page in Kazakh', () => {
  it('draws the trend by week when every day\'s count is hidden, where it drew none', async () => {
    const { context, page } = await openLoggedIn(dashboard, 'search');
    await page.fill('input[name=q]', 'автобус');
    await page.click('main button[type=submit]');
    await page.waitForSelector('main[data-page=search][data-ready] [data-results]');

    const answer = await page.evaluate(async () => (await fetch('/api/search?q=%D0%B0%D0%B2%D1%82%D0%BE%D0%B1%D1%83%D1%81')).json() as Promise<{
      byDay: { posts: number | null }[];
      byWeek: { week: string; posts: number | null | 'x' }[] | null;
    }>);
    expect(answer.byDay.length).toBeGreaterThan(1);
    expect(answer.byDay.every((entry) => entry.posts === null)).toBe(true);
    expect(answer.byWeek!.filter((week) => typeof week.posts === 'number' && week.posts >= 10).length).toBeGreaterThan(0);
    expect(await page.locator('main .uplot').count()).toBe(1);
    expect(await page.getAttribute('main figure.chart', 'data-chart')).toBe('Апталар бойынша жарияланымдар');
    expect(await page.textContent('[data-per-day-hidden]'))
      .toBe('Әр күнде 10-нан аз жарияланым, сондықтан апталар бойынша көрсетілді');
    await context.close();
  });
});

describe('the overview in Kazakh', () => {
  it('says a week of a few posts has too few to show sentiment, not that it has no data', async () => {
    const week = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'server', 'overview-week-of-four-posts-under-minimum.json'), 'utf8');
    const { context, page } = await openLoggedIn(dashboard, 'issues');
    await context.route('**/api/overview*', (route) => route.fulfill({ contentType: 'application/json', body: week }));
    await page.goto(`${dashboard.server.url}/#/overview`);
    await page.waitForSelector('main[data-page=overview][data-ready]');

    expect(await page.textContent('main [data-empty]')).toBe('Көрсету үшін жарияланымдар жеткіліксіз (10-нан аз)');
    await context.close();
  });

  it('puts "share" over the shares of the sentiment table, not over the sentiment names', async () => {
    const { context, page } = await openLoggedIn(dashboard, 'overview');
    const table = page.locator('main section', { has: page.locator('.uplot') }).nth(1).locator(':scope > table');
    expect(await table.locator('th').allTextContents()).toEqual(['', 'Үлес', 'Жіктеуіш атаған жарияланымдар']);
    expect(await table.locator('tbody tr').first().locator('td').allTextContents())
      .toEqual(['Жағымсыз', expect.stringMatching(/^\d+,\d\s?% \(/), expect.stringMatching(/^\d+$/)]);
    await context.close();
  });
});

describe('the overview\'s charts in Kazakh', () => {
  // Each chart repeated its section's heading, and the sentiment bars were titled "(95% СА)"
  // though they draw no interval: the intervals are in the table under them.
  it('say what each draws, apart from the section heading, and claim no interval they lack', async () => {
    const { context, page } = await openLoggedIn(dashboard, 'overview');
    const charts = page.locator('main section figure.chart');
    const titles = await charts.evaluateAll((figures) => figures.map((figure) => [
      figure.closest('section')!.querySelector('h2')!.textContent,
      figure.getAttribute('data-chart'),
      figure.querySelector('.u-title')!.textContent,
    ]));

    expect(titles).toEqual([
      ['Күн бойынша жарияланымдар', 'Әр күнгі түпнұсқа жарияланымдар мен репосттар',
        'Әр күнгі түпнұсқа жарияланымдар мен репосттар'],
      ['Тональділік (95% СА)', 'Тональділігі бойынша жарияланымдар үлесі, % (аралықтар кестеде)',
        'Тональділігі бойынша жарияланымдар үлесі, % (аралықтар кестеде)'],
      ['Апта бойынша аталуы', 'Әр аптада нысан аталған жарияланымдар', 'Әр аптада нысан аталған жарияланымдар'],
    ]);
    await context.close();
  });
});

describe('from the issues page to the posts an issue counts', () => {
  it('links each issue to a search of it in the period, which finds its count and survives a reload', async () => {
    const { context, page } = await openLoggedIn(dashboard, 'issues');
    const data = await page.evaluate(async () => (await fetch('/api/issues')).json() as Promise<{
      period: { from: string; to: string };
      issues: { shown: { issueId: string; originals: number }[] };
    }>);
    const first = data.issues.shown[0]!;
    const row = page.locator('main section').first().locator(':scope > table tbody tr').first();
    // The demo sets posts about other places aside (scope.setAside), and so does the search its
    // figures link to: without it the first issue counted 30 posts and its search found 33.
    const query = `issue:${first.issueId} date:${data.period.from}..${data.period.to} NOT scope:elsewhere`;
    expect(await row.locator('a[data-search-link=issue]').getAttribute('href'))
      .toBe(`#/search?${new URLSearchParams({ q: query }).toString()}`);

    await row.locator('a[data-search-link=issue]').click();
    await page.waitForSelector('main[data-page=search][data-ready] [data-results]');
    expect(await page.inputValue('input[name=q]')).toBe(query);
    // The demo's posts on these issues in its last week include no reposts, which search adds.
    expect(await page.textContent('[data-figure=found] .figure-value')).toBe(String(first.originals));

    // A bookmarked or shared search opens with its results: the page read no query before.
    await page.reload();
    await page.waitForSelector('main[data-page=search][data-ready] [data-results]');
    expect(await page.inputValue('input[name=q]')).toBe(query);
    expect(await page.textContent('[data-figure=found] .figure-value')).toBe(String(first.originals));
    await context.close();
  });

  it('links each monitored subject on the overview to a search of it in the period', async () => {
    const { context, page } = await openLoggedIn(dashboard, 'overview');
    const data = await page.evaluate(async () => (await fetch('/api/overview')).json() as Promise<{
      period: { from: string; to: string };
      subjects: { shown: { subjectId: string }[] };
    }>);
    const links = await page.locator('.card[data-subject] h3 a[data-search-link=subject]').evaluateAll(
      (anchors) => anchors.map((anchor) => anchor.getAttribute('href')),
    );

    expect(data.subjects.shown.length).toBeGreaterThan(0);
    expect(links).toEqual(data.subjects.shown.map(({ subjectId }) => `#/search?${new URLSearchParams({
      q: `subject:${subjectId} date:${data.period.from}..${data.period.to} NOT scope:elsewhere`,
    }).toString()}`));
    await context.close();
  });

  it('puts a search typed on the page into the address', async () => {
    const { context, page } = await openLoggedIn(dashboard, 'search');
    await page.fill('input[name=q]', 'автобус');
    await page.click('main button[type=submit]');
    await page.waitForSelector('main[data-page=search][data-ready] [data-results]');

    expect(new URL(page.url()).hash).toBe('#/search?q=%D0%B0%D0%B2%D1%82%D0%BE%D0%B1%D1%83%D1%81');
    await context.close();
  });
});
