/**
 * The JetStream names one tyndau deployment uses, all derived from one base name so that several
 * projects (or test runs) can share a NATS server without seeing each other's posts.
 */
export interface QueueNames {
  /** Work-queue stream of raw posts: a message is removed once a worker acknowledges it. */
  readonly stream: string;
  readonly subject: string;
  /** Durable pull consumer every worker of the deployment shares. */
  readonly consumer: string;
  /** Stream and subject of messages set aside after too many failed attempts. */
  readonly deadStream: string;
  readonly deadSubject: string;
}

export const DEFAULT_QUEUE_BASE = 'tyndau';

const BASE_NAME = /^[a-z0-9][a-z0-9_-]*$/;

export function queueNames(base = DEFAULT_QUEUE_BASE): QueueNames {
  if (!BASE_NAME.test(base)) {
    throw new Error(`queue: "${base}" cannot name a stream; use lower-case letters, digits, - and _`);
  }
  const upper = base.toUpperCase().replaceAll('-', '_');
  return {
    stream: `${upper}_RAW`,
    subject: `${base}.raw`,
    consumer: `${base}-workers`,
    deadStream: `${upper}_DEAD`,
    deadSubject: `${base}.dead`,
  };
}
