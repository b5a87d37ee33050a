import { join } from 'node:path';

import type { Browser, BrowserContext, Page } from 'playwright-core';

import { createMemoryLogger } from '../../src/log/logger.js';
import { loadProject } from '../../src/project/load-project.js';
import type { Project } from '../../src/project/project.js';
import { launchChromium } from '../../src/report/chromium.js';
import { startServer, type RunningServer } from '../../src/server/start-server.js';
import { openSqliteStore, type SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { buildDashboard } from './built-dashboard.js';
import { copyOfDemoProject } from './demo-project.js';

const PASSWORD = 'dashboard-password-1';

/** `tyndau serve` on a copy of the demo project, one account and headless Chromium. */
export interface DemoDashboard {
  readonly project: Project;
  readonly store: SqliteStore;
  readonly server: RunningServer;
  readonly browser: Browser;
  close(): Promise<void>;
}

export async function startDemoDashboard(
  language: 'ru' | 'kk' | 'en', role: 'viewer' | 'analyst' | 'admin' = 'viewer',
): Promise<DemoDashboard> {
  const [demo, webRoot] = await Promise.all([copyOfDemoProject(), buildDashboard()]);
  const project = await loadProject(demo.projectPath, {});
  const store = openSqliteStore(project.storePath, { timezone: project.timezone });
  const server = await startServer({
    project, store, logger: createMemoryLogger(), port: 0, statePath: join(demo.dir, 'state.sqlite'), webRoot, schedule: false,
  });
  await server.accounts.addUser('user', PASSWORD, role, language);
  const browser = await launchChromium();
  return {
    project, store, server, browser,
    async close() {
      await browser.close();
      await server.close();
      store.close();
    },
  };
}

/** A fresh browser context, logged in, on the dashboard page `id`. */
export async function openLoggedIn(dashboard: DemoDashboard, id: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await dashboard.browser.newContext({ viewport: { width: 1366, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${dashboard.server.url}/`);
  await page.fill('input[name=name]', 'user');
  await page.fill('input[name=password]', PASSWORD);
  await page.click('button[type=submit]');
  await page.waitForSelector('main[data-page=overview][data-ready]');
  await page.goto(`${dashboard.server.url}/#/${id}`);
  await page.waitForSelector(`main[data-page=${id}][data-ready]`);
  return { context, page };
}
