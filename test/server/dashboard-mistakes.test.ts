/**
 * The mistakes a dashboard user can make (a wrong password, a period picked backwards, a new
 * account's name) are said in the page's language. The API's `error` stays English; `said` holds
 * the same in Russian, Kazakh and English, and the page shows its own language's.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { AlertHistory } from '../../src/alerts/alert-history.js';
import { createMemoryLogger } from '../../src/log/logger.js';
import { DigestArchive } from '../../src/report/digest-archive.js';
import { launchChromium } from '../../src/report/chromium.js';
import { createApp } from '../../src/server/app.js';
import { said, type ServerProblem } from '../../src/server/said.js';
import { startServer, type RunningServer } from '../../src/server/start-server.js';
import { Accounts } from '../../src/server/state/accounts.js';
import { openStateDatabase } from '../../src/state/state-database.js';
import { openSqliteStore, type SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { makeProject } from '../report/make-project.js';
import { makeItem } from '../store/make-post.js';
import { buildDashboard } from './built-dashboard.js';

interface Mistake {
  readonly method: 'GET' | 'POST';
  readonly path: string;
  readonly body?: unknown;
  readonly status: number;
  readonly ru: string;
  readonly kk: string;
}

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'server', 'dashboard-mistakes-in-russian-and-kazakh.json');
const MISTAKES = (JSON.parse(readFileSync(FIXTURE, 'utf8')) as { requests: Mistake[] }).requests;
const PASSWORD = 'admin-password-1';

function storeUpTo12November(): SqliteStore {
  const store = openSqliteStore(':memory:', { timezone: 'Asia/Almaty' });
  store.savePosts(Array.from({ length: 12 }, (_, index) => makeItem(
    { nativeId: `bus-${index}`, text: `Автобус опять опоздал ${index}`, publishedAt: '2024-11-12T06:00:00Z' },
    { issues: ['transport'] },
  )));
  return store;
}

describe('the API\'s answers to a dashboard user\'s mistakes', () => {
  let app: ReturnType<typeof createApp>;
  let store: SqliteStore;

  beforeAll(async () => {
    store = storeUpTo12November();
    const state = openStateDatabase(':memory:');
    const accounts = new Accounts(state);
    await accounts.addUser('admin', PASSWORD, 'admin', 'ru');
    app = createApp({
      project: makeProject('ru'), store, accounts, alerts: new AlertHistory(state), digests: new DigestArchive(state),
      makeDigest: () => Promise.reject(new Error('no digests here')), webRoot: '/nonexistent', secureCookies: false,
    });
  });

  afterAll(() => store.close());

  /** Sends `mistake`, logged in as admin unless it is a log-in itself. */
  async function send(mistake: Mistake): Promise<Response> {
    const first = await app.request('/api/session');
    let cookie = first.headers.get('set-cookie')!.split(';')[0]!;
    let csrf = ((await first.json()) as { csrfToken: string }).csrfToken;
    const post = (path: string, body: unknown) => app.request(path, {
      method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': csrf, cookie }, body: JSON.stringify(body),
    });
    if (mistake.path !== '/api/session') {
      const login = await post('/api/session', { name: 'admin', password: PASSWORD });
      cookie = login.headers.get('set-cookie')!.split(';')[0]!;
      csrf = ((await login.json()) as { csrfToken: string }).csrfToken;
    }
    return mistake.method === 'POST' ? post(mistake.path, mistake.body) : app.request(mistake.path, { headers: { cookie } });
  }

  it.each(MISTAKES.map((mistake) => [`${mistake.method} ${mistake.path}`, mistake] as const))(
    '%s is said in Russian and Kazakh beside the English error',
    async (_, mistake) => {
      const answer = await send(mistake);
      const body = (await answer.json()) as { error: string; said?: Record<string, string> };

      expect(answer.status).toBe(mistake.status);
      expect(body.said).toEqual({ ru: mistake.ru, kk: mistake.kk, en: body.error });
    },
  );
});

describe('the sentences of every mistake', () => {
  const problems: ServerProblem[] = [
    { code: 'wrong-login' },
    { code: 'login-locked' },
    { code: 'no-posts' },
    { code: 'server-failed' },
    { code: 'after-last-day', from: '2024-12-01', lastDay: '2024-11-12' },
    { code: 'not-a-day', end: 'to', day: '11/12/2024' },
    { code: 'outside-years', end: 'from', day: '0202-11-01' },
    { code: 'reversed', from: '2024-11-20', to: '2024-11-01' },
    { code: 'too-long', from: '2020-01-01', to: '2024-11-12', days: 1778, maxDays: 366 },
    { code: 'account-name', name: 'Иван Петров' },
    { code: 'account-exists', name: 'admin' },
    { code: 'account-look-alike', name: 'ADMIN', twin: 'admin' },
    { code: 'short-password', name: 'alice' },
  ];

  it('name in each language what the English names', () => {
    for (const problem of problems) {
      const { ru, kk, en } = said(problem);
      const named = Object.entries(problem).filter(([key]) => !['code', 'end', 'days'].includes(key)).map(([, value]) => String(value));
      for (const sentence of [ru, kk, en]) {
        for (const value of named) expect(sentence, `${problem.code}: ${sentence}`).toContain(value);
      }
      const own = (sentence: string) => named.reduce((rest, value) => rest.replaceAll(value, ''), sentence);
      expect(own(ru), problem.code).toMatch(/[а-яё]/);
      expect(own(kk), problem.code).toMatch(/[әғқңөұүһі]/);
      expect(own(en), problem.code).not.toMatch(/[а-яё]/i);
    }
  });
});

describe('the dashboard in Russian and Kazakh', () => {
  let browser: Browser;
  let folder: string;
  const servers: RunningServer[] = [];
  const stores: SqliteStore[] = [];

  async function serve(store: SqliteStore): Promise<string> {
    stores.push(store);
    const server = await startServer({
      project: makeProject('ru'), store, logger: createMemoryLogger(), port: 0,
      statePath: join(folder, `state-${servers.length}.sqlite`), webRoot, schedule: false,
    });
    servers.push(server);
    await server.accounts.addUser('ruslan', PASSWORD, 'analyst', 'ru');
    await server.accounts.addUser('aigerim', PASSWORD, 'analyst', 'kk');
    return server.url;
  }

  let webRoot: string;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'tyndau-mistakes-'));
    webRoot = await buildDashboard();
    browser = await launchChromium();
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    for (const server of servers) await server.close();
    for (const store of stores) store.close();
    rmSync(folder, { recursive: true, force: true });
  });

  async function logIn(page: Page, url: string, name: string, password = PASSWORD): Promise<void> {
    await page.goto(`${url}/`);
    await page.fill('input[name=name]', name);
    await page.fill('input[name=password]', password);
    await page.click('button[type=submit]');
  }

  it('says a wrong password in Russian on a Russian browser\'s log-in page', async () => {
    const url = await serve(storeUpTo12November());
    const context = await browser.newContext({ locale: 'ru-RU' });
    const page = await context.newPage();
    await logIn(page, url, 'ruslan', 'wrong-password-1');
    await page.locator('main.login p.error', { hasText: /\S/ }).waitFor();
    // It said 'Не удалось войти: wrong name or password'.
    expect(await page.textContent('main.login p.error')).toBe('Не удалось войти: неверное имя или пароль');
    await context.close();
  });

  it('says that a new project holds no posts yet in Russian', async () => {
    const url = await serve(openSqliteStore(':memory:', { timezone: 'Asia/Almaty' }));
    const context = await browser.newContext();
    const page = await context.newPage();
    await logIn(page, url, 'ruslan');
    await page.waitForSelector('main[data-page=overview][data-ready]');
    expect(await page.textContent('main p.error')).toBe('в хранилище пока нет публикаций');
    await context.close();
  });

  // "Оповещений пока нет" was all it said, while alerts are judged only by tyndau serve, only
  // with delivery.yaml's alerts section, and never for the days imported before (new user).
  it('says in Russian how alerts come when there are none', async () => {
    const url = await serve(openSqliteStore(':memory:', { timezone: 'Asia/Almaty' }));
    const context = await browser.newContext();
    const page = await context.newPage();
    await logIn(page, url, 'ruslan');
    await page.waitForSelector('main[data-page=overview][data-ready]');
    await page.goto(`${url}/#/alerts`);
    await page.waitForSelector('main[data-page=alerts][data-ready]');
    expect(await page.textContent('main p')).toBe(
      'Оповещений пока нет. Их проверяет tyndau serve каждый день в час, заданный в разделе alerts файла ' +
        'delivery.yaml (без этого раздела не проверяет); прошедшие дни покажет tyndau alerts --project P',
    );
    await context.close();
  });

  it('says in Russian that the server failed on a request', async () => {
    // A store that fails to read stands in for any fault of the server (Chromium missing for a
    // digest's PDF, a full disk).
    const failing = storeUpTo12November();
    const url = await serve(failing);
    const context = await browser.newContext();
    const page = await context.newPage();
    await logIn(page, url, 'ruslan');
    await page.waitForSelector('main[data-page=overview][data-ready]');
    failing.readRollups = () => {
      throw new Error('disk I/O error');
    };
    await page.goto(`${url}/#/issues`);
    await page.waitForSelector('main[data-page=issues][data-ready]');
    expect(await page.textContent('main p.error')).toBe('сервер не смог выполнить запрос; причина записана в его журнале');
    await context.close();
  });

  // Asked for January with posts of November stored, every page showed zeros with no word, as
  // for a week nobody wrote in; the CLI already said so.
  it('says in Kazakh that a period wholly before the stored days has nothing stored', async () => {
    const url = await serve(storeUpTo12November());
    const context = await browser.newContext();
    const page = await context.newPage();
    await logIn(page, url, 'aigerim');
    await page.waitForSelector('main[data-page=overview][data-ready]');
    expect(await page.locator('main p.period-note').count()).toBe(0);
    await page.fill('header form.period input[name=from]', '2024-01-01');
    await page.fill('header form.period input[name=to]', '2024-01-07');
    await page.click('header form.period button[type=submit]');
    await page.waitForSelector('main[data-page=overview][data-ready] p.period-note');
    expect(await page.textContent('main p.period-note')).toBe(
      '2024-01-01 … 2024-01-07 кезеңіне ештеңе сақталмаған: қоймадағы жарияланымдар 2024-11-12 … 2024-11-12 ' +
        'күндерімен белгіленген, сондықтан бұл кезеңнің нөлдері ештеңе жиналмағанын білдіреді, ешкім жазбағанын емес',
    );
    await page.goto(`${url}/#/issues?from=2024-01-01&to=2024-01-07`);
    await page.waitForSelector('main[data-page=issues][data-ready]');
    expect(await page.locator('main p.period-note').count()).toBe(1);
    await context.close();
  });

  it('says a period picked backwards in Kazakh', async () => {
    const url = await serve(storeUpTo12November());
    const context = await browser.newContext();
    const page = await context.newPage();
    await logIn(page, url, 'aigerim');
    await page.waitForSelector('main[data-page=overview][data-ready]');
    await page.fill('header form.period input[name=from]', '2024-11-20');
    await page.fill('header form.period input[name=to]', '2024-11-01');
    await page.click('header form.period button[type=submit]');
    await page.waitForSelector('main[data-page=overview][data-ready] p.error');
    expect(await page.textContent('main p.error')).toBe('кезең: басы 2024-11-20 соңынан (2024-11-01) кейін тұр; орындарын ауыстырыңыз');
    await context.close();
  });
});
