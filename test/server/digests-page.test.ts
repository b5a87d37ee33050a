/**
 * The digests page in headless Chromium against `tyndau serve` on a copy of the demo project, for
 * an analyst who has not picked a period: the page showed no "make the digest" button then, only
 * "the archive is empty".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { lastDatedDay } from '../../src/server/api/period.js';
import { addDays } from '../../src/store/day-range.js';
import { openLoggedIn, startDemoDashboard, type DemoDashboard } from './demo-dashboard.js';

let dashboard: DemoDashboard;

beforeAll(async () => {
  dashboard = await startDemoDashboard('en', 'analyst');
}, 300_000);

afterAll(async () => {
  await dashboard?.close();
});

describe('the digests page with no period picked', () => {
  it('offers the digest of the period the other pages open on, and shows it in the header', async () => {
    const { context, page } = await openLoggedIn(dashboard, 'digests');
    const last = lastDatedDay(dashboard.store)!;
    const from = addDays(last, -6);

    expect(await page.textContent('[data-make-digest]')).toBe(`Make the digest of the period (${from} … ${last})`);
    expect(await page.inputValue('header form.period input[name=from]')).toBe(from);
    expect(await page.inputValue('header form.period input[name=to]')).toBe(last);
    await context.close();
  });
});

describe('the export links of the digests page', () => {
  it('download the export, and show a refusal in the page\'s language instead of saving it as a file', async () => {
    const { context, page } = await openLoggedIn(dashboard, 'digests');
    const last = lastDatedDay(dashboard.store)!;

    const download = page.waitForEvent('download');
    await page.click('a[data-export][href^="/api/export.csv"]');
    expect((await download).suggestedFilename()).toBe(`tyndau-aggregates-${addDays(last, -6)}-${last}.csv`);

    // Russian, then a period over the ten years the API exports at once: the link saved the
    // refusal's JSON as the export and the page said nothing.
    await page.selectOption('header select', 'ru');
    await page.waitForSelector('main[data-page=digests][data-ready]');
    await page.fill('header form.period input[name=from]', '1990-01-01');
    await page.fill('header form.period input[name=to]', '2100-12-31');
    await page.click('header form.period button[type=submit]');
    await page.waitForSelector('a[data-export][href="/api/export.xlsx?from=1990-01-01&to=2100-12-31"]');
    let downloaded = false;
    page.on('download', () => {
      downloaded = true;
    });
    await page.click('a[data-export][href^="/api/export.xlsx"]');

    await expect.poll(() => page.textContent('[data-export-status]')).toBe(
      'выгрузка: период 1990-01-01 … 2100-12-31 длиннее 3660 дней (десяти лет), которые дашборд выгружает за раз; ' +
      'выгрузите его частями или командой tyndau export',
    );
    expect(downloaded).toBe(false);
    await context.close();
  });
});
