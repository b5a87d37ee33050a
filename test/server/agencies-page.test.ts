/**
 * The weak-points page in headless Chromium against `tyndau serve` on a copy of the demo project:
 * the ranking the page shows is the insight's, and nothing in it names a person.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { buildWeakPoints, type WeakPointsInsight } from '../../src/insight/weak-points.js';
import type { Project } from '../../src/project/project.js';
import { lastDatedDay } from '../../src/server/api/period.js';
import { addDays } from '../../src/store/day-range.js';
import { openLoggedIn, startDemoDashboard, type DemoDashboard } from './demo-dashboard.js';

let dashboard: DemoDashboard;
let project: Project;
let weakPoints: WeakPointsInsight;

beforeAll(async () => {
  dashboard = await startDemoDashboard('en');
  project = dashboard.project;
  const last = lastDatedDay(dashboard.store)!;
  weakPoints = buildWeakPoints(dashboard.store, { period: { from: addDays(last, -6), to: last }, minGroupSize: project.privacy.minGroupSize });
}, 300_000);

afterAll(async () => {
  await dashboard?.close();
});

describe('the weak points page', () => {
  it('ranks the demo\'s agencies as the insight does, with their issues and responses', async () => {
    const { context, page } = await openLoggedIn(dashboard, 'agencies');

    const names = await page.locator('section').first().locator(':scope > table > tbody > tr > td:nth-child(2)').allTextContents();
    const expected = weakPoints.agencies.shown.map((entry) =>
      project.agencies.find((agency) => agency.id === entry.agencyId)!.labels.en);
    expect(expected.length).toBeGreaterThanOrEqual(3);
    expect(names).toEqual(expected);
    // The negative shares here are as classified, and the page says so.
    expect(weakPoints.agencies.shown.every((entry) => !entry.sentiment.corrected)).toBe(true);
    expect(await page.textContent('section p[data-corrected=false]'))
      .toBe('Shares are as classified, not corrected for classifier error; the interval covers sampling only.');

    // The demo week names no district with 10 posts for any agency: the page says so, as the
    // digest does, where it showed a district table of headers alone.
    expect(weakPoints.agencies.shown.every((entry) => entry.districts.length === 0)).toBe(true);
    const sections = page.locator('main > section').filter({ hasText: /^\d+\. / });
    expect(await sections.count()).toBe(expected.length);
    expect(await page.locator('main p[data-districts=none]').allTextContents())
      .toEqual(expected.map(() => 'Districts: no group of 10 or more posts'));
    expect(await page.locator('main table', { hasText: /^District/ }).count()).toBe(0);

    const text = await page.textContent('main');
    for (const subject of project.subjects.filter((entry) => entry.kind === 'official')) {
      expect(text).not.toContain(subject.name);
    }
    await context.close();
  });
});
