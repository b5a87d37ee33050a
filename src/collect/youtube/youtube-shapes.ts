import { isJsonObject, type JsonObject } from '../json-value.js';

const YOUTUBE_PAGE_KINDS = new Set([
  'youtube#commentThreadListResponse', 'youtube#commentListResponse', 'youtube#videoListResponse',
  'youtube#searchListResponse',
]);
const YOUTUBE_ITEM_KINDS = new Set(['youtube#commentThread', 'youtube#comment', 'youtube#video', 'youtube#searchResult']);

/** A `commentThreads.list`, `comments.list`, `videos.list` or `search.list` answer. */
export function isYoutubePage(value: JsonObject): boolean {
  if (YOUTUBE_PAGE_KINDS.has(String(value.kind))) return true;
  const first: unknown = Array.isArray(value.items) ? value.items[0] : undefined;
  return isJsonObject(first) && isYoutubeItem(first);
}

/** One item of such an answer: a comment thread, a comment, a video or a search result. */
export function isYoutubeItem(value: JsonObject): boolean {
  return YOUTUBE_ITEM_KINDS.has(String(value.kind));
}
