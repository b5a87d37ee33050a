import { ImportLog } from '../import-context.js';
import { isJsonObject } from '../json-value.js';
import type { CollectContext, CollectedBatch, LiveSource } from '../live-source.js';
import type { RawPost } from '../raw-post.js';
import { readChannelPreview, type PreviewMessage } from './channel-preview.js';
import { noteIgnored, type Ignored } from './import-telegram-export.js';
import { previewMessageToPost } from './preview-message-post.js';

export interface ChannelSourceOptions {
  readonly id: string;
  /** The channel's public name, as in t.me/NAME. */
  readonly channel: string;
  /** Where the preview pages live; `https://t.me` unless a test or mirror says otherwise. */
  readonly baseUrl: string;
  /** Older pages read per run at most: the first run's backfill, or a gap after downtime. */
  readonly maxPages: number;
}

interface ChannelCursor {
  /** The highest message number collected. */
  readonly lastId: number;
}

const CHANNEL_NAME = /^@?([A-Za-z][A-Za-z0-9_]{3,63})$/;
/** A channel named by its address, as people copy it: `t.me/NAME`, `https://telegram.me/s/NAME/`. */
const CHANNEL_ADDRESS = /^(?:https?:\/\/)?(?:www\.)?(?:t|telegram)\.me\/(?:s\/)?/i;

/**
 * A public Telegram channel read through its web preview (`/s/NAME`), newest page first, then
 * older pages with `?before=` until the last message collected is reached. Each message is a
 * resident's post of the platform `telegram`: no channel link, no sender, no signature.
 */
export class ChannelSource implements LiveSource {
  readonly id: string;
  readonly platform = 'telegram' as const;
  readonly #options: ChannelSourceOptions;
  readonly #channel: string;

  constructor(options: ChannelSourceOptions) {
    const match = CHANNEL_NAME.exec(options.channel.trim().replace(CHANNEL_ADDRESS, '').replace(/\/+$/, ''));
    if (!match) {
      throw new Error(`telegram source ${options.id}: "${options.channel}" is not a public channel name`);
    }
    this.id = options.id;
    this.#options = options;
    this.#channel = match[1]!;
  }

  async collect(cursor: unknown, context: CollectContext): Promise<CollectedBatch> {
    const lastId = isJsonObject(cursor) && typeof cursor.lastId === 'number' ? cursor.lastId : 0;
    const log = new ImportLog();
    const fresh: { message: PreviewMessage; page: string }[] = [];
    const ignored: Ignored = { service: 0, withoutText: 0 };
    let before: number | undefined;
    // The first run reads maxPages back by design; a later one should reach its cursor.
    let reachedCursor = lastId === 0;

    for (let page = 0; page < this.#options.maxPages; page++) {
      const url = this.#pageUrl(before);
      const document = await context.fetcher.fetchText({ url, accept: 'text/html' });
      const preview = readChannelPreview(document.text.text);
      // An older page without a list is the end of the channel; the newest one without a list
      // is no channel preview at all.
      if (!preview.hasHistory && page === 0) throw this.#noPreview(document.url);
      if (!preview.hasHistory) {
        reachedCursor = true;
        break;
      }
      if (preview.unreadable > 0) {
        log.skip({ file: url }, `${preview.unreadable} messages without a readable data-post`);
      }
      const newer = preview.messages.filter((message) => message.id > lastId);
      ignored.service += preview.serviceIds.filter((id) => id > lastId).length;
      fresh.push(...newer.map((message) => ({ message, page: url })));

      const oldest = preview.messages[0]?.id;
      if (oldest === undefined || oldest <= lastId + 1 || preview.before === undefined) {
        reachedCursor = true;
        break;
      }
      before = Math.min(preview.before, oldest);
    }
    const label = `t.me/${this.#channel}`;
    if (!reachedCursor && before !== undefined) log.note({ file: label }, this.#gapNote(lastId, before));

    const unique = new Map(fresh.map((entry) => [entry.message.id, entry]));
    const posts: RawPost[] = [];
    for (const { message, page } of [...unique.values()].sort((a, b) => a.message.id - b.message.id)) {
      const post = this.#toPost(message, page, context, log);
      if (post) posts.push(post);
      else ignored.withoutText++;
    }
    const newest = Math.max(lastId, ...[...unique.keys()]);
    noteIgnored(ignored, { file: label, timezone: context.timezone, now: context.now }, log);
    return { format: 'telegram-preview', sourceLabel: label, posts, skipped: log.skipped, notes: log.notes, cursor: { lastId: newest } satisfies ChannelCursor };
  }

  /**
   * LIMITATION: after a pause longer than `maxPages` pages the messages between are not read
   * later either (the cursor moves to the newest); a second cursor for the gap would lift it.
   */
  #gapNote(lastId: number, oldestRead: number): string {
    const pages = this.#options.maxPages === 1 ? '1 page' : `${this.#options.maxPages} pages`;
    return `stopped after ${pages} before reaching message ${lastId}, the last ` +
      `collected: messages ${lastId + 1} to ${oldestRead - 1} are not read; raise maxPages to read further back`;
  }

  #noPreview(url: string): Error {
    return new Error(
      `telegram source ${this.id}: ${url} shows no message list of t.me/${this.#channel} ` +
        '(the channel has no public web preview, is private or does not exist); nothing collected, ' +
        'the cursor kept',
    );
  }

  #pageUrl(before: number | undefined): string {
    const base = `${this.#options.baseUrl.replace(/\/+$/, '')}/s/${this.#channel}`;
    return before === undefined ? base : `${base}?before=${before}`;
  }

  #toPost(message: PreviewMessage, page: string, context: CollectContext, log: ImportLog): RawPost | undefined {
    const location = { file: page, index: message.id };
    const importContext = { file: page, timezone: context.timezone, now: context.now };
    return previewMessageToPost(message, this.#channel, importContext, location, log);
  }
}
