/**
 * Starting the server where it cannot listen: the error says what to change, instead of an
 * unhandled 'error' event and Node's stack trace. And the running server over real HTTP, where
 * Node's own limits apply before the app sees a request.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { createMemoryLogger } from '../../src/log/logger.js';
import { startServer, type RunningServer } from '../../src/server/start-server.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { makeProject } from '../report/make-project.js';
import { makeItem } from '../store/make-post.js';

const store = openSqliteStore(':memory:', { timezone: 'Asia/Almaty' });
store.savePosts([makeItem({ nativeId: 'late-bus', text: 'Автобус опять опоздал на час', publishedAt: '2024-11-12T06:00:00Z' })]);
const running: RunningServer[] = [];

afterAll(async () => {
  await Promise.all(running.map((server) => server.close()));
  store.close();
});

function start(host: string, port: number): Promise<RunningServer> {
  return startServer({
    project: makeProject('ru', 10), store, logger: createMemoryLogger(), host, port,
    statePath: ':memory:', webRoot: '/nonexistent', schedule: false,
  });
}

describe('a server that cannot listen', () => {
  it('names the port in use', async () => {
    const first = await start('127.0.0.1', 0);
    running.push(first);
    const port = Number(new URL(first.url).port);

    await expect(start('127.0.0.1', port)).rejects.toThrow(
      `cannot listen on 127.0.0.1:${port}: the port is in use by another program; choose another with --port`,
    );
  });

  it('names an address that is not this machine\'s', async () => {
    // 192.0.2.0/24 is reserved for documentation: no machine has it, and nothing is sent to it.
    await expect(start('192.0.2.1', 0)).rejects.toThrow(
      'cannot listen on 192.0.2.1:0: 192.0.2.1 is not an address of this machine; use 127.0.0.1, or 0.0.0.0 for every address',
    );
  });
});

/** Logs in over HTTP as the dashboard does; returns the cookies to send. */
async function logIn(server: RunningServer, name: string, password: string): Promise<string> {
  await server.accounts.addUser(name, password, 'viewer', 'ru');
  const first = await fetch(`${server.url}/api/session`);
  const csrfCookie = first.headers.get('set-cookie')!.split(';')[0]!;
  const { csrfToken } = (await first.json()) as { csrfToken: string };
  const login = await fetch(`${server.url}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken, cookie: csrfCookie },
    body: JSON.stringify({ name, password }),
  });
  return login.headers.get('set-cookie')!.split(';')[0]!;
}

describe('a running server', () => {
  it('answers a saved query of 3,347 characters with Russian comments (17 KB as an address)', async () => {
    const server = await start('127.0.0.1', 0);
    running.push(server);
    const cookie = await logIn(server, 'analyst', 'analyst-password-1');
    const query = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'server', 'saved-query-with-long-russian-comments.txt'), 'utf8').trim();

    const answer = await fetch(`${server.url}/api/search?q=${encodeURIComponent(query)}`, { headers: { cookie } });
    expect(answer.status).toBe(200);
    expect(((await answer.json()) as { hits: { snippet: { text: string } }[] }).hits.map((hit) => hit.snippet.text))
      .toEqual(['Автобус опять опоздал на час']);
  });
});

describe('a request Node refuses before the app sees it', () => {
  it('answers an address over 64 KB with a 431 that says why, and keeps serving', async () => {
    const server = await start('127.0.0.1', 0);
    running.push(server);
    const cookie = await logIn(server, 'viewer', 'viewer-password-1');
    // 12,000 Cyrillic letters: three times the longest query, 72 KB once %-escaped.
    const query = encodeURIComponent('автобус'.repeat(1715));

    const refused = await fetch(`${server.url}/api/search?q=${query}`, { headers: { cookie } });
    const after = await fetch(`${server.url}/api/search?q=${encodeURIComponent('автобус')}`, { headers: { cookie } });

    expect(refused.status).toBe(431);
    expect(await refused.json()).toEqual({
      error: 'the address and headers are larger than 64 KB; a query holds at most 4,000 characters',
    });
    expect(after.status).toBe(200);
  });
});
