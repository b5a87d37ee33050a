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
