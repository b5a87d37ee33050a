import {
  AckPolicy, connect, DeliverPolicy, RetentionPolicy, StorageType, type JetStreamClient, type NatsConnection,
} from 'nats';

import type { QueueNames } from './queue-names.js';

const NANOS_PER_MS = 1_000_000;
const DAY_MS = 86_400_000;

export interface QueueSettings {
  readonly url: string;
  readonly names: QueueNames;
  /** How long a delivered message may stay unacknowledged before it goes to another worker. */
  readonly ackWaitMs: number;
}

export interface JetStreamQueue {
  readonly connection: NatsConnection;
  readonly jetstream: JetStreamClient;
  readonly names: QueueNames;
}

/**
 * Connects to NATS and makes sure the raw-post stream, its durable consumer and the dead-letter
 * stream exist. Safe to run from every collector and worker at once: creating what already
 * exists with the same settings changes nothing.
 */
export async function openQueue(settings: QueueSettings): Promise<JetStreamQueue> {
  let connection: NatsConnection;
  try {
    connection = await connect({ servers: settings.url, name: 'tyndau', maxReconnectAttempts: -1 });
  } catch (error) {
    throw new Error(`queue ${settings.url}: cannot connect (${error instanceof Error ? error.message : String(error)}); is nats-server running with -js?`);
  }

  const { names } = settings;
  const manager = await connection.jetstreamManager();
  await ensureStream(manager, {
    name: names.stream,
    subjects: [names.subject],
    retention: RetentionPolicy.Workqueue,
    storage: StorageType.File,
  });
  // Dead letters still hold raw, unredacted text: they are kept a week for someone to look at
  // the error, then dropped, like any other raw post that never passed the gate.
  await ensureStream(manager, {
    name: names.deadStream,
    subjects: [names.deadSubject],
    retention: RetentionPolicy.Limits,
    storage: StorageType.File,
    max_age: 7 * DAY_MS * NANOS_PER_MS,
  });
  await manager.consumers.add(names.stream, {
    durable_name: names.consumer,
    ack_policy: AckPolicy.Explicit,
    deliver_policy: DeliverPolicy.All,
    ack_wait: settings.ackWaitMs * NANOS_PER_MS,
    // The worker counts attempts itself and sets a message aside; the server's limit is a
    // backstop above that.
    max_deliver: -1,
    max_ack_pending: 20_000,
  }).catch((error: unknown) => {
    // A consumer made earlier with another ack wait: keep it, workers still share it.
    if (!String(error).includes('consumer already exists')) throw error;
  });

  return { connection, jetstream: connection.jetstream(), names };
}

async function ensureStream(
  manager: Awaited<ReturnType<NatsConnection['jetstreamManager']>>,
  config: Parameters<Awaited<ReturnType<NatsConnection['jetstreamManager']>>['streams']['add']>[0],
): Promise<void> {
  try {
    await manager.streams.info(config.name!);
  } catch {
    await manager.streams.add(config);
  }
}
