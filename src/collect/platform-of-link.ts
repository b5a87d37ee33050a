import type { Platform } from './raw-post.js';

const PLATFORM_HOSTS: ReadonlyMap<string, Platform> = new Map([
  ['t.me', 'telegram'],
  ['telegram.me', 'telegram'],
  ['vk.com', 'vk'],
  ['vk.ru', 'vk'],
  ['youtube.com', 'youtube'],
  ['youtu.be', 'youtube'],
  ['instagram.com', 'instagram'],
  ['instagr.am', 'instagram'],
  ['facebook.com', 'facebook'],
  ['fb.com', 'facebook'],
  ['fb.watch', 'facebook'],
  ['tiktok.com', 'tiktok'],
  ['vm.tiktok.com', 'tiktok'],
  ['twitter.com', 'x'],
  ['x.com', 'x'],
]);

/**
 * The social platform a post's link names, or undefined for any other address: scrapers
 * (snscrape, youtube-comment-downloader) write a post's address and nothing else, and feeds of a
 * YouTube channel or a Telegram channel's mirror link each item to the platform.
 */
export function platformOfLink(link: string | undefined): Platform | undefined {
  if (link === undefined || !URL.canParse(link)) return undefined;
  const host = new URL(link).hostname.toLowerCase().replace(/^(?:www|m)\./, '');
  return PLATFORM_HOSTS.get(host);
}
