import { ImportLog, readRecordDate, type ImportContext } from '../import-context.js';
import { isJsonObject, stringOrNumber, type JsonObject } from '../json-value.js';
import type { ImportBatch, RawPost, RecordLocation } from '../raw-post.js';
import { commentText } from './comment-text.js';
import { videoToPost } from './video-post.js';

/**
 * Comments from YouTube Data API v3 `commentThreads.list` and `comments.list` responses, and videos
 * from `videos.list` and `search.list` ones (see `video-post.ts`): one response page, or an array
 * of pages as a collector saves them, of any of these calls. Each thread gives its top-level comment (answering the
 * video) and the replies the page carries (answering that comment). `authorDisplayName`,
 * `authorChannelId`, `authorChannelUrl` and `authorProfileImageUrl` are not read.
 *
 * LIMITATION: a thread page carries at most a few replies (`totalReplyCount` may be higher);
 * the rest need `comments.list` by parent id, which a file importer cannot call.
 */
export function importYoutubeCommentThreads(
  document: unknown,
  context: ImportContext,
): ImportBatch {
  const log = new ImportLog();
  const posts: RawPost[] = [];
  const pages = Array.isArray(document) ? document : [document];
  const withheld: Withheld = { comments: 0 };
  let notVideos = 0;

  pages.forEach((page: unknown, pageIndex) => {
    const pagePath = Array.isArray(document) ? `/${pageIndex}` : '';
    if (!isJsonObject(page) || !Array.isArray(page.items)) {
      const location = { file: context.file, index: pageIndex, path: pagePath };
      log.skip(location, notAPageReason(page));
      return;
    }
    page.items.forEach((item: unknown, itemIndex) => {
      const itemPath = `${pagePath}/items/${itemIndex}`;
      if (isJsonObject(item) && VIDEO_KINDS.has(String(item.kind))) {
        const location = { file: context.file, index: itemIndex, path: itemPath };
        const post = videoToPost(item, context, location, log);
        if (post === 'not a video') notVideos += 1;
        else if (post) posts.push(post);
        return;
      }
      if (isJsonObject(item) && item.kind === 'youtube#comment') {
        const location = { file: context.file, index: itemIndex, path: itemPath };
        const post = listedCommentToPost(item, context, location, log, withheld);
        if (post) posts.push(post);
        return;
      }
      posts.push(...threadToPosts(item, { index: itemIndex, path: itemPath }, context, log, withheld));
    });
  });

  if (notVideos > 0) log.note({ file: context.file }, `${notVideos} search results that are channels or playlists left out`);
  if (withheld.comments > 0) log.note({ file: context.file }, withheldNote(withheld.comments));
  return log.batch('youtube', context.file, posts);
}

/** Comments left out because the channel's owner has not let the public see them. */
export interface Withheld {
  comments: number;
}

/**
 * The moderation states of a comment nobody but the channel's owner and its writer can see. The
 * API gives `moderationStatus` only to the owner (a channel's own export, a tool holding its
 * login), and such an export lists comments held for review, likely spam and rejected ones beside
 * the published: what was never published is no public opinion, as VK's suggested posts are not.
 */
const NOT_PUBLIC_STATES: ReadonlySet<string> = new Set(['heldForReview', 'likelySpam', 'rejected']);

function isWithheld(snippet: JsonObject): boolean {
  return typeof snippet.moderationStatus === 'string' && NOT_PUBLIC_STATES.has(snippet.moderationStatus);
}

/** The note on comments left out as not visible to the public. */
export function withheldNote(count: number): string {
  const comments = count === 1 ? '1 comment' : `${count} comments`;
  return `${comments} not visible to the public (held for review, likely spam or rejected by the ` +
    "channel's owner, or in a thread that is not public) left out";
}

const VIDEO_KINDS = new Set(['youtube#video', 'youtube#searchResult']);

function threadToPosts(
  thread: unknown,
  { index, path }: { readonly index: number; readonly path: string },
  context: ImportContext,
  log: ImportLog,
  withheld: Withheld,
): RawPost[] {
  const snippet = isJsonObject(thread) ? thread.snippet : undefined;
  if (!isJsonObject(thread) || !isJsonObject(snippet) || !isJsonObject(snippet.topLevelComment)) {
    log.skip({ file: context.file, index, path }, 'comment thread has no snippet.topLevelComment');
    return [];
  }
  const replyList = isJsonObject(thread.replies) ? thread.replies.comments : undefined;
  const replies = Array.isArray(replyList) ? replyList : [];
  // `isPublic: false`: the thread and its replies are seen by the owner alone.
  if (snippet.isPublic === false) {
    withheld.comments += 1 + replies.length;
    return [];
  }

  const posts: RawPost[] = [];
  const topPath = `${path}/snippet/topLevelComment`;
  const videoId = stringOrNumber(snippet.videoId);
  const topLocation = { file: context.file, index, path: topPath };
  const top = commentToPost(snippet.topLevelComment, videoId, context, topLocation, log, withheld);
  if (top) posts.push(top);

  replies.forEach((reply: unknown, replyIndex) => {
    const location = { file: context.file, index, path: `${path}/replies/comments/${replyIndex}` };
    const parentId = stringOrNumber(snippetOf(reply)?.parentId) ?? top?.nativeId;
    const post = commentToPost(reply, parentId, context, location, log, withheld);
    if (post) posts.push(post);
  });
  return posts;
}

/**
 * A comment of a `comments.list` page, the call that fetches the replies a thread page leaves out:
 * it answers the comment its `parentId` names, or, when it is a top-level comment, the video.
 */
function listedCommentToPost(
  comment: JsonObject,
  context: ImportContext,
  location: RecordLocation,
  log: ImportLog,
  withheld: Withheld,
): RawPost | undefined {
  const snippet = snippetOf(comment);
  const parentId = stringOrNumber(snippet?.parentId) ?? stringOrNumber(snippet?.videoId);
  return commentToPost(comment, parentId, context, location, log, withheld);
}

/**
 * One comment, or undefined when it is skipped (into `log`) or not visible to the public (counted
 * in `withheld`).
 */
export function commentToPost(
  comment: unknown,
  parentNativeId: string | undefined,
  context: ImportContext,
  location: RecordLocation,
  log: ImportLog,
  withheld: Withheld,
): RawPost | undefined {
  const snippet = snippetOf(comment);
  const id = isJsonObject(comment) ? stringOrNumber(comment.id) : undefined;
  if (id === undefined || snippet === undefined) {
    log.skip(location, 'comment has no id or no snippet');
    return undefined;
  }
  if (isWithheld(snippet)) {
    withheld.comments += 1;
    return undefined;
  }

  const text = commentText(snippet);
  if (text === '') {
    log.skip(location, 'comment has no text (neither textOriginal nor textDisplay)');
    return undefined;
  }

  return {
    kind: 'social',
    platform: 'youtube',
    nativeId: id,
    text,
    publishedAt: readRecordDate(snippet.publishedAt, context, location, log),
    parentNativeId,
    location,
  };
}

function snippetOf(comment: unknown): JsonObject | undefined {
  return isJsonObject(comment) && isJsonObject(comment.snippet) ? comment.snippet : undefined;
}

/** Why a saved page holds no comments: a failed request (quota, disabled comments) is named. */
function notAPageReason(page: unknown): string {
  if (isJsonObject(page) && isJsonObject(page.error)) {
    const message = String(page.error.message ?? 'no message').slice(0, 200);
    return `a YouTube API error response ("${message}"), not a page of comments`;
  }
  return 'response page has no "items" array';
}
