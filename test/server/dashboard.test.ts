/**
 * The dashboard in headless Chromium against `tyndau serve`'s server on a copy of the demo
 * project: logging in, the overview's charts and figures, search, scraped markup shown as text,
 * roles, CSRF. Screenshots of every page go to .tmp/screenshots/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { AlertHistory } from '../../src/alerts/alert-history.js';
import { detectSpikes } from '../../src/alerts/detect-spikes.js';
import { createMemoryLogger } from '../../src/log/logger.js';
import { packageRoot } from '../../src/package-root.js';
import { loadProject } from '../../src/project/load-project.js';
import type { Project } from '../../src/project/project.js';
import { buildPeriodInsight } from '../../src/insight/period-insight.js';
import { launchChromium } from '../../src/report/chromium.js';
import { lastDatedDay } from '../../src/server/api/period.js';
import { startServer, type RunningServer } from '../../src/server/start-server.js';
import { openStateDatabase } from '../../src/state/state-database.js';
import { addDays } from '../../src/store/day-range.js';
import { openSqliteStore, type SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { buildReplayedStore, SPIKE_DAY } from '../alerts/replayed-series.js';
import { makeItem } from '../store/make-post.js';
import { buildDashboard } from './built-dashboard.js';
import { copyOfDemoProject } from './demo-project.js';

const HOSTILE_TEXT = '<img src=x onerror=alert(1)>';
const HOSTILE_URL = 'javascript:alert(2)';
const PASSWORDS = { admin: 'admin-password-1', analyst: 'analyst-password-1', viewer: 'viewer-password-1' };
const SCREENSHOTS = join(packageRoot(), '.tmp', 'screenshots');

let project: Project;
let store: SqliteStore;
let server: RunningServer;
let browser: Browser;
let period: { from: string; to: string };

beforeAll(async () => {
  const [demo, webRoot] = await Promise.all([copyOfDemoProject(), buildDashboard()]);
  project = await loadProject(demo.projectPath, {});
  store = openSqliteStore(project.storePath, { timezone: project.timezone });
  const last = lastDatedDay(store)!;
  period = { from: addDays(last, -6), to: last };
  store.savePosts([
    makeItem({ nativeId: 'hostile-markup', text: HOSTILE_TEXT, publishedAt: `${last}T06:00:00Z` }, { issues: ['transport'] }),
    // A link a store written before import checked schemes may hold.
    makeItem({
      nativeId: 'hostile-link', platform: 'news', title: 'Статья', text: 'Статья про onerror и автобус',
      outlet: 'Vlast.kz', url: HOSTILE_URL, publishedAt: `${last}T05:00:00Z`,
    }, { issues: ['transport'] }),
  ]);

  const statePath = join(demo.dir, 'state.sqlite');
  recordOneAlert(statePath);
  server = await startServer({ project, store, logger: createMemoryLogger(), port: 0, statePath, webRoot, schedule: false });
  for (const role of ['admin', 'analyst', 'viewer'] as const) {
    await server.accounts.addUser(role, PASSWORDS[role], role, 'ru');
  }
  browser = await launchChromium();
  mkdirSync(SCREENSHOTS, { recursive: true });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  store?.close();
});

/** A real alert from the replayed alert series, so the alerts page has one to show. */
function recordOneAlert(statePath: string): void {
  const replayed = buildReplayedStore({ spike: 'distinct' });
  const findings = detectSpikes(replayed, { day: SPIKE_DAY, minGroupSize: 10 });
  replayed.close();
  const database = openStateDatabase(statePath);
  new AlertHistory(database).record(findings.alerts[0]!, new Date());
  database.close();
}

async function loggedIn(role: keyof typeof PASSWORDS): Promise<{ context: BrowserContext; page: Page; dialogs: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  const page = await context.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(`${server.url}/`);
  await page.fill('input[name=name]', role);
  await page.fill('input[name=password]', PASSWORDS[role]);
  if (role === 'admin') await page.screenshot({ path: join(SCREENSHOTS, 'login.png') });
  await page.click('button[type=submit]');
  await page.waitForSelector('main[data-page=overview][data-ready]');
  return { context, page, dialogs };
}

async function open(page: Page, id: string): Promise<void> {
  await page.goto(`${server.url}/#/${id}`);
  await page.waitForSelector(`main[data-page=${id}][data-ready], main[data-page=${id}] [data-denied]`);
}

function digits(text: string | null): number {
  return Number((text ?? '').replace(/\D/g, ''));
}

describe('the dashboard in a browser', () => {
  it('logs in and shows the overview with its charts and the demo figures', async () => {
    const insight = buildPeriodInsight(store, { period, minGroupSize: project.privacy.minGroupSize, excerptsPerIssue: 0 });
    const { context, page } = await loggedIn('admin');

    expect(digits(await page.textContent('[data-figure=originals] .figure-value'))).toBe(insight.totals.originals);
    expect(digits(await page.textContent('[data-figure=articles] .figure-value'))).toBe(insight.totals.articles);
    expect(await page.locator('.uplot canvas').count()).toBeGreaterThanOrEqual(2);
    expect(await page.locator('.card[data-subject]').count()).toBe(insight.subjects.shown.length);
    expect(insight.subjects.shown.length).toBeGreaterThan(0);
    // The shipped models carry their calibration: shares are corrected, as in the digest.
    expect(await page.getAttribute('[data-corrected]', 'data-corrected')).toBe('true');
    // The demo mixes Russian news with Kazakh reviews and a few posts of uncalibrated languages:
    // the overview says which share of posts was corrected, as the digest does.
    expect(await page.textContent('[data-coverage]')).toMatch(/\d+\s?%/);
    // Each shown subject has a row of eight weeks under its card, the last week's count its own.
    const trendRows = page.locator('[data-subject-trend] > table tbody tr');
    expect(await trendRows.count()).toBe(insight.subjects.shown.length);
    expect(await page.locator('[data-subject-trend] > table thead th').count()).toBe(9);
    await page.screenshot({ path: join(SCREENSHOTS, 'overview.png'), fullPage: true });

    // uPlot named the x value "Value" in every chart's legend, in English on a Russian page.
    const legends = [await page.locator('.u-legend').allTextContents()];
    for (const id of ['issues', 'outlets', 'alerts', 'digests', 'health', 'admin']) {
      await open(page, id);
      await page.screenshot({ path: join(SCREENSHOTS, `${id}.png`), fullPage: true });
      legends.push(await page.locator('.u-legend').allTextContents());
    }
    expect(legends.flat().join(' ')).not.toMatch(/Value/);
    expect(legends[0]!.join(' ')).toMatch(/^День/);
    expect(legends[1]!.join(' ')).toContain('Неделя с');
    await context.close();
  });

  it('shows the issues ranking, the alert with its words, a digest made and archived, outlets without sentiment', async () => {
    const insight = buildPeriodInsight(store, { period, minGroupSize: project.privacy.minGroupSize, excerptsPerIssue: 0 });
    const { context, page } = await loggedIn('analyst');

    await open(page, 'issues');
    const rows = await page.locator('section').first().locator(':scope > table > tbody > tr').count();
    expect(rows).toBe(insight.issues.shown.length);

    await open(page, 'alerts');
    const alert = page.locator('article.alert').first();
    expect(await alert.textContent()).toContain('автобус');
    expect(await alert.locator('blockquote.excerpt').count()).toBe(3);
    const postsLink = alert.locator('a[data-search-link=alert]');
    expect(await postsLink.textContent()).toBe('Публикации этого дня в поиске');
    await postsLink.click();
    await page.waitForSelector('main[data-page=search][data-ready]');
    // Posts about other places are set aside from alerts as from every figure, so from its link too.
    const alertDay = new RegExp(`^issue:\\S+ (district:\\S+ )?date:${SPIKE_DAY}\\.\\.${SPIKE_DAY} NOT scope:elsewhere$`);
    expect(await page.inputValue('main input[name=q]')).toMatch(alertDay);

    const made = await page.evaluate(async (range) => {
      const session = (await (await fetch('/api/session')).json()) as { csrfToken: string };
      const response = await fetch('/api/digests', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken },
        body: JSON.stringify(range),
      });
      return { status: response.status, body: await response.json() };
    }, period);
    expect(made).toMatchObject({ status: 201, body: { from: period.from, to: period.to, language: 'ru', emailed: false } });
    await open(page, 'digests');
    const link = page.locator('main table a', { hasText: 'PDF' });
    expect(await link.count()).toBe(1);
    const pdf = await page.evaluate(async (href) => {
      const response = await fetch(href);
      return { type: response.headers.get('content-type'), head: new TextDecoder().decode((await response.arrayBuffer()).slice(0, 5)) };
    }, (await link.getAttribute('href'))!);
    expect(pdf).toEqual({ type: 'application/pdf', head: '%PDF-' });
    await page.screenshot({ path: join(SCREENSHOTS, 'digests-archive.png'), fullPage: true });

    await open(page, 'outlets');
    const outletText = await page.locator('main').textContent();
    for (const label of ['Негатив', 'Позитив']) expect(outletText).not.toContain(label);
    await context.close();
  });

  it('finds posts by search and shows scraped markup as text, never as markup', async () => {
    const { context, page, dialogs } = await loggedIn('viewer');
    await open(page, 'search');
    await page.fill('input[name=q]', 'автобус');
    await page.click('.search-form button');
    await page.waitForSelector('[data-results] article.hit');
    expect(await page.locator('[data-results] article.hit').count()).toBe(20);
    expect(digits(await page.textContent('[data-figure=found] .figure-value'))).toBe(store.search('автобус', { limit: 0, offset: 0 }).total);
    await page.screenshot({ path: join(SCREENSHOTS, 'search.png'), fullPage: true });

    // A district searched by its bare name: the page offers the filter that finds its posts.
    await page.fill('input[name=q]', 'Ауэзов');
    await page.click('.search-form button');
    const hint = page.locator('[data-district-hint="district:auezov"]');
    await hint.waitFor();
    expect(await hint.textContent()).toBe('«ауэзов» — название района: поиск по полю находит все публикации о нём '
      + '(любые формы названия и его микрорайоны): district:auezov');
    await hint.locator('a').click();
    await page.waitForURL((url) => decodeURIComponent(url.hash) === '#/search?q=district:auezov');
    await page.waitForSelector('main[data-page=search][data-ready]');
    expect(digits(await page.textContent('[data-figure=found] .figure-value')))
      .toBe(store.search('district:auezov', { limit: 0, offset: 0 }).total);

    await page.fill('input[name=q]', 'автобус AND (метро');
    await page.click('.search-form button');
    await page.waitForSelector('[data-query-error]');
    // The viewer's page is in Russian, and so is the query's mistake.
    expect((await page.textContent('[data-query-error]'))?.split('\n')[0])
      .toBe('запрос: позиция 13: эта ( не закрыта; добавьте )');

    await page.fill('input[name=q]', 'onerror');
    await page.click('.search-form button');
    await page.waitForSelector('[data-results] article.hit');
    const hit = page.locator('[data-results] article.hit').first();
    expect(await hit.locator('.hit-text').textContent()).toBe(HOSTILE_TEXT);
    expect(await page.locator('main img').count()).toBe(0);
    expect(await page.locator('main a[href^="javascript:"]').count()).toBe(0);
    expect(await page.locator('[data-results] .unlinked-url').allTextContents()).toEqual([HOSTILE_URL]);
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'search-hostile-markup.png'), fullPage: true });
    await context.close();
  });

  it('keeps a viewer out of the admin page and its API', async () => {
    const { context, page } = await loggedIn('viewer');
    expect(await page.locator('header nav a[href="#/admin"]').count()).toBe(0);

    await open(page, 'admin');
    expect(await page.locator('[data-denied]').count()).toBe(1);
    expect(await page.locator('main table').count()).toBe(0);
    await page.screenshot({ path: join(SCREENSHOTS, 'admin-as-viewer.png'), fullPage: true });

    const status = await page.evaluate(async () => (await fetch('/api/users')).status);
    expect(status).toBe(403);
    await context.close();
  });

  it('refuses a state-changing request without the CSRF token', async () => {
    const { context, page } = await loggedIn('admin');
    const body = { name: 'new-analyst', password: 'long-enough-password', role: 'analyst' };

    const refused = await page.evaluate(async (account) => {
      const response = await fetch('/api/users', {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(account),
      });
      return { status: response.status, body: await response.json() };
    }, body);
    expect(refused).toEqual({ status: 403, body: { error: 'refused: missing x-csrf-token header' } });
    expect(server.accounts.listUsers().map((user) => user.name)).not.toContain('new-analyst');

    const accepted = await page.evaluate(async (account) => {
      const session = (await (await fetch("/api/session")).json()) as { csrfToken: string };
      const response = await fetch('/api/users', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken },
        body: JSON.stringify(account),
      });
      return response.status;
    }, body);
    expect(accepted).toBe(201);
    await context.close();
  });

  it('switches the interface language per user', async () => {
    const { context, page } = await loggedIn('analyst');
    await page.selectOption('header select', 'kk');
    // The overview already on screen is ready before the page is drawn again in Kazakh: wait
    // for the menu's new words, not for readiness (under load the old page answered first).
    await page.waitForSelector('header nav a[href="#/issues"]:text-is("Мәселелер")');
    expect(await page.textContent('header nav a[href="#/issues"]')).toBe('Мәселелер');
    expect(server.accounts.listUsers().find((user) => user.name === 'analyst')!.language).toBe('kk');
    await context.close();
  });
});
