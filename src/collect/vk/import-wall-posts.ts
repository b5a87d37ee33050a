import { ImportLog, readRecordDate, type ImportContext } from '../import-context.js';
import { isJsonObject, jsonKindOf, stringOrNumber, type JsonObject } from '../json-value.js';
import { cleanText } from '../markup/clean-text.js';
import type { ImportBatch, RawPost, RecordLocation } from '../raw-post.js';
import { attachmentText, sharedLinkOf } from './attachment-text.js';
import { BoardCommentKeys } from './board-comment-keys.js';

/** Posts not (yet) public: scheduled and suggested ones show up in an owner's own `wall.get`. */
const UNPUBLISHED_TYPES = new Set(['postpone', 'suggest']);

interface WallPage {
  readonly items: readonly unknown[];
  readonly path: string;
}

/**
 * Posts from VK API `wall.get` responses: `{response: {count, items}}`, the bare `{count, items}`,
 * a bare array of posts, or an array of saved response pages; and comments from `wall.getComments`
 * responses of the same shapes, with the replies each carries in `thread.items`, and from
 * `board.getComments` (a discussion board's, see `board-comment-keys.ts`). A poll or a shared
 * link in the attachments adds its text; VK Donut (subscribers only) and advertising posts are left
 * out with a count. `from_id`, `signer_id`,
 * `created_by` and the `profiles` of an extended response are not read; `owner_id` is used only
 * inside the native id, which the gate replaces with its keyed hash.
 */
export function importVkWall(document: unknown, context: ImportContext): ImportBatch {
  const log = new ImportLog();
  const posts: RawPost[] = [];
  const left = { withoutText: 0, unpublished: 0, deleted: 0, paid: 0, advertising: 0 };
  const boardKeys = new BoardCommentKeys();

  const readItem = (item: unknown, index: number, path: string): void => {
    const location = { file: context.file, index, path };
    if (isJsonObject(item) && UNPUBLISHED_TYPES.has(String(item.post_type))) {
      left.unpublished += 1;
      return;
    }
    // VK Donut posts are for paying subscribers only: not published, like a private channel's.
    if (isJsonObject(item) && isJsonObject(item.donut) && item.donut.is_donut === true) {
      left.paid += 1;
      return;
    }
    // A paid placement VK marks as an advertisement is the advertiser's, not a resident's voice.
    if (isJsonObject(item) && (item.marked_as_ads === 1 || item.marked_as_ads === true)) {
      left.advertising += 1;
      return;
    }
    const post = wallPostToPost(item, { context, boardKeys }, location, log);
    if (post === 'deleted') left.deleted += 1;
    else if (post === 'no text') left.withoutText += 1;
    else if (post) posts.push(post);
    // wall.getComments carries the replies to a comment inside it, under `thread.items`.
    threadRepliesOf(item).forEach((reply, replyIndex) => {
      readItem(reply, replyIndex, `${path}/thread/items/${replyIndex}`);
    });
  };

  for (const page of pagesOf(document, context, log)) {
    page.items.forEach((item: unknown, index) => readItem(item, index, `${page.path}/${index}`));
  }

  const file = { file: context.file };
  if (left.withoutText > 0) log.note(file, `${postCount(left.withoutText)} without text (media only) left out`);
  if (left.unpublished > 0) log.note(file, `${left.unpublished} scheduled or suggested ${left.unpublished === 1 ? 'post' : 'posts'} left out`);
  if (left.deleted > 0) log.note(file, `${left.deleted} deleted ${left.deleted === 1 ? 'post or comment' : 'posts or comments'} left out`);
  if (left.paid > 0) log.note(file, `${postCount(left.paid)} for paying subscribers (VK Donut) left out: not public`);
  if (left.advertising > 0) log.note(file, `${postCount(left.advertising)} marked as advertising left out`);
  return log.batch('vk', context.file, posts);
}

/** "1 post", "2 posts": the notes are read by people, and "1 posts" read as a mistake. */
function postCount(count: number): string {
  return count === 1 ? '1 post' : `${count} posts`;
}

function pagesOf(document: unknown, context: ImportContext, log: ImportLog): WallPage[] {
  if (isJsonObject(document) && Array.isArray(document.response)) {
    // wall.getById answers with the posts themselves; execute with a page a call.
    const posts = document.response.some((entry: unknown) => isJsonObject(entry) && 'owner_id' in entry);
    return posts ? [{ items: document.response, path: '/response' }] : executePagesOf(document, context, log);
  }
  if (!Array.isArray(document)) return pageOf(document, '');

  const pages = document.flatMap((entry: unknown, index) => pageOf(entry, `/${index}`));
  if (pages.length === 0) return [{ items: document, path: '' }];
  // A script that saves every response keeps the failed ones too (rate limits, access denied):
  // each is named, so that the posts it stands for are not missing without a word.
  document.forEach((entry: unknown, index) => {
    if (pageOf(entry, `/${index}`).length > 0) return;
    log.skip({ file: context.file, index, path: `/${index}` }, notAPageReason(entry));
  });
  return pages;
}

/**
 * The pages of an `execute` response: `{"response": [page, page, false], "execute_errors": [...]}`,
 * one entry a call, `false` for a call that failed, its error listed in `execute_errors` in order.
 * Each failed call is skipped with its place and VK's message, as a saved failed page is.
 */
function executePagesOf(document: JsonObject, context: ImportContext, log: ImportLog): WallPage[] {
  const responses = document.response as readonly unknown[];
  const errors = Array.isArray(document.execute_errors) ? document.execute_errors : [];
  let failed = 0;
  return responses.flatMap((entry: unknown, index) => {
    const path = `/response/${index}`;
    const pages = pageOf({ response: entry }, '').map((page) => ({ ...page, path: `${path}/items` }));
    if (pages.length > 0) return pages;

    const error = entry === false ? errors[failed++] : undefined;
    const reason = isJsonObject(error)
      ? `a failed call of an execute response ("${String(error.error_msg ?? 'no message').slice(0, 200)}"), not a page of posts`
      : notAPageReason(entry);
    log.skip({ file: context.file, index, path }, reason);
    return [];
  });
}

function notAPageReason(entry: unknown): string {
  if (isJsonObject(entry) && isJsonObject(entry.error)) {
    const message = String(entry.error.error_msg ?? 'no message').slice(0, 200);
    return `a VK API error response ("${message}"), not a page of posts`;
  }
  return isJsonObject(entry)
    ? 'response page has no "items" list, neither under "response" nor at the top'
    : `response page is ${jsonKindOf(entry)}, not a JSON object`;
}

function pageOf(value: unknown, path: string): WallPage[] {
  if (!isJsonObject(value)) return [];
  if (isJsonObject(value.response) && Array.isArray(value.response.items)) {
    return [{ items: value.response.items, path: `${path}/response/items` }];
  }
  if (Array.isArray(value.items)) return [{ items: value.items, path: `${path}/items` }];
  return [];
}

/**
 * One wall post. A repost keeps its own (often empty) text in `text` and the reposted post in
 * `copy_history[0]` (itself a repost when the chain is longer): without words of its own it
 * becomes one post that amplifies the original, carrying the original's text for analysis, not a
 * second original. A repost with the sharer's words ("Полностью согласен, акимат молчит") says
 * something of its own, as a listening tool's "Дополненный репост" does: it stays an original,
 * its words before the original's. Read as an amplification, the sharer's opinion left the
 * counts and shares.
 */
function wallPostToPost(
  item: unknown,
  { context, boardKeys }: { context: ImportContext; boardKeys: BoardCommentKeys },
  location: RecordLocation,
  log: ImportLog,
): RawPost | 'no text' | 'deleted' | undefined {
  if (!isJsonObject(item)) {
    log.skip(location, 'wall post is not a JSON object');
    return undefined;
  }
  if (item.is_deleted === true || item.deleted === true) return 'deleted';
  const board = isBoardComment(item);
  if (wallPostId(item) === undefined && !board) {
    log.skip(location, 'wall post has no id or owner_id');
    return undefined;
  }

  const badText = [item, ...copiesOf(item)].find((post) => !isTextOrAbsent(post.text));
  if (badText) {
    log.skip(location, `wall post text is ${jsonKindOf(badText.text)}, expected a string`);
    return undefined;
  }

  const history = copiesOf(item);
  const ownText = textOf(item);
  const originalText = history.map(postText).find((text) => text !== '') ?? '';
  const text = [ownText, attachmentText(item), originalText].filter((part) => part !== '').join('\n\n');
  if (text === '') return 'no text';

  const original = ownText === '' ? history[0] : undefined;
  const sharedLink = ownText === '' && original === undefined ? sharedLinkOf(item) : undefined;
  const date = stringOrNumber(item.date);
  return {
    kind: 'social',
    platform: 'vk',
    nativeId: board ? boardKeys.keyOf(String(stringOrNumber(item.id)), text, date) : wallPostId(item)!,
    text,
    publishedAt: readRecordDate(item.date, context, location, log),
    amplifiesNativeId: original === undefined
      ? sharedLink && `link:${sharedLink}`
      : wallPostId(original),
    parentNativeId: board ? boardKeys.replyTarget(stringOrNumber(item.reply_to_comment)) : commentParentId(item),
    location,
  };
}

/**
 * A comment of a discussion board (`board.getComments`): an id, its writer and a date, but no
 * `owner_id` or `post_id`, which wall posts and wall comments carry. Skipped as wall posts without
 * an owner, a board's every comment was lost.
 */
function isBoardComment(item: JsonObject): boolean {
  return stringOrNumber(item.id) !== undefined && 'from_id' in item && 'date' in item
    && !('owner_id' in item) && !('post_id' in item);
}

/**
 * What a wall.getComments comment answers: the comment it replies to, else the post it is under.
 * Comments share the wall's id sequence with its posts, so both are `owner_id_id`.
 */
function commentParentId(comment: JsonObject): string | undefined {
  const owner = stringOrNumber(comment.owner_id);
  const stack = Array.isArray(comment.parents_stack) ? comment.parents_stack : [];
  const parent = stringOrNumber(comment.reply_to_comment) ?? stringOrNumber(stack.at(-1))
    ?? stringOrNumber(comment.post_id);
  return owner === undefined || parent === undefined ? undefined : `${owner}_${parent}`;
}

function threadRepliesOf(item: unknown): readonly unknown[] {
  if (!isJsonObject(item) || !isJsonObject(item.thread)) return [];
  return Array.isArray(item.thread.items) ? item.thread.items : [];
}

/** `owner_id_id`, as VK itself names a wall post. */
function wallPostId(post: JsonObject): string | undefined {
  const owner = stringOrNumber(post.owner_id);
  const id = stringOrNumber(post.id);
  return owner === undefined || id === undefined ? undefined : `${owner}_${id}`;
}

function textOf(post: JsonObject): string {
  return typeof post.text === 'string' ? cleanText(post.text) : '';
}

/** A post's words with what its attachments say (a poll, a shared link's title). */
function postText(post: JsonObject): string {
  return [textOf(post), attachmentText(post)].filter((part) => part !== '').join('\n\n');
}

function copiesOf(post: JsonObject): JsonObject[] {
  return Array.isArray(post.copy_history) ? post.copy_history.filter(isJsonObject) : [];
}

/** VK writes `text: ""` for a media-only post; anything but a string is a broken record. */
function isTextOrAbsent(text: unknown): boolean {
  return text === undefined || text === null || typeof text === 'string';
}
