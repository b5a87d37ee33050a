import { itemsList, listedItems } from '../fetcher/json-answer.js';
import type { ImportContext } from '../import-context.js';
import { isJsonObject, type JsonObject } from '../json-value.js';
import type { CollectContext, CollectedBatch, LiveSource } from '../live-source.js';
import type { ImportBatch, RawPost, SkippedRecord } from '../raw-post.js';
import { importVkWall } from './import-wall-posts.js';
import { VkApi, type VkApiSettings } from './vk-api.js';

export interface VkSourceOptions extends Omit<VkApiSettings, 'retries' | 'pauseMs'> {
  readonly id: string;
  /** A wall (`-123` for a community, `123` for a page, or its short name) or `search:words`. */
  readonly location: string;
  readonly maxPages: number;
  readonly retries?: number;
  readonly pauseMs?: number;
}

interface VkCursor {
  /** wall.get: the highest post id collected, pinned posts aside. */
  readonly lastId?: number;
  /** newsfeed.search: the newest post time collected, in Unix seconds. */
  readonly since?: number;
}

const WALL_PAGE = 100;
const SEARCH_PAGE = 200;

/**
 * A VK wall through `wall.get`, or a keyword search over public posts through
 * `newsfeed.search`. Posts are read newest first down to the cursor. `from_id`, `signer_id` and
 * profiles are never read; a repost without words of its own becomes an amplification of the
 * post it copies.
 */
export class VkSource implements LiveSource {
  readonly id: string;
  readonly platform = 'vk' as const;
  readonly #options: VkSourceOptions;

  constructor(options: VkSourceOptions) {
    this.id = options.id;
    this.#options = options;
  }

  async collect(cursor: unknown, context: CollectContext): Promise<CollectedBatch> {
    const previous: VkCursor = isJsonObject(cursor) ? (cursor as VkCursor) : {};
    const api = new VkApi(context.fetcher, { retries: 3, pauseMs: 1000, ...this.#options });
    const importContext = { file: `vk ${this.#options.location}`, timezone: context.timezone, now: context.now };
    const location = this.#options.location.trim();
    const result = location.startsWith('search:')
      ? await this.#search(api, location.slice(7).trim(), previous, importContext)
      : await this.#wall(api, location, previous, importContext);
    return { ...result.batch, sourceLabel: `vk ${location}`, cursor: result.cursor };
  }

  async #wall(api: VkApi, wall: string, previous: VkCursor, context: ImportContext): Promise<{ batch: ImportBatch; cursor: VkCursor }> {
    const lastId = previous.lastId ?? 0;
    const items: JsonObject[] = [];
    const unnumbered: SkippedRecord[] = [];
    // The first run reads maxPages back by design; a later one should reach its cursor.
    let reachedCursor = lastId === 0;
    for (let page = 0; page < this.#options.maxPages; page++) {
      const offset = page * WALL_PAGE;
      const response = await api.call('wall.get', { ...wallParameter(wall), count: String(WALL_PAGE), offset: String(offset) });
      const listed = rawItemsOf(response, 'wall.get');
      const pageItems = listed.filter(hasPostNumber);
      listed.forEach((item, index) => {
        if (!hasPostNumber(item)) unnumbered.push(unnumberedPost(item, context, offset + index));
      });
      items.push(...pageItems);
      // A pinned post can be years old; it says nothing about how far down the wall the run is.
      const reached = pageItems.some((item) => item.is_pinned !== 1 && Number(item.id) <= lastId);
      if (reached || pageItems.length < WALL_PAGE) {
        reachedCursor = true;
        break;
      }
    }
    const fresh = items.filter((item) => Number(item.id) > lastId);
    const ids = fresh.filter((item) => item.is_pinned !== 1).map((item) => Number(item.id));
    const newest = Math.max(lastId, ...ids);
    const read = importVkWall({ response: { items: fresh } }, context);
    const batch = { ...read, skipped: [...unnumbered, ...read.skipped] };
    if (reachedCursor || ids.length === 0) return { batch, cursor: { lastId: newest } };
    const note = { location: { file: context.file }, note: this.#gapNote(lastId, Math.min(...ids)) };
    return { batch: { ...batch, notes: [...(batch.notes ?? []), note] }, cursor: { lastId: newest } };
  }

  /**
   * LIMITATION: after a pause longer than `maxPages` pages the posts between are not read later
   * either (the cursor moves to the newest); a second cursor for the gap would lift it.
   */
  #gapNote(lastId: number, oldestRead: number): string {
    const pages = this.#options.maxPages === 1 ? '1 page' : `${this.#options.maxPages} pages`;
    return `stopped after ${pages} before reaching post ${lastId}, the last collected: posts ` +
      `${lastId + 1} to ${oldestRead - 1} are not read; raise maxPages to read further back`;
  }

  async #search(api: VkApi, query: string, previous: VkCursor, context: ImportContext): Promise<{ batch: ImportBatch; cursor: VkCursor }> {
    const items: JsonObject[] = [];
    let startFrom: string | undefined;
    for (let page = 0; page < this.#options.maxPages; page++) {
      const parameters: Record<string, string> = { q: query, count: String(SEARCH_PAGE) };
      // Inclusive: posts of the cursor's very second come again and are known by their ids.
      if (previous.since !== undefined) parameters.start_time = String(previous.since);
      if (startFrom) parameters.start_from = startFrom;
      const response = await api.call('newsfeed.search', parameters);
      items.push(...itemsOf(response, 'newsfeed.search'));
      const body = isJsonObject(response.response) ? response.response : {};
      startFrom = typeof body.next_from === 'string' && body.next_from !== '' ? body.next_from : undefined;
      if (startFrom === undefined) break;
    }
    // A date past tomorrow (a clock gone wrong, a 1e30) would be a cursor no later post reaches.
    const latest = Math.floor(context.now.getTime() / 1000) + 86_400;
    const dates = items.map((item) => Number(item.date)).filter((date) => Number.isSafeInteger(date) && date <= latest);
    const newest = Math.max(previous.since ?? 0, ...dates);
    const batch = importVkWall({ response: { items } }, context);
    return { batch: { ...batch, posts: uniqueById(batch.posts) }, cursor: { since: newest || undefined } };
  }
}

function wallParameter(wall: string): Record<string, string> {
  if (/^-?\d+$/.test(wall)) return { owner_id: wall };
  const community = /^(?:club|public)(\d+)$/.exec(wall);
  if (community) return { owner_id: `-${community[1]}` };
  return { domain: wall.replace(/^https?:\/\/vk\.com\//, '') };
}

function itemsOf(response: JsonObject, method: string): JsonObject[] {
  const body = isJsonObject(response.response) ? response.response : {};
  return itemsList(body, `vk ${method}`, 'its response');
}

/** The page's items as VK listed them, what is not a post included, to be counted as skipped. */
function rawItemsOf(response: JsonObject, method: string): unknown[] {
  const body = isJsonObject(response.response) ? response.response : {};
  return listedItems(body, `vk ${method}`, 'its response');
}

/**
 * A wall post numbered as VK numbers them: a whole number from 1 that a double holds exactly.
 * Without one an item was dropped by the cursor's comparison and not counted; an id such as
 * 1e30 became the cursor, and every later post, numbered below it, was never collected.
 */
function hasPostNumber(item: unknown): item is JsonObject {
  if (!isJsonObject(item)) return false;
  const id = typeof item.id === 'string' && /^\d+$/.test(item.id) ? Number(item.id) : item.id;
  return typeof id === 'number' && Number.isSafeInteger(id) && id > 0;
}

function unnumberedPost(item: unknown, context: ImportContext, index: number): SkippedRecord {
  const reason = isJsonObject(item)
    ? `wall post has no whole-number id (${JSON.stringify(item.id ?? null)}); skipped, the cursor left as it was`
    : 'wall item is not a JSON object; skipped';
  return { location: { file: context.file, index }, reason };
}

function uniqueById(posts: readonly RawPost[]): RawPost[] {
  return [...new Map(posts.map((post) => [post.nativeId, post])).values()];
}
