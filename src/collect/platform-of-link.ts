import { isKeyedAsOther, type Platform } from './raw-post.js';

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
 *
 * A platform whose posts are keyed as on `other` (`isKeyedAsOther`) is also named by any subdomain of
 * its host (web.facebook.com, l.facebook.com, mobile.twitter.com, vt.tiktok.com), by a host
 * written with a final dot, and by a link written without its scheme (`instagram.com/p/…`), as
 * exports copy them; these were 'other'. Telegram, VK and YouTube keep the hosts above: a post
 * they would newly name would be keyed apart from its earlier import on 'other'.
 */
export function platformOfLink(link: string | undefined): Platform | undefined {
  if (link === undefined) return undefined;
  const host = hostOf(link);
  if (host === undefined) return undefined;
  const exact = PLATFORM_HOSTS.get(host.replace(/^(?:www|m)\./, ''));
  if (exact !== undefined && URL.canParse(link)) return exact;
  for (let at = host.indexOf('.'); at >= 0; at = host.indexOf('.', at + 1)) {
    const platform = PLATFORM_HOSTS.get(host.slice(at + 1));
    if (isKeyedAsOther(platform)) return platform;
  }
  const whole = PLATFORM_HOSTS.get(host);
  return isKeyedAsOther(whole) ? whole : undefined;
}

/** The lower-case host of `link`, read as https when it names no scheme; undefined if none. */
function hostOf(link: string): string | undefined {
  const trimmed = link.trim();
  const address = /^[a-z][a-z\d+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`;
  if (!URL.canParse(address)) return undefined;
  return new URL(address).hostname.toLowerCase().replace(/\.$/, '');
}
