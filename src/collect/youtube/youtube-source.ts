import { ImportLog, type ImportContext } from '../import-context.js';
import { isJsonObject, stringOrNumber, type JsonObject } from '../json-value.js';
import type { CollectContext, CollectedBatch, LiveSource } from '../live-source.js';
import type { RawPost } from '../raw-post.js';
import { commentToPost, importYoutubeCommentThreads, withheldNote } from './import-comment-threads.js';
import { QuotaBudgetReached, YoutubeApi, YoutubeApiError, type QuotaUse } from './youtube-api.js';

export interface YoutubeSourceOptions {
  readonly id: string;
  /** `UC…` (a channel's videos), `search:words` (a search's videos) or `video:ID`. */
  readonly location: string;
  readonly baseUrl: string;
  readonly apiKey: string;
  readonly dailyBudget: number;
  /** Newest videos whose comments are read per run. */
  readonly maxVideos: number;
  /** Comment pages read per video per run. */
  readonly maxPages: number;
}

interface YoutubeCursor {
  readonly quota?: QuotaUse;
  readonly uploads?: string;
  /** Per video: the newest top-level comment time collected, once a run read down to it. */
  readonly videos: Readonly<Record<string, string>>;
}

/**
 * Answers about one video, not about the key or the quota: the uploads list of a channel names
 * private and members-only videos too, and a video can be deleted between two calls. The other
 * videos are read; the notes say which were not.
 */
const UNREADABLE_VIDEOS: ReadonlyMap<string, string> = new Map([
  ['commentsDisabled', 'comments are disabled on this video'],
  ['forbidden', 'comments cannot be read (forbidden: the video is private, members-only or restricted); skipped'],
  ['videoNotFound', 'comments cannot be read (videoNotFound: the video is deleted or private); skipped'],
]);

/** A thread deleted or hidden between its page and its replies' call; its page's replies stay. */
const UNREADABLE_THREADS: ReadonlyMap<string, string> = new Map([
  ['commentNotFound', 'replies cannot be read (commentNotFound: the thread was deleted or hidden); the ones on the thread page are kept'],
  ['forbidden', 'replies cannot be read (forbidden: the thread is restricted); the ones on the thread page are kept'],
]);

type Target = { kind: 'channel'; channelId: string } | { kind: 'search'; query: string } | { kind: 'video'; videoId: string };

/**
 * Comments under a YouTube channel's or search's newest videos, through the Data API v3:
 * `commentThreads.list` for the threads, `comments.list` for the replies a thread page leaves out.
 * Authors' names, channel ids, avatars and profile links are never read.
 *
 * LIMITATION: a video's threads are read newest first down to the last collected one; a new
 * reply under an older thread is not seen. Reading `updatedAt` order would need the whole list.
 */
export class YoutubeSource implements LiveSource {
  readonly id: string;
  readonly platform = 'youtube' as const;
  readonly #options: YoutubeSourceOptions;
  readonly #target: Target;

  constructor(options: YoutubeSourceOptions) {
    this.id = options.id;
    this.#options = options;
    this.#target = targetOf(options.location, options.id);
  }

  async collect(cursor: unknown, context: CollectContext): Promise<CollectedBatch> {
    const previous = readCursor(cursor);
    const api = new YoutubeApi(context.fetcher, { ...this.#options, dailyBudget: this.#options.dailyBudget }, previous.quota, context.now);
    const log = new ImportLog();
    const posts = new Map<string, RawPost>();
    const videos: Record<string, string> = { ...previous.videos };
    let uploads = previous.uploads;

    try {
      if (this.#target.kind === 'channel' && uploads === undefined) uploads = await uploadsPlaylist(api, this.#target.channelId);
      for (const videoId of await this.#videoIds(api, uploads)) {
        const newest = await this.#collectVideo(api, videoId, videos[videoId], context, log, posts);
        if (newest !== undefined) videos[videoId] = newest;
      }
    } catch (error) {
      if (!(error instanceof QuotaBudgetReached)) throw error;
      log.note({ file: this.#options.location }, error.message);
    }

    return {
      format: 'youtube-api',
      sourceLabel: `youtube ${this.#options.location}`,
      posts: [...posts.values()],
      skipped: log.skipped,
      notes: log.notes,
      cursor: { quota: api.quota, uploads, videos } satisfies YoutubeCursor,
    };
  }

  async #videoIds(api: YoutubeApi, uploads: string | undefined): Promise<string[]> {
    const max = String(Math.min(50, this.#options.maxVideos));
    const target = this.#target;
    if (target.kind === 'video') return [target.videoId];
    if (target.kind === 'search') {
      const page = await api.call('search', { part: 'id', q: target.query, type: 'video', order: 'date', maxResults: max });
      return itemsOf(page).map((item) => (isJsonObject(item.id) ? stringOrNumber(item.id.videoId) : undefined)).filter(isDefined);
    }
    if (uploads === undefined) return [];
    const page = await api.call('playlistItems', { part: 'contentDetails', playlistId: uploads, maxResults: max });
    return itemsOf(page)
      .map((item) => (isJsonObject(item.contentDetails) ? stringOrNumber(item.contentDetails.videoId) : undefined))
      .filter(isDefined);
  }

  /** Reads a video's threads down to `since`; returns the new newest time once it got there. */
  async #collectVideo(
    api: YoutubeApi,
    videoId: string,
    since: string | undefined,
    context: CollectContext,
    log: ImportLog,
    posts: Map<string, RawPost>,
  ): Promise<string | undefined> {
    let pageToken: string | undefined;
    let newest: string | undefined;
    for (let page = 0; page < this.#options.maxPages; page++) {
      const parameters: Record<string, string> = {
        part: 'snippet,replies', videoId, maxResults: '100', order: 'time', textFormat: 'plainText',
      };
      if (pageToken) parameters.pageToken = pageToken;
      let response: JsonObject;
      try {
        response = await api.call('commentThreads', parameters);
      } catch (error) {
        const unreadable = error instanceof YoutubeApiError ? UNREADABLE_VIDEOS.get(error.reason) : undefined;
        if (unreadable !== undefined) {
          log.note({ file: `youtube video ${videoId}` }, unreadable);
          return since;
        }
        throw error;
      }

      const importContext = { file: `youtube commentThreads ${videoId} page ${page + 1}`, timezone: context.timezone, now: context.now };
      const batch = importYoutubeCommentThreads(response, importContext);
      log.skipped.push(...batch.skipped);
      const times = topLevelTimes(response, context.now);
      newest ??= times[0];
      for (const post of batch.posts) if (!posts.has(post.nativeId)) posts.set(post.nativeId, post);
      await this.#collectMissingReplies(api, response, importContext, context, log, posts);

      pageToken = typeof response.nextPageToken === 'string' ? response.nextPageToken : undefined;
      const reachedCursor = since !== undefined && times.some((time) => time <= since);
      if (reachedCursor || pageToken === undefined) return maxTime(newest, since);
    }
    // Stopped by the page limit before reaching the cursor: the next run reads from the top again.
    return since;
  }

  async #collectMissingReplies(
    api: YoutubeApi,
    response: JsonObject,
    importContext: ImportContext,
    context: CollectContext,
    log: ImportLog,
    posts: Map<string, RawPost>,
  ): Promise<void> {
    for (const thread of itemsOf(response)) {
      const threadId = stringOrNumber(thread.id);
      const snippet = isJsonObject(thread.snippet) ? thread.snippet : undefined;
      const total = Number(snippet?.totalReplyCount ?? 0);
      const included = isJsonObject(thread.replies) && Array.isArray(thread.replies.comments) ? thread.replies.comments.length : 0;
      if (threadId === undefined || total <= included) continue;
      await this.#collectReplies(api, threadId, { ...importContext, file: `youtube comments ${threadId}` }, context, log, posts);
    }
  }

  async #collectReplies(
    api: YoutubeApi,
    threadId: string,
    importContext: ImportContext,
    context: CollectContext,
    log: ImportLog,
    posts: Map<string, RawPost>,
  ): Promise<void> {
    let pageToken: string | undefined;
    for (let page = 0; page < this.#options.maxPages; page++) {
      const parameters: Record<string, string> = { part: 'snippet', parentId: threadId, maxResults: '100', textFormat: 'plainText' };
      if (pageToken) parameters.pageToken = pageToken;
      let response: JsonObject;
      try {
        response = await api.call('comments', parameters);
      } catch (error) {
        const unreadable = error instanceof YoutubeApiError ? UNREADABLE_THREADS.get(error.reason) : undefined;
        if (unreadable === undefined) throw error;
        log.note({ file: importContext.file }, unreadable);
        return;
      }
      const withheld = { comments: 0 };
      const listed = Array.isArray(response.items) ? (response.items as unknown[]) : [];
      listed.forEach((comment, index) => {
        const location = { file: importContext.file, index, path: `/items/${index}` };
        if (!isJsonObject(comment)) {
          log.skip(location, 'reply is not a JSON object; skipped');
          return;
        }
        const post = commentToPost(comment, threadId, importContext, location, log, withheld);
        if (post && !posts.has(post.nativeId) && !context.isStored('youtube', post.nativeId)) posts.set(post.nativeId, post);
      });
      if (withheld.comments > 0) log.note({ file: importContext.file }, withheldNote(withheld.comments));
      pageToken = typeof response.nextPageToken === 'string' ? response.nextPageToken : undefined;
      if (pageToken === undefined) return;
    }
  }
}

async function uploadsPlaylist(api: YoutubeApi, channelId: string): Promise<string> {
  const response = await api.call('channels', { part: 'contentDetails', id: channelId });
  const details = itemsOf(response)[0]?.contentDetails;
  const playlists = isJsonObject(details) ? details.relatedPlaylists : undefined;
  const uploads = isJsonObject(playlists) ? stringOrNumber(playlists.uploads) : undefined;
  if (uploads === undefined) throw new Error(`youtube: channel ${channelId} not found or has no uploads list`);
  return uploads;
}

function targetOf(location: string, id: string): Target {
  const trimmed = location.trim();
  if (trimmed.startsWith('search:')) return { kind: 'search', query: trimmed.slice(7).trim() };
  if (trimmed.startsWith('video:')) return { kind: 'video', videoId: trimmed.slice(6).trim() };
  const channel = trimmed.replace(/^channel:/, '').trim();
  if (/^UC[\w-]{22}$/.test(channel)) return { kind: 'channel', channelId: channel };
  throw new Error(`youtube source ${id}: "${location}" is neither a channel id (UC…), search:words nor video:ID`);
}

function readCursor(cursor: unknown): YoutubeCursor {
  if (!isJsonObject(cursor)) return { videos: {} };
  const quota = isJsonObject(cursor.quota) && typeof cursor.quota.day === 'string' && typeof cursor.quota.used === 'number'
    ? { day: cursor.quota.day, used: cursor.quota.used }
    : undefined;
  const videos = isJsonObject(cursor.videos) ? (cursor.videos as Record<string, string>) : {};
  return { quota, uploads: typeof cursor.uploads === 'string' ? cursor.uploads : undefined, videos };
}

function itemsOf(response: JsonObject): JsonObject[] {
  return Array.isArray(response.items) ? response.items.filter(isJsonObject) : [];
}

/** Top-level comment times of a thread page, newest first as `order=time` gives them. */
/**
 * The threads' times that can be a video's cursor: instants no later than a day after `now`. A
 * time of 9999, or text that is no time ("zzz" sorts after every one), became the cursor, and
 * every later run stopped at the first page, the older pages of a busy video never read.
 */
function topLevelTimes(response: JsonObject, now: Date): string[] {
  const latest = now.getTime() + 86_400_000;
  return itemsOf(response)
    .map((thread) => {
      const top = isJsonObject(thread.snippet) ? thread.snippet.topLevelComment : undefined;
      const snippet = isJsonObject(top) && isJsonObject(top.snippet) ? top.snippet : undefined;
      return typeof snippet?.publishedAt === 'string' ? snippet.publishedAt : undefined;
    })
    .filter(isDefined)
    .filter((time) => /^\d{4}-\d\d-\d\dT/.test(time) && Date.parse(time) <= latest);
}

function maxTime(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return a > b ? a : b;
}

function isDefined<T>(value: T | undefined): value is T {
  return value !== undefined;
}
