import { decodeHTML } from 'entities';

import { readRecordDate, type ImportContext, type ImportLog } from '../import-context.js';
import { isJsonObject, stringOrNumber, type JsonObject } from '../json-value.js';
import { cleanText } from '../markup/clean-text.js';
import type { RawPost, RecordLocation } from '../raw-post.js';

/**
 * A video of a `videos.list` or `search.list` page as a post of the platform `youtube`, keyed by
 * its video id, the id its comments answer: the title, then the description. `search.list`
 * writes both HTML-escaped (`&quot;`, `&#39;`), `videos.list` as typed. The channel's title and
 * id are not read. A search result that is a channel or a playlist is no post: 'not a video'.
 */
export function videoToPost(
  item: JsonObject,
  context: ImportContext,
  location: RecordLocation,
  log: ImportLog,
): RawPost | 'not a video' | undefined {
  const searchResult = item.kind === 'youtube#searchResult';
  const id = searchResult ? videoIdOfSearchResult(item.id) : stringOrNumber(item.id);
  if (searchResult && id === undefined && isJsonObject(item.id) && item.id.kind !== 'youtube#video') return 'not a video';

  const snippet = isJsonObject(item.snippet) ? item.snippet : undefined;
  if (id === undefined || snippet === undefined) {
    log.skip(location, 'video has no id or no snippet');
    return undefined;
  }
  const read = (value: unknown) => typeof value === 'string' ? cleanText(searchResult ? decodeHTML(value) : value) : '';
  const text = [read(snippet.title), read(snippet.description)].filter((part) => part !== '').join('\n');
  if (text === '') {
    log.skip(location, 'video has neither a title nor a description');
    return undefined;
  }

  return {
    kind: 'social',
    platform: 'youtube',
    nativeId: String(id),
    text,
    publishedAt: readRecordDate(snippet.publishedAt, context, location, log),
    declaredLanguage: typeof snippet.defaultLanguage === 'string' ? snippet.defaultLanguage : undefined,
    location,
  };
}

function videoIdOfSearchResult(id: unknown): string | number | undefined {
  return isJsonObject(id) && id.kind === 'youtube#video' ? stringOrNumber(id.videoId) : undefined;
}
