/**
 * The users page in headless Chromium, in Russian: roles are named in the page's language (the
 * new user saw "admin", "viewer" in a Russian page), and a new account gets the language chosen
 * for it, as `tyndau user add --language` gives, not the admin's own.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { openLoggedIn, startDemoDashboard, type DemoDashboard } from './demo-dashboard.js';

let dashboard: DemoDashboard;

beforeAll(async () => {
  dashboard = await startDemoDashboard('ru', 'admin');
}, 300_000);

afterAll(async () => {
  await dashboard?.close();
});

describe('the users page', () => {
  it('names roles in the page language and adds a user in the language chosen', async () => {
    const { context, page } = await openLoggedIn(dashboard, 'admin');

    expect(await page.textContent('header .user')).toBe('user (администратор)');
    expect(await page.locator('main table tbody td:nth-child(2)').allTextContents()).toEqual(['администратор']);
    expect(await page.locator('select[name=role] option').allTextContents())
      .toEqual(['наблюдатель', 'аналитик', 'администратор']);

    await page.fill('input[name=name]', 'zhanar-analyst');
    await page.fill('input[name=password]', 'analyst-password-1');
    await page.selectOption('select[name=role]', 'analyst');
    await page.selectOption('select[name=language]', 'kk');
    await Promise.all([page.waitForEvent('load'), page.click('main form button[type=submit]')]);
    await page.waitForSelector('main[data-page=admin][data-ready]');

    const added = dashboard.server.accounts.listUsers().find((account) => account.name === 'zhanar-analyst');
    expect(added).toMatchObject({ role: 'analyst', language: 'kk' });
    expect(await page.locator('main table tbody td:nth-child(2)').allTextContents())
      .toEqual(expect.arrayContaining(['аналитик', 'администратор']));
    await context.close();
  });
});
