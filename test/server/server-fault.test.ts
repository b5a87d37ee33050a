/** A fault inside an endpoint: the client gets JSON without the reason, the log gets the reason. */
import { describe, expect, it, vi } from 'vitest';

import { AlertHistory } from '../../src/alerts/alert-history.js';
import { DigestArchive } from '../../src/report/digest-archive.js';
import { createApp } from '../../src/server/app.js';
import type { Endpoint } from '../../src/server/endpoint.js';
import { Accounts } from '../../src/server/state/accounts.js';
import { openStateDatabase } from '../../src/state/state-database.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { makeProject } from '../report/make-project.js';

const FAILING: Endpoint = {
  method: 'get',
  path: '/api/failing',
  summary: 'fails',
  tag: 'test',
  role: null,
  response: { mediaType: 'application/json', description: 'never' },
  handle: () => {
    throw new Error('SQLITE_CORRUPT: database disk image is malformed at /srv/tyndau/store.sqlite');
  },
};

describe('a fault inside the server', () => {
  it('answers 500 with a JSON error that keeps the reason in the server log', async () => {
    const state = openStateDatabase(':memory:');
    const app = createApp({
      project: makeProject('ru', 10),
      store: openSqliteStore(':memory:', { timezone: 'Asia/Almaty' }),
      accounts: new Accounts(state),
      alerts: new AlertHistory(state),
      digests: new DigestArchive(state),
      makeDigest: async () => 0,
      webRoot: '/nonexistent',
      secureCookies: false,
    }, [FAILING]);
    const logged: string[] = [];
    const write = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      logged.push(String(chunk));
      return true;
    });
    try {
      const answer = await app.request('/api/failing');
      expect(answer.status).toBe(500);
      expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
      expect(await answer.json()).toEqual({
        error: 'the server failed on this request; its log has the reason',
        said: {
          ru: 'сервер не смог выполнить запрос; причина записана в его журнале',
          kk: 'сервер сұрауды орындай алмады; себебі оның журналына жазылды',
          en: 'the server failed on this request; its log has the reason',
        },
      });
      expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
    } finally {
      write.mockRestore();
    }
    expect(logged.join('')).toMatch(/GET \/api\/failing failed: Error: SQLITE_CORRUPT/);
  });
});
