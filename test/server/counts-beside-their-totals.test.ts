/**
 * Counts shown beside the total they add up to, found in the demo store: a small one hidden as
 * "<10" was that total minus the counts shown beside it. Each case's store is a fixture named
 * after it; the API answers in process, the digest is written, and the dashboard's health and
 * weak-points pages are read in headless Chromium.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createMemoryLogger } from '../../src/log/logger.js';
import { launchChromium } from '../../src/report/chromium.js';
import { writeDigest } from '../../src/report/write-digest.js';
import { startServer } from '../../src/server/start-server.js';
import type { StoredItem } from '../../src/store/store.js';
import { openSqliteStore, type SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { agencyNamedOnceIn23, AKIMAT_WEEK } from '../insight/agency-named-once-in-23.js';
import { makeProject } from '../report/make-project.js';
import { answerAsViewer } from './api-as-viewer.js';
import { buildDashboard } from './built-dashboard.js';
import { dayWithFiveTelegramPosts, FEW_TELEGRAM_DAY } from './day-with-five-telegram-posts.js';
import { FORTNIGHT, issueWithASmallWeekOfTwo } from './issue-with-a-small-week-of-two.js';

const PASSWORD = 'viewer-password-1';
const stores: SqliteStore[] = [];

function storeOf(items: StoredItem[]): SqliteStore {
  const store = openSqliteStore(':memory:', { timezone: 'Asia/Almaty' });
  store.savePosts(items);
  stores.push(store);
  return store;
}

/** GET `path` from the API over `store` as a logged-in viewer. */
async function answerOf<T>(store: SqliteStore, path: string): Promise<T> {
  return (await answerAsViewer<T>(store, path)).body;
}

afterAll(() => {
  for (const store of stores) store.close();
});

interface Health {
  days: string[];
  totals: (number | null)[];
  platforms: { platform: string; posts: (number | null | 'x')[] }[];
  gaps: { day: string; platform: string | null; posts: number | null; expected: number | null }[];
}

describe('the collection health of a day with five Telegram posts', () => {
  it('hides the smallest shown platform too, so the day\'s total minus the platforms shown is no small count', async () => {
    const health = await answerOf<Health>(storeOf(dayWithFiveTelegramPosts()), '/api/health');
    const day = health.days.indexOf(FEW_TELEGRAM_DAY);

    expect(health.totals[day]).toBe(60);
    // Telegram's 5 were 60 − 24 − 10 − 11 − 10.
    expect(Object.fromEntries(health.platforms.map((entry) => [entry.platform, entry.posts[day]]))).toEqual({
      news: 24, vk: 10, youtube: 11, other: 'x', telegram: null,
    });
  });

  it('holds a gap\'s count of posts to the minimum like the table beside it', async () => {
    const health = await answerOf<Health>(storeOf(dayWithFiveTelegramPosts()), '/api/health');
    // It said { posts: 5, expected: 40 }.
    expect(health.gaps).toEqual([{ day: FEW_TELEGRAM_DAY, platform: 'telegram', posts: null, expected: 40 }]);
  });
});

interface Agencies {
  agencies: { shown: { agencyId: string; originals: number; byRule: Record<string, number | null | 'x'> }[] };
}

describe('an agency named in one of its 23 posts', () => {
  it('hides the map\'s count beside the small named one, as x', async () => {
    const store = storeOf(agencyNamedOnceIn23());
    const answer = await answerOf<Agencies>(store, `/api/agencies?from=${AKIMAT_WEEK.from}&to=${AKIMAT_WEEK.to}`);
    // It gave { mention: null, 'issue-district': 0, issue: 22 } beside 23: the one named.
    expect(answer.agencies.shown.map((entry) => [entry.agencyId, entry.originals, entry.byRule])).toEqual([
      ['akimat', 23, { mention: null, 'issue-district': 0, issue: 'x' }],
    ]);
  });

  it('says so in the digest\'s weak points', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'tyndau-agency-rules-'));
    const files = await writeDigest({
      store: storeOf(agencyNamedOnceIn23()), project: makeProject('ru'), ...AKIMAT_WEEK, outDir: folder, language: 'ru',
    });
    const markdown = readFileSync(files.markdownPath, 'utf8');
    rmSync(folder, { recursive: true, force: true });

    expect(markdown).toContain('Отнесено: по названию — <10; по карте в районе — 0; по карте для всего города — x.');
  });
});

interface Issues {
  issues: { shown: { issueId: string; originals: number; previous: number | null }[] };
  trend: { weeks: string[]; issues: { issueId: string; originals: (number | null | 'x')[] }[] };
}

describe('an issue over a fortnight with a small first week', () => {
  it('hides the other week of the trend too, so the fortnight\'s count minus it is no small count', async () => {
    const store = storeOf(issueWithASmallWeekOfTwo());
    const answer = await answerOf<Issues>(store, `/api/issues?from=${FORTNIGHT.from}&to=${FORTNIGHT.to}`);

    expect(answer.issues.shown.map((issue) => [issue.issueId, issue.originals])).toEqual([['education', 43]]);
    // It gave [..., null, 34] beside 43: the first week's 9.
    expect(answer.trend.issues).toEqual([{ issueId: 'education', originals: [0, 0, 0, 0, 0, 0, null, 'x'] }]);
  });

  it('keeps a week shown when the period is not made of whole weeks', async () => {
    const store = storeOf(issueWithASmallWeekOfTwo());
    const answer = await answerOf<Issues>(store, `/api/issues?from=2025-10-02&to=${FORTNIGHT.to}`);
    expect(answer.trend.issues).toEqual([{ issueId: 'education', originals: [0, 0, 0, 0, 0, 0, null, 34] }]);
  });
});

describe('the dashboard', () => {
  let browser: Browser;
  let url: string;
  let close: () => Promise<void>;

  beforeAll(async () => {
    const folder = mkdtempSync(join(tmpdir(), 'tyndau-beside-totals-'));
    const store = storeOf([...dayWithFiveTelegramPosts(), ...agencyNamedOnceIn23()]);
    const server = await startServer({
      project: makeProject('en'), store, logger: createMemoryLogger(), port: 0, statePath: join(folder, 'state.sqlite'),
      webRoot: await buildDashboard(), schedule: false,
    });
    await server.accounts.addUser('viewer', PASSWORD, 'viewer', 'en');
    browser = await launchChromium();
    url = server.url;
    close = async () => {
      await browser.close();
      await server.close();
      rmSync(folder, { recursive: true, force: true });
    };
  }, 300_000);

  afterAll(async () => {
    await close?.();
  });

  async function open(id: string) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${url}/`);
    await page.fill('input[name=name]', 'viewer');
    await page.fill('input[name=password]', PASSWORD);
    await page.click('button[type=submit]');
    await page.waitForSelector('main[data-page=overview][data-ready]');
    await page.goto(`${url}/#/${id}`);
    await page.waitForSelector(`main[data-page=${id}][data-ready]`);
    return { context, page };
  }

  it('shows a gap\'s small count as fewer than the minimum on the health page', async () => {
    const { context, page } = await open('health');
    const gaps = page.locator('main section', { has: page.locator('h2', { hasText: /gap/i }) });
    expect(await gaps.locator('tbody tr').first().locator('td').allTextContents())
      .toEqual([FEW_TELEGRAM_DAY, 'Telegram', 'fewer than 10', '40']);
    await context.close();
  });

  it('names why the map\'s count is hidden beside the small named one on the weak-points page', async () => {
    // The last stored week is the akimat's.
    const { context, page } = await open('agencies');
    expect(await page.locator('main p', { hasText: 'By name:' }).first().textContent()).toBe(
      'By name: fewer than 10; through the map in a district: 0; through the map city-wide: ' +
      'hidden, so that a small count beside it cannot be worked out from the total',
    );
    await context.close();
  });
});
