/**
 * The thread behind `BlockingPostgresStore`: it owns the stores' connection pools and runs each
 * call the blocking side sends, then wakes it. Every failure goes back as a reply, so the blocking side
 * never waits for an answer that cannot come.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { MessagePort } from 'node:worker_threads';

import { connectPostgresStore, type PostgresStore } from './postgres-store.js';
import type { StoreCall, StoreReply, StoreThreadData } from './store-call.js';

const { signal, port } = workerData as StoreThreadData & { port: MessagePort };
const stores = new Map<number, PostgresStore>();

function reply(message: StoreReply): void {
  port.postMessage(message);
  Atomics.store(signal, 0, 1);
  Atomics.notify(signal, 0);
}

async function run(call: StoreCall): Promise<unknown> {
  if (call.method === 'open') {
    const { url, timezone, setAsideElsewhere } = call;
    stores.set(call.storeId, await connectPostgresStore(url, { timezone, setAsideElsewhere, connections: 2 }));
    return null;
  }
  const store = stores.get(call.storeId);
  if (store === undefined) throw new Error('store: the PostgreSQL store is not open');
  if (call.method === 'close') stores.delete(call.storeId);
  const method = store[call.method] as (...args: unknown[]) => Promise<unknown>;
  return method.apply(store, call.args);
}

port.on('message', (call: StoreCall) => {
  run(call).then(
    (result) => reply({ ok: true, result }),
    (error: unknown) => reply({ ok: false, message: error instanceof Error ? error.message : String(error) }),
  );
});

process.on('uncaughtException', (error) => reply({ ok: false, message: `store thread: ${error.message}` }));
parentPort?.postMessage('ready');
