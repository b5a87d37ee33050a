/**
 * The API answering in process, as `tyndau serve` would over `store`, to a logged-in viewer of a
 * project made by `makeProject`: for tests of what one request gives out.
 */
import { AlertHistory } from '../../src/alerts/alert-history.js';
import { DigestArchive } from '../../src/report/digest-archive.js';
import { createApp } from '../../src/server/app.js';
import { Accounts } from '../../src/server/state/accounts.js';
import { openStateDatabase } from '../../src/state/state-database.js';
import type { Project } from '../../src/project/project.js';
import type { Store } from '../../src/store/store.js';
import { makeProject } from '../report/make-project.js';

const PASSWORD = 'viewer-password-1';

type App = ReturnType<typeof createApp>;

// One app and one log-in per store: scrypt makes each log-in cost a tenth of a second.
const viewers = new WeakMap<Store, Promise<{ app: App; cookie: string }>>();

async function loggedIn(store: Store, project: Project): Promise<{ app: App; cookie: string }> {
  const state = openStateDatabase(':memory:');
  const accounts = new Accounts(state);
  await accounts.addUser('viewer', PASSWORD, 'viewer', 'en');
  const app = createApp({
    project, store, accounts, alerts: new AlertHistory(state), digests: new DigestArchive(state),
    makeDigest: () => Promise.reject(new Error('no digests here')), webRoot: '/nonexistent', secureCookies: false,
  });
  const first = await app.request('/api/session');
  const { csrfToken } = (await first.json()) as { csrfToken: string };
  const login = await app.request('/api/session', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken, cookie: first.headers.get('set-cookie')!.split(';')[0]! },
    body: JSON.stringify({ name: 'viewer', password: PASSWORD }),
  });
  return { app, cookie: login.headers.get('set-cookie')!.split(';')[0]! };
}

/**
 * GET `path` as a viewer; the answer's status and JSON body. `project` is the one the app serves
 * over `store` from its first request on.
 */
export async function answerAsViewer<T>(
  store: Store,
  path: string,
  project: Project = makeProject('en'),
): Promise<{ status: number; body: T }> {
  let viewer = viewers.get(store);
  if (viewer === undefined) {
    viewer = loggedIn(store, project);
    viewers.set(store, viewer);
  }
  const { app, cookie } = await viewer;
  const answer = await app.request(path, { headers: { cookie } });
  return { status: answer.status, body: (await answer.json()) as T };
}
