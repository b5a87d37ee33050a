import { contentNativeId } from '../content-id.js';
import type { ImportBatch, ImportNote, RawPost } from '../raw-post.js';

/**
 * The batch with each native id that stands for several different posts in it made distinct, for
 * those posts, by their publication time (by their text when they have none). Some CMSs write
 * the site's address as every feed item's guid and link, and some exports fill the id column
 * with one value; the store took every post after the first for the first one "already stored",
 * and they were lost.
 *
 * Posts under one id are different posts when their text differs and they do not carry the same
 * publication time. The same text again is the same post; other text at the same time is the
 * post edited, counted once as before. A note names the place of each such id, not the id.
 *
 * LIMITATION: a streamed file is checked one batch at a time, so an id repeated only across
 * batches (thousands of records apart) is still taken for one post.
 */
export function separateCollidingIds(batch: ImportBatch): ImportBatch {
  const firstOfId = new Map<string, RawPost>();
  const colliding = new Map<string, RawPost[]>();
  for (const post of batch.posts) {
    const first = firstOfId.get(post.nativeId);
    if (first === undefined) {
      firstOfId.set(post.nativeId, post);
    } else if (isAnotherPost(first, post)) {
      const sharing = colliding.get(post.nativeId);
      if (sharing) sharing.push(post);
      else colliding.set(post.nativeId, [first, post]);
    }
  }
  if (colliding.size === 0) return batch;

  const posts = batch.posts.map((post) => colliding.has(post.nativeId)
    ? { ...post, nativeId: separatedId(post) }
    : post);
  const notes: ImportNote[] = [...colliding.values()].map((sharing) => ({
    location: sharing[1]!.location,
    note: `${sharing.length} records with different text and dates share one id (as a feed or ` +
      'export that repeats an id writes them); each is kept as its own post, ' +
      'told apart by its date (or its text when it has none)',
  }));
  return { ...batch, posts, notes: [...(batch.notes ?? []), ...notes] };
}

/** The id with the post's time, so that an edit at the same time stays one post; else its text. */
function separatedId(post: RawPost): string {
  if (post.publishedAt !== undefined) return `${post.nativeId}@${post.publishedAt.toISOString()}`;
  return `${post.nativeId}#${contentNativeId(post.text, undefined)}`;
}

function isAnotherPost(first: RawPost, post: RawPost): boolean {
  if (post.text === first.text) return false;
  const sameTime = first.publishedAt !== undefined && post.publishedAt !== undefined &&
    first.publishedAt.getTime() === post.publishedAt.getTime();
  return !sameTime;
}
