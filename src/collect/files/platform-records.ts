import type { ImportContext } from '../import-context.js';
import type { JsonObject } from '../json-value.js';
import type { ImportBatch, RecordLocation } from '../raw-post.js';
import { importVkWall } from '../vk/import-wall-posts.js';
import { isVkPage, isVkPost } from '../vk/vk-wall-shapes.js';
import { importYoutubeCommentThreads } from '../youtube/import-comment-threads.js';
import { isYoutubeItem, isYoutubePage } from '../youtube/youtube-shapes.js';

/**
 * A record of JSON Lines or of a JSON list that is a platform's own answer or one item of it:
 * scripts save each VK `wall.get` answer, or each of its posts, as a line, and YouTube's comment
 * threads one a line or as a bare list. Read by their field names, a VK repost lost the post it
 * copies, a repost without words of its own was skipped for want of text, a deleted post was
 * skipped as broken and every post was put on `other` under another key than the same post
 * collected; a YouTube thread had no text at all. Each is now read by its platform's importer,
 * its posts, skips and notes placed at the record. Undefined for any other record.
 */
export function platformRecordBatch(
  record: JsonObject,
  context: ImportContext,
  location: RecordLocation,
): ImportBatch | undefined {
  if (isVkPage(record)) return relocated(importVkWall(record, context), location, '');
  if (isVkPost(record)) return relocated(importVkWall([record], context), location, '/0');
  if (isYoutubePage(record)) return relocated(importYoutubeCommentThreads(record, context), location, '');
  if (isYoutubeItem(record)) {
    return relocated(importYoutubeCommentThreads({ items: [record] }, context), location, '/items/0');
  }
  return undefined;
}

/**
 * The batch with every place inside the record put after the record's own: the line of JSON
 * Lines or the list element, then the path within it (`/replies/comments/1`). `wrapper` is the
 * path of the list the record was put in to be read.
 */
function relocated(batch: ImportBatch, record: RecordLocation, wrapper: string): ImportBatch {
  const place = (inner: RecordLocation): RecordLocation => {
    const inside = inner.path ?? '';
    const path = inside === wrapper || inside.startsWith(`${wrapper}/`) ? inside.slice(wrapper.length) : inside;
    const joined = `${record.path ?? ''}${path}`;
    return joined === '' ? record : { ...record, path: joined };
  };
  return {
    ...batch,
    posts: batch.posts.map((post) => ({ ...post, location: place(post.location) })),
    skipped: batch.skipped.map((skip) => ({ ...skip, location: place(skip.location) })),
    notes: batch.notes?.map((note) => ({ ...note, location: place(note.location) })),
  };
}
