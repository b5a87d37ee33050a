import type { RawPost } from '../collect/raw-post.js';
import type { JetStreamQueue } from './jetstream-queue.js';
import { encodeRawPost } from './raw-post-message.js';

/** Publishes not acknowledged by the server at once; more would only queue up in memory. */
const IN_FLIGHT = 256;

/**
 * Publishes raw posts to the queue for workers to gate, analyse and store. Each publish waits
 * for the server's acknowledgement (with a window of publishes in flight), so that a post the
 * collector has counted as sent is on disk in the stream.
 */
export async function publishRawPosts(
  queue: JetStreamQueue, posts: Iterable<RawPost>, collectedAt: Date,
): Promise<number> {
  const pending = new Set<Promise<unknown>>();
  let published = 0;
  for (const raw of posts) {
    const acknowledged = queue.jetstream.publish(queue.names.subject, encodeRawPost(raw, collectedAt));
    const tracked = acknowledged.finally(() => pending.delete(tracked));
    pending.add(tracked);
    published++;
    if (pending.size >= IN_FLIGHT) await Promise.race(pending);
  }
  await Promise.all(pending);
  return published;
}
