import { contentNativeId } from '../content-id.js';
import { canonicalUrl } from './canonical-url.js';

/**
 * Ids that name a post only inside its channel, group, feed or file: a short run of digits
 * (Telegram message numbers, VK post numbers, a spreadsheet's row numbers, many feeds' GUIDs).
 * Two exports that both number their rows 1, 2, 3 would otherwise collide, and the second
 * file's posts would be taken for the first's.
 */
const LOCAL_ID = /^(-?\d{1,12})(?:\.0+)?$/;

/**
 * The digits of a bare-number id, or undefined for any other id. `12.0` is 12: pandas and
 * spreadsheets write a number column that has an empty cell as decimals, and such an id must
 * still be scoped and still meet the `12` of the same row exported another way. A minus sign is
 * kept: `-3` (a tool's own negative counter) is as local as `3`, and another post than it.
 */
function localNumber(id: string): string | undefined {
  return LOCAL_ID.exec(id)?.[1];
}

export interface IdScope {
  /** The channel, chat or group the record names, if any. */
  readonly channel?: string | undefined;
  readonly url?: string | undefined;
  readonly text: string;
  readonly date?: string | number | undefined;
}

/**
 * A record's id made unique across sources. An id that is not a bare number is kept as given.
 * A bare number is scoped by the record's channel when it names one, else replaced by the
 * record's canonical link (the identity live collection gives the same article), else tied to
 * the record's text and date, so that re-importing the same export still finds the same posts
 * while another export's post 1 stays another post.
 */
export function scopedNativeId(id: string, scope: IdScope): string {
  const number = localNumber(id);
  if (number === undefined) return id;
  const channel = scope.channel === undefined ? '' : channelKey(scope.channel);
  if (channel !== '') return `${channel}:${number}`;
  const link = scope.url === undefined ? undefined : canonicalUrl(scope.url);
  if (link !== undefined) return link;
  return `${number}@${contentNativeId(scope.text, scope.date)}`;
}

/** `@Almaty_News`, `t.me/almaty_news` and `https://t.me/almaty_news/` as one key. */
function channelKey(channel: string): string {
  return channel.trim().toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/^(www\.)?(t\.me|telegram\.me|vk\.com)\//, '')
    .replace(/^@/, '')
    .replace(/\/+$/, '');
}

/**
 * The scoped ids of one file's records by the bare number the file gave them, so that a reply
 * or repost in the same file that names its parent by that number points at the parent's
 * scoped id. Only records read before the reference are known (files are read as a stream); a
 * reference to a later or unknown record keeps its bare number and so links to nothing stored.
 */
export class LocalIds {
  // Bounds the memory of a very large file; references further back than this stay bare.
  static readonly #LIMIT = 200_000;
  readonly #scoped = new Map<string, string>();
  readonly #occurrences = new Map<string, number>();

  remember(id: string, scoped: string): void {
    const number = localNumber(id);
    if (number === undefined || this.#scoped.has(number) || this.#scoped.size >= LocalIds.#LIMIT) return;
    this.#scoped.set(number, scoped);
  }

  /**
   * How many times the file has given `key` so far, this time included; 0 once the file has
   * given more keys than are remembered. A copy-paste wave is many records of one text in one
   * hour: the count tells them apart (`textFingerprint`).
   */
  occurrence(key: string): number {
    const count = (this.#occurrences.get(key) ?? 0) + 1;
    if (count === 1 && this.#occurrences.size >= LocalIds.#LIMIT) return 0;
    this.#occurrences.set(key, count);
    return count;
  }

  /** What a parent or repost id of a record in `channel` stands for. */
  reference(id: string, channel: string | undefined): string {
    const number = localNumber(id);
    if (number === undefined) return id;
    const key = channel === undefined ? '' : channelKey(channel);
    return key !== '' ? `${key}:${number}` : this.#scoped.get(number) ?? number;
  }
}
