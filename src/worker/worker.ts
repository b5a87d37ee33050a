import { headers, type Consumer, type JsMsg } from 'nats';

import type { Analyzer } from '../analyze/pipeline.js';
import type { Logger } from '../log/logger.js';
import type { PrivacyGate } from '../privacy/gate.js';
import type { PostgresStore } from '../store/postgres/postgres-store.js';
import type { StoredItem } from '../store/store.js';
import type { JetStreamQueue } from './jetstream-queue.js';
import { decodeRawPost } from './raw-post-message.js';

/** How long one pull waits for messages before the loop looks around (idle exit, stop signal). */
const FETCH_EXPIRES_MS = 1000;
/** Analysis time between two turns of the event loop while a commit is in flight. */
const ANALYSIS_SLICE_MS = 5;
/** After a failed attempt a message waits this long times its attempt number before the next. */
const RETRY_DELAY_MS = 500;

export interface WorkerOptions {
  readonly queue: JetStreamQueue;
  readonly store: PostgresStore;
  readonly gate: PrivacyGate;
  readonly analyzer: Analyzer;
  readonly logger: Logger;
  /** Messages pulled, analysed and committed together. */
  readonly batchSize: number;
  /** Attempts after which a message that keeps failing goes to the dead-letter subject. */
  readonly maxAttempts: number;
  /** Stop once no message has come for this long; run until `signal` when absent. */
  readonly idleExitMs?: number;
  readonly signal?: AbortSignal;
}

export interface WorkerReport {
  readonly messages: number;
  readonly inserted: number;
  readonly existing: number;
  /** Failed attempts, each retried later or set aside. */
  readonly failedAttempts: number;
  readonly deadLetters: number;
}

/** A pulled batch after the gate and analysis: what to store, and what failed on the way. */
interface PreparedBatch {
  readonly items: StoredItem[];
  /** The message each item came from, in the same order. */
  readonly sources: JsMsg[];
  readonly failures: { message: JsMsg; error: string }[];
}

/**
 * Runs one worker: pulls raw posts from the shared durable consumer, passes them through the
 * privacy gate and analysis, stores them in PostgreSQL and acknowledges them only after the
 * transaction has committed. A worker that dies before acknowledging leaves its messages to be
 * delivered again; storing is idempotent by post id, so a second delivery changes nothing.
 *
 * While one batch is being committed the next is already analysed, so the database's time and
 * the analysis overlap.
 */
export async function runWorker(options: WorkerOptions): Promise<WorkerReport> {
  const { queue, logger } = options;
  const consumer = await queue.jetstream.consumers.get(queue.names.stream, queue.names.consumer);
  const report = { messages: 0, inserted: 0, existing: 0, failedAttempts: 0, deadLetters: 0 };
  let committing: Promise<void> = Promise.resolve();
  let lastMessageAt = Date.now();
  // Where the loop's time goes, for the log: waiting for messages, gating and analysing them
  // (commits run in its pauses), and waiting for the previous batch's commit to finish.
  const time = { fetchMs: 0, prepareMs: 0, commitWaitMs: 0 };
  const timed = async <T>(phase: keyof typeof time, work: Promise<T>): Promise<T> => {
    const started = performance.now();
    try {
      return await work;
    } finally {
      time[phase] += performance.now() - started;
    }
  };

  // The next batch is pulled while this one is analysed, so that the messages' round trip
  // from the server does not leave the core idle between batches.
  // An idle worker decides whether to exit before it pulls again: a pull started first could
  // take messages that had just come back to the queue (another worker's, given back as it
  // stopped) only to give them back in turn, and the last worker to exit would leave them there.
  let next = fetchBatch(consumer, options.batchSize);
  while (!options.signal?.aborted) {
    const messages = await timed('fetchMs', next);
    if (messages.length === 0) {
      await committing;
      if (options.idleExitMs !== undefined && Date.now() - lastMessageAt >= options.idleExitMs) {
        next = Promise.resolve([]);
        break;
      }
      next = fetchBatch(consumer, options.batchSize);
      continue;
    }
    next = fetchBatch(consumer, options.batchSize);
    lastMessageAt = Date.now();
    report.messages += messages.length;

    const prepared = await timed('prepareMs', prepareBatch(messages, options));
    await timed('commitWaitMs', committing);
    committing = commitBatch(prepared, options, report);
  }
  await committing;
  // Messages pulled ahead go back to the queue at once rather than after the ack wait.
  for (const message of await next.catch(() => [])) message.nak();
  logger.info('worker.stopped', {
    ...report, fetchMs: Math.round(time.fetchMs), prepareMs: Math.round(time.prepareMs),
    commitWaitMs: Math.round(time.commitWaitMs),
  });
  return report;
}

async function fetchBatch(consumer: Consumer, size: number): Promise<JsMsg[]> {
  const messages: JsMsg[] = [];
  const batch = await consumer.fetch({ max_messages: size, expires: FETCH_EXPIRES_MS });
  for await (const message of batch) messages.push(message);
  return messages;
}

/**
 * Gates and analyses a batch while the previous one commits. Analysis is synchronous, so it
 * gives the event loop a turn every few milliseconds: the commit's next statement goes out then,
 * instead of the transaction waiting, its rollup rows locked against the other workers, until the
 * whole batch is analysed (a second or more).
 */
async function prepareBatch(messages: readonly JsMsg[], options: WorkerOptions): Promise<PreparedBatch> {
  const prepared: PreparedBatch = { items: [], sources: [], failures: [] };
  let turn = Date.now();
  for (const message of messages) {
    if (Date.now() - turn >= ANALYSIS_SLICE_MS) {
      await new Promise((resolve) => setImmediate(resolve));
      turn = Date.now();
    }
    try {
      const { raw, collectedAt } = decodeRawPost(message.data);
      const post = options.gate.admit(raw, collectedAt);
      const analysis = options.analyzer.analyze({
        text: post.text, title: post.title, declaredLanguage: post.declaredLanguage,
      });
      prepared.items.push({ post, analysis });
      prepared.sources.push(message);
    } catch (error) {
      prepared.failures.push({ message, error: messageOf(error) });
    }
  }
  return prepared;
}

async function commitBatch(batch: PreparedBatch, options: WorkerOptions, report: WorkerReport): Promise<void> {
  const counts = report as { -readonly [K in keyof WorkerReport]: number };
  const started = Date.now();
  const failures = [...batch.failures];
  try {
    const saved = await options.store.savePosts(batch.items);
    counts.inserted += saved.inserted;
    counts.existing += saved.existing;
    for (const message of batch.sources) message.ack();
  } catch (error) {
    // One post the database refuses must not hold back the rest: store them one by one, and
    // let only those that fail alone count as failed attempts.
    options.logger.warn('worker.batch_failed', { posts: batch.items.length, reason: messageOf(error) });
    for (const [index, item] of batch.items.entries()) {
      const message = batch.sources[index]!;
      try {
        const saved = await options.store.savePosts([item]);
        counts.inserted += saved.inserted;
        counts.existing += saved.existing;
        message.ack();
      } catch (single) {
        failures.push({ message, error: messageOf(single) });
      }
    }
  }

  for (const failure of failures) await handleFailure(failure.message, failure.error, options, counts);
  options.logger.info('worker.batch', {
    posts: batch.items.length, failed: failures.length, ms: Date.now() - started,
  });
}

/**
 * A failed message is delivered again after a growing delay; at its last attempt it is
 * published to the dead-letter subject with the error and removed from the work queue.
 */
async function handleFailure(
  message: JsMsg, error: string, options: WorkerOptions,
  counts: { failedAttempts: number; deadLetters: number },
): Promise<void> {
  counts.failedAttempts++;
  const attempt = message.info.deliveryCount;
  if (attempt < options.maxAttempts) {
    message.nak(RETRY_DELAY_MS * attempt);
    return;
  }

  const deadHeaders = headers();
  deadHeaders.set('Tyndau-Error', error.replace(/[\r\n]+/g, ' ').slice(0, 1000));
  deadHeaders.set('Tyndau-Attempts', String(attempt));
  deadHeaders.set('Tyndau-Stream-Sequence', String(message.seq));
  await options.queue.jetstream.publish(options.queue.names.deadSubject, message.data, { headers: deadHeaders });
  // Acknowledged rather than terminated: the message is handled, it now lives on the
  // dead-letter stream, and nats-server 2.9 delivers a terminated work-queue message again.
  message.ack();
  counts.deadLetters++;
  options.logger.error('worker.dead_letter', { sequence: message.seq, attempts: attempt, reason: error });
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
