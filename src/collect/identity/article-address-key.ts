import { canonicalUrl } from './canonical-url.js';

/**
 * The key an article is known by in every format that gives its address: its canonical URL,
 * the native id live collection gives it. Undefined for a site's front page (`https://site.kz/`),
 * which aggregators and some feeds give as every item's link: it names no one article.
 */
export function articleAddressKey(link: string | undefined): string | undefined {
  const address = link === undefined ? undefined : canonicalUrl(link);
  if (address === undefined) return undefined;
  const url = new URL(address);
  return url.pathname === '/' && url.search === '' ? undefined : address;
}
