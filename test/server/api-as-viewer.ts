/**
 * The API answering in process, as `tyndau serve` would over `store`, to a logged-in viewer of a
 * project made by `makeProject`: for tests of what one request gives out.
 */
import { AlertHistory } from '../../src/alerts/alert-history.js';
import { DigestArchive } from '../../src/report/digest-archive.js';
import { createApp } from '../../src/server/app.js';
import { Accounts } from '../../src/server/state/accounts.js';
import { openStateDatabase } from '../../src/state/state-database.js';
import type { Store } from '../../src/store/store.js';
import { makeProject } from '../report/make-project.js';

const PASSWORD = 'viewer-password-1';

/** GET `path` as a viewer; the answer's status and JSON body. */
export async function answerAsViewer<T>(store: Store, path: string): Promise<{ status: number; body: T }> {
  const state = openStateDatabase(':memory:');
  const accounts = new Accounts(state);
  await accounts.addUser('viewer', PASSWORD, 'viewer', 'en');
  const app = createApp({
    project: makeProject('en'), store, accounts, alerts: new AlertHistory(state), digests: new DigestArchive(state),
    makeDigest: () => Promise.reject(new Error('no digests here')), webRoot: '/nonexistent', secureCookies: false,
  });
  const first = await app.request('/api/session');
  const { csrfToken } = (await first.json()) as { csrfToken: string };
  const login = await app.request('/api/session', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken, cookie: first.headers.get('set-cookie')!.split(';')[0]! },
    body: JSON.stringify({ name: 'viewer', password: PASSWORD }),
  });
  const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
  const answer = await app.request(path, { headers: { cookie } });
  return { status: answer.status, body: (await answer.json()) as T };
}
