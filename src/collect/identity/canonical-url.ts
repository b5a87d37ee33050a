/**
 * Parameters that say how a reader arrived, not what they read: analytics tags, click ids, feed
 * and share markers. Two links differing only in these are the same article.
 */
const TRACKING_PARAMETERS = new Set([
  'fbclid', 'gclid', 'dclid', 'msclkid', 'yclid', 'ysclid', 'igshid', 'mc_cid', 'mc_eid',
  '_openstat', 'from', 'ref', 'ref_src', 'rss', 'share', 'utm', 'spm', 'cmpid', 'at_medium',
  'at_campaign', 'amp', 'output',
]);
const TRACKING_PREFIXES = ['utm_', 'at_', 'pk_', 'mtm_', 'yandex_', 'ga_'];

/**
 * The canonical form of an article URL, the identity of a news post: https, host in lower case,
 * `www.` dropped, default port and fragment dropped, a trailing slash dropped, tracking
 * parameters removed and the remaining ones sorted. Parameters that pick the article (`?id=42`,
 * `?p=7`) are kept. Undefined for anything that is not an http(s) URL.
 */
export function canonicalUrl(link: string, base?: string): string | undefined {
  const cleaned = cleanUrl(link, base);
  if (cleaned === undefined) return undefined;
  const url = new URL(cleaned);
  // http and https copies of one article are one article.
  url.protocol = 'https:';
  url.hostname = url.hostname.replace(/^www\./, '');
  return url.href;
}

/**
 * An article link fit to store and to fetch: as `canonicalUrl`, but with its own scheme and host,
 * since a site that serves only http or only www must still be reachable from it.
 */
export function cleanUrl(link: string, base?: string): string | undefined {
  let url: URL;
  try {
    url = new URL(link.trim(), base);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;

  url.hostname = url.hostname.toLowerCase().replace(/\.$/, '');
  url.hash = '';
  url.username = '';
  url.password = '';

  const kept = [...url.searchParams.entries()].filter(([name]) => !isTracking(name));
  kept.sort(([a, aValue], [b, bValue]) => (a === b ? compare(aValue, bValue) : compare(a, b)));
  url.search = new URLSearchParams(kept).toString();

  if (url.pathname.length > 1 && url.pathname.endsWith('/')) {
    url.pathname = url.pathname.replace(/\/+$/, '');
  }
  return url.href;
}

/**
 * An article link as written, less what tells who followed it: click ids (fbclid, yclid, gclid),
 * analytics tags (utm_…) and a user:password@. Path, trailing slash, fragment and the other
 * parameters in their order stay, so that the link still opens the page it opened. Undefined
 * for anything that is not an http(s) URL.
 */
export function linkWithoutTracking(link: string): string | undefined {
  let url: URL;
  try {
    url = new URL(link.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;

  const names = [...url.searchParams.keys()].filter(isTracking);
  // Rebuilt only when something goes: the URL class would percent-encode a Cyrillic path.
  if (names.length === 0 && url.username === '' && url.password === '') return link.trim();
  url.username = '';
  url.password = '';
  for (const name of names) url.searchParams.delete(name);
  return url.href;
}

function isTracking(name: string): boolean {
  const lower = name.toLowerCase();
  return TRACKING_PARAMETERS.has(lower) || TRACKING_PREFIXES.some((prefix) => lower.startsWith(prefix));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
