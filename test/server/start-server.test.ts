/**
 * Starting the server where it cannot listen: the error says what to change, instead of an
 * unhandled 'error' event and Node's stack trace.
 */
import { afterAll, describe, expect, it } from 'vitest';

import { createMemoryLogger } from '../../src/log/logger.js';
import { startServer, type RunningServer } from '../../src/server/start-server.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { makeProject } from '../report/make-project.js';

const store = openSqliteStore(':memory:', { timezone: 'Asia/Almaty' });
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
