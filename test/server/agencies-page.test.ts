/**
 * The weak-points page in headless Chromium against `tyndau serve` on a copy of the demo project:
 * the ranking the page shows is the insight's, and nothing in it names a person.
 */
import { join } from 'node:path';

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { buildWeakPoints, type WeakPointsInsight } from '../../src/insight/weak-points.js';
import { createMemoryLogger } from '../../src/log/logger.js';
import { loadProject } from '../../src/project/load-project.js';
import type { Project } from '../../src/project/project.js';
import { launchChromium } from '../../src/report/chromium.js';
import { lastDatedDay } from '../../src/server/api/period.js';
import { startServer, type RunningServer } from '../../src/server/start-server.js';
import { addDays } from '../../src/store/day-range.js';
import { openSqliteStore, type SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { buildDashboard } from './built-dashboard.js';
import { copyOfDemoProject } from './demo-project.js';

const PASSWORD = 'viewer-password-1';

let project: Project;
let store: SqliteStore;
let server: RunningServer;
let browser: Browser;
let weakPoints: WeakPointsInsight;

beforeAll(async () => {
  const [demo, webRoot] = await Promise.all([copyOfDemoProject(), buildDashboard()]);
  project = await loadProject(demo.projectPath, {});
  store = openSqliteStore(project.storePath, { timezone: project.timezone });
  const last = lastDatedDay(store)!;
  weakPoints = buildWeakPoints(store, { period: { from: addDays(last, -6), to: last }, minGroupSize: project.privacy.minGroupSize });
  server = await startServer({
    project, store, logger: createMemoryLogger(), port: 0, statePath: join(demo.dir, 'state.sqlite'), webRoot, schedule: false,
  });
  await server.accounts.addUser('viewer', PASSWORD, 'viewer', 'en');
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  store?.close();
});

describe('the weak points page', () => {
  it('ranks the demo\'s agencies as the insight does, with their issues and responses', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    await page.fill('input[name=name]', 'viewer');
    await page.fill('input[name=password]', PASSWORD);
    await page.click('button[type=submit]');
    await page.waitForSelector('main[data-page=overview][data-ready]');
    await page.goto(`${server.url}/#/agencies`);
    await page.waitForSelector('main[data-page=agencies][data-ready]');

    const names = await page.locator('section').first().locator(':scope > table > tbody > tr > td:nth-child(2)').allTextContents();
    const expected = weakPoints.agencies.shown.map((entry) =>
      project.agencies.find((agency) => agency.id === entry.agencyId)!.labels.en);
    expect(expected.length).toBeGreaterThanOrEqual(3);
    expect(names).toEqual(expected);
    // The negative shares here are as classified, and the page says so.
    expect(weakPoints.agencies.shown.every((entry) => !entry.sentiment.corrected)).toBe(true);
    expect(await page.textContent('section p[data-corrected=false]'))
      .toBe('Shares are as classified, not corrected for classifier error; the interval covers sampling only.');

    const text = await page.textContent('main');
    for (const subject of project.subjects.filter((entry) => entry.kind === 'official')) {
      expect(text).not.toContain(subject.name);
    }
    await context.close();
  });
});
