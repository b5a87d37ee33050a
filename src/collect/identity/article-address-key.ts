import { canonicalUrl } from './canonical-url.js';

/** A language version's front page (`/ru`, `/kz/`), or a page's index file (`/news/index.html`). */
const LANGUAGE_SEGMENT = /^(?:ru|kz|kk|kaz|en|eng|rus|qaz)$/i;
const INDEX_FILE = /^(?:index|default)\.(?:html?|php|aspx?)$/i;
/**
 * A section's page: a path of plain words (`/news`, `/ru/society`); an article's has a number or
 * a hyphenated slug. A `page` parameter turns the section's pages (`/news?page=2`), a `lang` one
 * picks its language (`/?lang=ru`).
 */
const SECTION_SEGMENT = /^[\p{L}_]{1,24}$/u;
const NAVIGATION_PARAMETERS = new Set(['page', 'pagen_1', 'start', 'offset', 'lang', 'language', 'hl']);
/** The mobile and AMP copies of a site (`m.site.kz`, `amp.site.kz`). */
const MOBILE_HOST = /^(?:m|mobile|amp)\./;

/**
 * The key an article is known by in every format that gives its address: its canonical URL, less
 * what only tells a copy of the page apart (a mobile or AMP host, an `amp` path segment, an index
 * file, the case of a percent escape: `%d0%bd` is `%D0%BD`, the way a raw Cyrillic path is
 * written). Undefined for a site's front page (`https://site.kz/`, `/ru/`) or a section's
 * (`/news`, `/news?page=2`), which aggregators and some feeds give as every item's link: it names
 * no one article.
 */
export function articleAddressKey(link: string | undefined): string | undefined {
  const address = link === undefined ? undefined : canonicalUrl(link);
  if (address === undefined) return undefined;
  const url = new URL(address);
  url.hostname = url.hostname.replace(MOBILE_HOST, '');
  const segments = url.pathname.split('/')
    .filter((segment) => segment !== '' && segment.toLowerCase() !== 'amp' && !INDEX_FILE.test(segment))
    .map((segment) => segment.replace(/%[\da-f]{2}/gi, (escape) => escape.toUpperCase()));
  url.pathname = `/${segments.join('/')}`;
  return namesNoArticle(url, segments) ? undefined : url.href;
}

function namesNoArticle(url: URL, segments: readonly string[]): boolean {
  const parameters = [...url.searchParams.keys()];
  if (!parameters.every((name) => NAVIGATION_PARAMETERS.has(name.toLowerCase()))) return false;
  const words = segments.filter((segment) => !LANGUAGE_SEGMENT.test(segment));
  return words.every((segment) => SECTION_SEGMENT.test(decodeURIComponentSafe(segment)));
}

function decodeURIComponentSafe(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
