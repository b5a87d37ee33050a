import type { Platform } from '../raw-post.js';
import { telegramMessageKey } from '../telegram/message-link.js';

const VK_HOST = /^(?:m\.|new\.)?vk\.(?:com|ru)$/;
/** `wall-123_456` in a VK path (`/wall-123_456`) or in its `w` parameter (`/club123?w=wall-123_456`). */
const VK_WALL_POST = /^wall(-?\d+)_(\d+)$/;
const YOUTUBE_HOST = /^(?:www\.|m\.)?youtube\.com$|^youtu\.be$/;
/** A YouTube comment's id as its `lc` parameter writes it: a thread's, or a reply's with a dot. */
const YOUTUBE_COMMENT = /^Ug[\w-]{18,30}(?:\.[\w-]{10,40})?$/;

/**
 * The native id the platform's own importer gives the post or comment at `link`, read from the
 * address a listening tool's export gives each row: a VK wall post (`vk.com/wall-123_456`, the
 * `owner_post` key of `wall.get`) or a comment under it (`?reply=789`, keyed `-123_789` as
 * `wall.getComments` keys it), a YouTube comment (`watch?v=…&lc=UgxKREWq…`, the id the Data API
 * and Takeout give it) and a public Telegram channel's message (`t.me/NAME/123`). Undefined for
 * any other address, and for one of another platform than `platform`. A YouTube video's address
 * is not read: listening tools give a comment its video's address when they lack the comment's.
 * They give a VK or Telegram comment its post's address too (`vk.com/wall-1_2` without `?reply=`):
 * for a record that says it is a `comment`, only an address naming a comment is read.
 */
export function socialAddressKey(link: string | undefined, platform: Platform, comment = false): string | undefined {
  let url: URL;
  try {
    url = new URL(link?.trim() ?? '');
  } catch {
    return undefined;
  }
  const host = url.hostname.toLowerCase();
  if (platform === 'vk' && VK_HOST.test(host)) return vkKey(url, comment);
  if (platform === 'youtube' && YOUTUBE_HOST.test(host)) {
    const comment = url.searchParams.get('lc') ?? '';
    return YOUTUBE_COMMENT.test(comment) ? comment : undefined;
  }
  if (platform === 'telegram') return comment ? undefined : telegramMessageKey(link);
  return undefined;
}

function vkKey(url: URL, comment: boolean): string | undefined {
  const wall = url.searchParams.get('w') ?? url.pathname.replace(/^\/+|\/+$/g, '');
  const match = VK_WALL_POST.exec(wall);
  if (!match) return undefined;
  const reply = url.searchParams.get('reply');
  if (comment && reply === null) return undefined;
  if (reply !== null) return /^\d+$/.test(reply) ? `${match[1]}_${reply}` : undefined;
  return `${match[1]}_${match[2]}`;
}
