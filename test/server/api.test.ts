/**
 * The API without a browser: Hono's app answering requests in process, over an in-memory store
 * and state. Roles, CSRF, the minimum group size and the OpenAPI document.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';

import { AlertHistory } from '../../src/alerts/alert-history.js';
import { hashPassword, verifyPassword } from '../../src/server/auth/password-hash.js';
import { createApp } from '../../src/server/app.js';
import { ENDPOINTS } from '../../src/server/api/index.js';
import { DigestArchive } from '../../src/report/digest-archive.js';
import { Accounts } from '../../src/server/state/accounts.js';
import { openStateDatabase } from '../../src/state/state-database.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { makeProject } from '../report/make-project.js';
import { makeItem } from '../store/make-post.js';

type App = ReturnType<typeof createApp>;
let app: App;
let accounts: Accounts;
/** The languages digests were asked for, in order. */
const digestLanguages: string[] = [];
/** Resolved, except while a test holds a digest in the making. */
let digestPrinted: Promise<void> = Promise.resolve();

beforeAll(async () => {
  const store = openSqliteStore(':memory:', { timezone: 'Asia/Almaty' });
  // 12 posts about transport on one day, 3 about roads: roads is below the minimum group size.
  store.savePosts([
    ...Array.from({ length: 12 }, (_, n) => makeItem(
      { nativeId: `t${n}`, text: `автобус номер ${n} опять опоздал`, publishedAt: '2024-11-12T06:00:00Z' },
      { issues: ['transport'], sentiment: 'negative' })),
    ...Array.from({ length: 3 }, (_, n) => makeItem(
      { nativeId: `r${n}`, text: `яма на дороге ${n}`, publishedAt: '2024-11-12T07:00:00Z' },
      { issues: ['roads'] })),
  ]);
  const state = openStateDatabase(':memory:');
  accounts = new Accounts(state);
  await accounts.addUser('admin', 'admin-password-1', 'admin', 'en');
  await accounts.addUser('viewer', 'viewer-password-1', 'viewer', 'kk');
  app = createApp({
    project: makeProject('ru', 10),
    store,
    accounts,
    alerts: new AlertHistory(state),
    digests: new DigestArchive(state),
    makeDigest: async (_period, language) => {
      digestLanguages.push(language);
      await digestPrinted;
      throw new Error('no browser in this test');
    },
    webRoot: '/nonexistent',
    secureCookies: false,
  });
});

/** Logs in through the API as a browser would; returns the cookie header and CSRF token. */
async function logIn(name: string, password: string): Promise<{ cookie: string; csrf: string }> {
  const first = await app.request('/api/session');
  const preLogin = (await first.json()) as { csrfToken: string };
  const csrfCookie = first.headers.get('set-cookie')!.split(';')[0]!;
  const answer = await app.request('/api/session', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-csrf-token': preLogin.csrfToken, cookie: csrfCookie },
    body: JSON.stringify({ name, password }),
  });
  expect(answer.status).toBe(200);
  const setCookie = answer.headers.get('set-cookie')!;
  expect(setCookie).toMatch(/HttpOnly/);
  expect(setCookie).toMatch(/SameSite=Strict/);
  const body = (await answer.json()) as { csrfToken: string };
  return { cookie: setCookie.split(';')[0]!, csrf: body.csrfToken };
}

describe('passwords', () => {
  it('are stored as salted scrypt hashes that verify only the right password', async () => {
    const first = await hashPassword('a long passphrase');
    const second = await hashPassword('a long passphrase');
    expect(first).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9+/=]{24}\$[A-Za-z0-9+/=]{88}$/);
    expect(first).not.toBe(second);
    expect(await verifyPassword('a long passphrase', first)).toBe(true);
    expect(await verifyPassword('a long passphrasE', first)).toBe(false);
    expect(await verifyPassword('anything', 'md5$abc')).toBe(false);
  });

  it('of fewer than 10 characters are refused', async () => {
    await expect(accounts.addUser('short', 'too-short', 'viewer', 'ru')).rejects.toThrow(/at least 10 characters/);
  });

  it('of spaces, or of ten UTF-16 units that are five emoji, are refused as too short', async () => {
    // Both made an account: the schema and the check counted UTF-16 units, spaces and all.
    for (const password of [' '.repeat(10), '  pass-9  ', '🔑🔑🔑🔑🔑']) {
      await expect(accounts.addUser('blank', password, 'viewer', 'ru')).rejects.toThrow(
        'user "blank": a password needs at least 10 characters',
      );
    }
    expect(accounts.listUsers().map((user) => user.name)).not.toContain('blank');
  });
});

describe('the API', () => {
  it('refuses a login without the CSRF token', async () => {
    const answer = await app.request('/api/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'admin', password: 'admin-password-1' }),
    });
    expect(answer.status).toBe(403);
  });

  it('refuses a request from another origin even with the token', async () => {
    const { cookie, csrf } = await logIn('admin', 'admin-password-1');
    const answer = await app.request('http://localhost/api/me', {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', 'x-csrf-token': csrf, cookie, origin: 'https://evil.example' },
      body: JSON.stringify({ language: 'ru' }),
    });
    expect(answer.status).toBe(403);
    expect(await answer.json()).toEqual({ error: 'refused: origin https://evil.example is not this server' });
  });

  it('asks for a login, then for the right role', async () => {
    expect((await app.request('/api/overview')).status).toBe(401);
    const viewer = await logIn('viewer', 'viewer-password-1');
    expect((await app.request('/api/overview', { headers: { cookie: viewer.cookie } })).status).toBe(200);
    expect((await app.request('/api/users', { headers: { cookie: viewer.cookie } })).status).toBe(403);
    expect((await app.request('/api/export.csv', { headers: { cookie: viewer.cookie } })).status).toBe(403);
  });

  it('hides groups under the minimum size in every breakdown', async () => {
    const { cookie } = await logIn('viewer', 'viewer-password-1');
    const issues = (await (await app.request('/api/issues?from=2024-11-12&to=2024-11-12', { headers: { cookie } })).json()) as {
      issues: { shown: { issueId: string; originals: number }[]; hiddenGroups: number };
    };
    expect(issues.issues.shown.map((issue) => [issue.issueId, issue.originals])).toEqual([['transport', 12]]);
    expect(issues.issues.hiddenGroups).toBe(1);

    const search = (await (await app.request(`/api/search?q=${encodeURIComponent('яма')}`, { headers: { cookie } })).json()) as {
      total: number | null; byDay: { posts: number | null }[];
    };
    expect(search.total).toBeNull();
    expect(search.byDay).toEqual([{ day: '2024-11-12', posts: null }]);
  });

  it('reports collection health up to the last day with dated posts', async () => {
    const { cookie } = await logIn('viewer', 'viewer-password-1');
    const health = (await (await app.request('/api/health', { headers: { cookie } })).json()) as {
      range: { from: string; to: string }; totals: (number | null)[]; platforms: { platform: string; posts: (number | null)[] }[];
      gaps: unknown[];
    };
    expect(health.range).toEqual({ from: '2024-09-18', to: '2024-11-12' });
    expect(health.totals.at(-1)).toBe(15);
    expect(health.platforms).toEqual([{ platform: 'telegram', posts: [...Array(55).fill(0), 15] }]);
    expect(health.gaps).toEqual([]);
  });

  it('points at the column of a broken query', async () => {
    const { cookie } = await logIn('viewer', 'viewer-password-1');
    const answer = await app.request(`/api/search?q=${encodeURIComponent('автобус AND (яма')}`, { headers: { cookie } });
    expect(answer.status).toBe(400);
    expect(((await answer.json()) as { error: string }).error).toMatch(/^query: column \d+: /);

    const russian = await app.request(`/api/search?lang=ru&q=${encodeURIComponent('автобус AND (яма')}`, { headers: { cookie } });
    expect(((await russian.json()) as { error: string }).error.split('\n')[0])
      .toBe('запрос: позиция 13: эта ( не закрыта; добавьте )');
    const unknown = await app.request(`/api/search?lang=de&q=${encodeURIComponent('яма')}`, { headers: { cookie } });
    expect(unknown.status).toBe(400);
  });

  it('answers 400, not 500, for a period reversed or beyond the years posts can carry', async () => {
    const { cookie } = await logIn('viewer', 'viewer-password-1');
    const asked = [
      ['/api/issues?from=1000-01-01&to=2999-12-31', /from 1000-01-01 is outside the years 1990–2100/],
      ['/api/overview?from=2024-11-12&to=9999-12-31', /to 9999-12-31 is outside the years 1990–2100/],
      ['/api/outlets?from=0001-01-01&to=2024-11-12', /from 0001-01-01 is outside the years/],
      ['/api/search?q=автобус&from=2024-11-13&to=2024-11-12', /from 2024-11-13 is after to 2024-11-12; swap them/],
      ['/api/search?q=автобус&to=2999-01-01', /to 2999-01-01 is outside the years/],
      ['/api/search?q=автобус&page=99999999999999999999', /page "99999999999999999999" must be a whole number from 1 to 100000/],
    ] as const;
    for (const [url, message] of asked) {
      const answer = await app.request(encodeURI(url), { headers: { cookie } });
      expect(answer.status, url).toBe(400);
      expect(((await answer.json()) as { error: string }).error, url).toMatch(message);
    }
  });

  it('answers 400 naming the end when only one end is given and it is not a day', async () => {
    // The other end's default used to be counted from the bad one, and the date arithmetic
    // failed as a 500 with a stack trace on the server.
    const { cookie } = await logIn('admin', 'admin-password-1');
    const asked = [
      ['/api/overview?to=x', 'period: to "x" is not a day; write it as YYYY-MM-DD, e.g. 2024-11-12'],
      ['/api/issues?to=2024-13-01', 'period: to "2024-13-01" is not a day; write it as YYYY-MM-DD, e.g. 2024-11-12'],
      ['/api/outlets?to="(', 'period: to ""(" is not a day; write it as YYYY-MM-DD, e.g. 2024-11-12'],
      ['/api/agencies?to=11/12/2024', 'period: to "11/12/2024" is not a day; write it as YYYY-MM-DD, e.g. 2024-11-12'],
      ['/api/export.csv?to=2024-11-12T00:00:00Z', 'period: to "2024-11-12T00:00:00Z" is not a day; write it as YYYY-MM-DD, e.g. 2024-11-12'],
      ['/api/export.xlsx?from=yesterday', 'period: from "yesterday" is not a day; write it as YYYY-MM-DD, e.g. 2024-11-12'],
      // The last dated day stands in for `to`; "swap them" told the caller to turn round a `to` never given.
      ['/api/overview?from=2024-11-13', 'period: from 2024-11-13 is after the last day with dated posts, 2024-11-12; give an earlier from, or a to as well'],
    ] as const;
    for (const [url, message] of asked) {
      const answer = await app.request(encodeURI(url), { headers: { cookie } });
      expect(answer.status, url).toBe(400);
      expect(((await answer.json()) as { error: string }).error, url).toBe(message);
    }
  });

  it('answers 400, not 500, for a page address with a broken %-escape', async () => {
    for (const path of ['/%', '/assets/%E0%A4%A', '/overview%G1']) {
      const answer = await app.request(path);
      expect(answer.status, path).toBe(400);
      expect(await answer.text(), path).toBe('the address has a broken %-escape');
    }
    // A well-formed address still reaches the dashboard (not built in this test).
    expect((await app.request('/overview%20x')).status).toBe(503);
  });

  it('refuses a body over 64 KB with 413 before reading it whole, and reads any case of application/json', async () => {
    const huge = JSON.stringify({ name: 'a'.repeat(200_000), password: 'x' });
    const asSent: Record<string, string>[] = [
      { 'content-type': 'application/json' },
      { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
    ];
    for (const headers of asSent) {
      const answer = await app.request('/api/session', { method: 'POST', headers, body: huge });
      expect(answer.status).toBe(413);
      expect(((await answer.json()) as { error: string }).error).toMatch(/larger than 64 KB/);
    }

    const first = await app.request('/api/session');
    const { csrfToken } = (await first.json()) as { csrfToken: string };
    const cookie = first.headers.get('set-cookie')!.split(';')[0]!;
    const answer = await app.request('/api/session', {
      method: 'POST',
      headers: { 'content-type': 'Application/JSON; charset=UTF-8', 'x-csrf-token': csrfToken, cookie },
      body: JSON.stringify({ name: 'admin', password: 'wrong-password-1' }),
    });
    expect(answer.status).toBe(401);
  });

  it('refuses a body in another charset or media type with 415, and bytes that are no UTF-8 with 400', async () => {
    const { cookie, csrf } = await logIn('admin', 'admin-password-1');
    // 'Айгуль' as windows-1251 sends it: read as UTF-8 it became six U+FFFD, and the answer said
    // the name had no letters; 'application/jsonx' passed a test of the type's start.
    const windows1251Name = Buffer.from([0xc0, 0xe9, 0xe3, 0xf3, 0xeb, 0xfc]);
    const body = Buffer.concat([
      Buffer.from('{"name":"'), windows1251Name, Buffer.from('","password":"long-enough-1","role":"viewer"}'),
    ]);
    const sent = [
      ['application/json; charset=windows-1251', body],
      ['application/json', body],
      ['application/jsonx', Buffer.from('{"name":"x1","password":"long-enough-1","role":"viewer"}')],
      ['text/plain', Buffer.from('{}')],
    ] as const;
    const answers: string[] = [];
    for (const [type, bytes] of sent) {
      const answer = await app.request('/api/users', {
        method: 'POST', headers: { 'content-type': type, 'x-csrf-token': csrf, cookie }, body: bytes,
      });
      answers.push(`${answer.status} ${((await answer.json()) as { error: string }).error}`);
    }
    expect(answers).toEqual([
      '415 send the body in UTF-8, not windows-1251',
      '400 the body is not UTF-8; send JSON text in UTF-8',
      '415 send the body as application/json',
      '415 send the body as application/json',
    ]);
  });

  it('refuses a query parameter or a path whose %-escapes are no UTF-8, naming it', async () => {
    const { cookie } = await logIn('viewer', 'viewer-password-1');
    // 'автобус' %-escaped in windows-1251, a lone surrogate, a broken escape: each was searched
    // for as the escapes themselves and answered "no posts".
    const asked = [
      ['/api/search?q=%E0%E2%F2%EE%E1%F3%F1', 'the value of q is not %-escaped UTF-8; escape its text as UTF-8 (encodeURIComponent does)'],
      ['/api/search?q=%ED%A0%80', 'the value of q is not %-escaped UTF-8; escape its text as UTF-8 (encodeURIComponent does)'],
      ['/api/overview?from=2024-11-01%', 'the value of from is not %-escaped UTF-8; escape its text as UTF-8 (encodeURIComponent does)'],
      ['/api/search?%FF=1', 'a parameter name (%FF) is not %-escaped UTF-8; escape its text as UTF-8 (encodeURIComponent does)'],
      // A path parameter was read as its escapes: "no digest "%FF"", "no account "%E0%E2"".
      ['/api/digests/%FF/pdf', 'the path /api/digests/%FF/pdf is not %-escaped UTF-8; escape its text as UTF-8 (encodeURIComponent does)'],
    ] as const;
    for (const [url, message] of asked) {
      const answer = await app.request(url, { headers: { cookie } });
      expect(answer.status, url).toBe(400);
      expect(((await answer.json()) as { error: string }).error, url).toBe(message);
    }
  });

  it('names the field and its allowed values when a body has a wrong type or misses one', async () => {
    const { cookie, csrf } = await logIn('admin', 'admin-password-1');
    const headers = { 'content-type': 'application/json', 'x-csrf-token': csrf, cookie };
    const sent = [
      ['post', '/api/users', { name: { a: 1 }, password: 5, role: ['admin'] }, '"name" must be string'],
      ['post', '/api/users', { name: 'newcomer', password: 'long-enough-1' }, 'the body needs "role"'],
      ['post', '/api/users', { name: 'newcomer', password: 'long-enough-1', role: 'god' }, '"role" must be one of viewer, analyst, admin'],
      ['patch', '/api/me', {}, 'the body needs "language"'],
      ['post', '/api/digests', { from: ['2024-11-06'], to: 5 }, '"from" must be string'],
    ] as const;
    for (const [method, url, body, message] of sent) {
      const answer = await app.request(url, { method: method.toUpperCase(), headers, body: JSON.stringify(body) });
      expect(answer.status, url).toBe(400);
      expect(((await answer.json()) as { error: string }).error, url).toBe(message);
    }
  });

  it('refuses a log-in under a name no account can have without hashing or remembering it', async () => {
    const first = await app.request('/api/session');
    const { csrfToken } = (await first.json()) as { csrfToken: string };
    const cookie = first.headers.get('set-cookie')!.split(';')[0]!;
    const errors: string[] = [];
    // Six times: a remembered name would be locked at the sixth.
    for (let attempt = 0; attempt < 6; attempt++) {
      const answer = await app.request('/api/session', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken, cookie },
        body: JSON.stringify({ name: 'x'.repeat(60_000), password: 'admin-password-1' }),
      });
      errors.push(`${answer.status} ${((await answer.json()) as { error: string }).error}`);
    }
    expect(new Set(errors)).toEqual(new Set(['401 wrong name or password']));
  });

  it('makes a digest in the language asked for, else in the project\'s', async () => {
    const { cookie, csrf } = await logIn('admin', 'admin-password-1');
    const headers = { 'content-type': 'application/json', 'x-csrf-token': csrf, cookie };
    const period = { from: '2024-11-06', to: '2024-11-12' };
    for (const body of [{ ...period, language: 'kk' }, { ...period, language: 'en' }, period]) {
      await app.request('/api/digests', { method: 'POST', headers, body: JSON.stringify(body) });
    }
    const refused = await app.request('/api/digests', { method: 'POST', headers, body: JSON.stringify({ ...period, language: 'de' }) });
    expect(((await refused.json()) as { error: string }).error).toBe('"language" must be one of ru, kk, en');
    expect(digestLanguages).toEqual(['kk', 'en', 'ru']);
  });

  it('makes one digest at a time and tells a second caller to ask again', async () => {
    // Each digest starts a Chromium of its own: four asked at once ran eight browser processes.
    const { cookie, csrf } = await logIn('admin', 'admin-password-1');
    const headers = { 'content-type': 'application/json', 'x-csrf-token': csrf, cookie };
    const body = JSON.stringify({ from: '2024-11-06', to: '2024-11-12' });
    let print!: () => void;
    digestPrinted = new Promise((resolve) => { print = resolve; });

    const first = app.request('/api/digests', { method: 'POST', headers, body });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const second = await app.request('/api/digests', { method: 'POST', headers, body });
    print();
    const firstStatus = (await first).status;
    const third = await app.request('/api/digests', { method: 'POST', headers, body });

    expect(second.status).toBe(503);
    expect(((await second.json()) as { said: { ru: string } }).said.ru)
      .toBe('дайджест: сервер сейчас делает другой дайджест; повторите, когда он будет готов (до минуты)');
    // The test's digests fail for want of a browser: the guard is let go after a failure too.
    expect([firstStatus, third.status]).toEqual([500, 500]);
  });

  it('refuses a digest of more than a year before printing it, and a reversed one', async () => {
    const { cookie, csrf } = await logIn('admin', 'admin-password-1');
    const headers = { 'content-type': 'application/json', 'x-csrf-token': csrf, cookie };
    const asked = digestLanguages.length;
    const errors: string[] = [];
    for (const body of [{ from: '1990-01-01', to: '2100-12-31' }, { from: '2024-11-12', to: '2024-11-06' }]) {
      const answer = await app.request('/api/digests', { method: 'POST', headers, body: JSON.stringify(body) });
      errors.push(`${answer.status} ${((await answer.json()) as { error: string }).error}`);
    }
    expect(errors).toEqual([
      '400 digest: 1990-01-01 … 2100-12-31 is 40,542 days; a digest covers at most 366 (a year): make one a year, ' +
        'or export the aggregates for the whole period',
      '400 digest: from 2024-11-12 is after to 2024-11-06; swap them',
    ]);
    expect(digestLanguages.length).toBe(asked);
  });

  it('refuses to export more than ten years at once, in the dashboard user\'s language too', async () => {
    const { cookie } = await logIn('admin', 'admin-password-1');
    const answers: string[] = [];
    for (const path of ['/api/export.csv', '/api/export.xlsx']) {
      const answer = await app.request(`${path}?from=1990-01-01&to=2100-12-31`, { headers: { cookie } });
      const body = (await answer.json()) as { error: string; said: { ru: string } };
      answers.push(`${answer.status} ${body.error}`, body.said.ru);
    }
    // Made whole while every other request waited: 5 s as CSV, 12 s as a workbook.
    const en = '400 export: 1990-01-01 … 2100-12-31 is 40,542 days; the dashboard exports at most 3660 ' +
      '(ten years) at a time: export it in parts, or with tyndau export';
    const ru = 'выгрузка: период 1990-01-01 … 2100-12-31 длиннее 3660 дней (десяти лет), которые дашборд ' +
      'выгружает за раз; выгрузите его частями или командой tyndau export';
    expect(answers).toEqual([en, ru, en, ru]);
    const tenYears = await app.request('/api/export.csv?from=2014-11-14&to=2024-11-12', { headers: { cookie } });
    expect(tenYears.status).toBe(200);
  });

  it('makes one export at a time and tells a second caller to ask again', async () => {
    // Six ten-year workbooks asked at once held every page of the dashboard for 9 s.
    const { cookie } = await logIn('admin', 'admin-password-1');
    const asked = ['/api/export.xlsx', '/api/export.xlsx', '/api/export.csv']
      .map((path) => app.request(`${path}?from=2014-11-14&to=2024-11-12`, { headers: { cookie } }));
    const answers = await Promise.all(asked);
    const refused = (await answers[1]!.json()) as { error: string; said: { kk: string } };
    const after = await app.request('/api/export.csv?from=2024-11-06&to=2024-11-12', { headers: { cookie } });

    expect(answers.map((answer) => answer.status)).toEqual([200, 503, 503]);
    expect(refused.error).toBe('export: the server is making another export now; ask again when it is done (a few seconds)');
    expect(refused.said.kk).toBe('жүктеу: сервер қазір басқа жүктеуді жасап жатыр; ол біткенде қайталаңыз (бірнеше секунд)');
    expect(after.status).toBe(200);
  });

  it('refuses a parameter given twice rather than reading its first value', async () => {
    const { cookie } = await logIn('viewer', 'viewer-password-1');
    const asked = [
      [`/api/search?q=${encodeURIComponent('яма')}&q=${encodeURIComponent('автобус')}`, 'q is given 2 times; give it once'],
      ['/api/overview?from=2024-11-12&from=2024-11-01&to=2024-11-12', 'from is given 2 times; give it once'],
    ] as const;
    for (const [url, message] of asked) {
      const answer = await app.request(url, { headers: { cookie } });
      expect(answer.status, url).toBe(400);
      expect(((await answer.json()) as { error: string }).error, url).toBe(message);
    }
  });

  it('refuses a query parameter or body field it does not read, and a count written as 1e3, 0x1 or with spaces', async () => {
    const cases = JSON.parse(readFileSync(
      join(import.meta.dirname, '..', 'fixtures', 'server', 'requests-with-unread-or-look-alike-inputs.json'), 'utf8',
    )) as { query: [string, number, string][]; body: [string, string, unknown, number, string][] };
    const { cookie, csrf } = await logIn('admin', 'admin-password-1');
    const asked = digestLanguages.length;

    for (const [url, status, message] of cases.query) {
      const answer = await app.request(url, { headers: { cookie } });
      expect([answer.status, ((await answer.json()) as { error: string }).error], url).toEqual([status, message]);
    }
    for (const [method, url, body, status, message] of cases.body) {
      const answer = await app.request(url, {
        method, headers: { cookie, 'x-csrf-token': csrf, 'content-type': 'application/json' }, body: JSON.stringify(body),
      });
      expect([answer.status, ((await answer.json()) as { error: string }).error], url).toEqual([status, message]);
    }
    expect(accounts.listUsers().map((user) => user.name)).not.toContain('kazakh-reader');
    expect(digestLanguages.length).toBe(asked);
  });

  it('answers 405 with the methods an existing address takes, 404 for an address that is none', async () => {
    const { cookie, csrf } = await logIn('admin', 'admin-password-1');
    const headers = { cookie, 'x-csrf-token': csrf };
    const answers = [];
    for (const [method, url] of [['POST', '/api/overview'], ['DELETE', '/api/digests/1/pdf'], ['PUT', '/api/users'], ['GET', '/api/overveiw']]) {
      const answer = await app.request(url!, { method, headers });
      answers.push([answer.status, answer.headers.get('allow'), ((await answer.json()) as { error: string }).error]);
    }
    expect(answers).toEqual([
      [405, 'GET', '/api/overview takes GET only'],
      [405, 'GET', '/api/digests/1/pdf takes GET only'],
      [405, 'GET, POST', '/api/users takes GET, POST only'],
      [404, null, 'no such endpoint; see /api/openapi.json'],
    ]);
  });

  it('sends the CSV export with the UTF-8 byte order mark, so that Excel reads its Cyrillic labels', async () => {
    const { cookie } = await logIn('admin', 'admin-password-1');
    const answer = await app.request('/api/export.csv?from=2024-11-12&to=2024-11-12', { headers: { cookie } });
    const bytes = new Uint8Array(await answer.arrayBuffer());
    expect([...bytes.slice(0, 14)]).toEqual([0xef, 0xbb, 0xbf, ...Buffer.from('period_from')]);
  });

  it('labels the export in the user\'s language, not the Russian project\'s', async () => {
    const { cookie } = await logIn('admin', 'admin-password-1');
    const answer = await app.request('/api/export.csv?from=2024-11-12&to=2024-11-12', { headers: { cookie } });
    const lines = (await answer.text()).split('\n');
    expect(lines.filter((line) => line.includes(',issue,'))).toEqual([
      '2024-11-12,2024-11-12,issue,transport,Public transport,12,12,0,0,0',
      '2024-11-12,2024-11-12,issue,(other),Other (1),<10,,,,0',
    ]);
  });

  it('says in a header, the file\'s name and the workbook\'s notes sheet that a period lies outside the stored days', async () => {
    const { cookie } = await logIn('admin', 'admin-password-1');
    const outside = 'from=2020-01-01&to=2020-01-31';
    const overview = (await (await app.request(`/api/overview?${outside}`, { headers: { cookie } })).json()) as {
      periodNote: { storedDays: { from: string; to: string }; said: { en: string } };
    };
    const { storedDays, said } = overview.periodNote;

    const csv = await app.request(`/api/export.csv?${outside}`, { headers: { cookie } });
    const xlsx = await app.request(`/api/export.xlsx?${outside}`, { headers: { cookie } });
    const inside = await app.request('/api/export.csv?from=2024-11-12&to=2024-11-12', { headers: { cookie } });

    expect([csv, xlsx, inside].map((answer) => [answer.headers.get('x-tyndau-period-note'), answer.headers.get('content-disposition')])).toEqual([
      [`outside-stored-days; stored=${storedDays.from}/${storedDays.to}`, 'attachment; filename="tyndau-aggregates-2020-01-01-2020-01-31-nothing-stored.csv"'],
      [`outside-stored-days; stored=${storedDays.from}/${storedDays.to}`, 'attachment; filename="tyndau-aggregates-2020-01-01-2020-01-31-nothing-stored.xlsx"'],
      [null, 'attachment; filename="tyndau-aggregates-2024-11-12-2024-11-12.csv"'],
    ]);
    expect((await csv.text()).split('\n')[0]).toBe('period_from,period_to,dimension,value,label,posts,negative,neutral,positive,reposts');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await xlsx.arrayBuffer());
    expect(workbook.worksheets[1]!.getRow(2).values).toEqual([undefined, 'Period', said.en]);
  });

  it('describes every endpoint in its OpenAPI document', async () => {
    const document = (await (await app.request('/api/openapi.json')).json()) as {
      openapi: string; paths: Record<string, Record<string, { security?: unknown[] }>>;
    };
    expect(document.openapi).toBe('3.1.0');
    for (const endpoint of ENDPOINTS) {
      expect(document.paths[endpoint.path]?.[endpoint.method], `${endpoint.method} ${endpoint.path}`).toBeDefined();
    }
    expect(document.paths['/api/users']!.post!.security).toEqual([{ session: [], csrf: [] }]);
    const users = document.paths['/api/users']!.post as unknown as {
      requestBody: { content: Record<string, { schema: { additionalProperties: boolean } }> };
    };
    expect(users.requestBody.content['application/json']!.schema.additionalProperties).toBe(false);
  });

  // The researcher's reading of /api/openapi.json: `to` said it defaulted to the last stored day,
  // while an undated import's own day is skipped; and nothing said how shares and intervals are made.
  it('tells the default period end and where the sentiment method is described', async () => {
    const document = (await (await app.request('/api/openapi.json')).json()) as {
      info: { description: string };
      paths: Record<string, Record<string, { parameters: { name: string; description: string }[] }>>;
    };
    const to = document.paths['/api/overview']!.get!.parameters.find((parameter) => parameter.name === 'to');

    expect(to!.description).toBe('last day, included (default: the last day holding a post dated by its source; ' +
      'the last stored day when no post is)');
    expect(document.info.description).toContain('with 95% percentile bootstrap intervals');
    expect(document.info.description).toContain('docs/models.md, "Prevalence correction"');
  });

  // Checked as a researcher's client generator would read the document: every documented call is
  // answered by an endpoint, and the statuses a script meets (no digest 7, a wrong password, its
  // own account) are listed; the document had only 400, 401 and 403, and no path descriptions.
  it('documents only addresses the server answers, and the 401, 404 and 409 it gives', async () => {
    const { cookie, csrf } = await logIn('admin', 'admin-password-1');
    const document = (await (await app.request('/api/openapi.json')).json()) as {
      paths: Record<string, Record<string, { responses: Record<string, unknown>; parameters?: { description?: string }[] }>>;
    };
    const unanswered = [];
    for (const [path, operations] of Object.entries(document.paths)) {
      for (const method of Object.keys(operations)) {
        const url = path.replace('{id}', '7').replace('{name}', 'nobody');
        const answer = await app.request(url, { method: method.toUpperCase(), headers: { cookie, 'x-csrf-token': csrf } });
        const error = answer.headers.get('content-type')?.includes('json') ? ((await answer.json()) as { error?: string }).error : '';
        if (answer.status === 404 && error?.startsWith('no such endpoint')) unanswered.push(`${method} ${path}`);
      }
    }
    const statuses = (path: string, method: string) => Object.keys(document.paths[path]![method]!.responses);

    expect(unanswered).toEqual([]);
    expect(Object.keys(document.paths)).toContain('/api/openapi.json');
    expect(statuses('/api/digests/{id}/pdf', 'get')).toEqual(['200', '400', '401', '403', '404']);
    expect(statuses('/api/users/{name}', 'delete')).toEqual(['200', '400', '401', '403', '404', '409']);
    expect(statuses('/api/session', 'post')).toEqual(['200', '400', '401', '403', '413', '415']);
    expect(statuses('/api/overview', 'get')).toEqual(['200', '400', '401', '403', '404']);
    expect(document.paths['/api/digests/{id}/pdf']!.get!.parameters![0]!.description).toBe('the digest\'s id, as /api/digests lists it');
    const csv = document.paths['/api/export.csv']!.get!.responses['200'] as { description: string };
    expect(statuses('/api/export.xlsx', 'get')).toEqual(['200', '400', '401', '403', '404', '503']);
    expect(csv.description).toContain('at most 3660 days a call. negative, neutral and positive count posts as the classifier labelled them, not corrected');
  });
});
