import { plainText } from './feed-text.js';
import type { FeedEntry } from './parsed-feed.js';

/** Google's click-through address: `https://www.google.com/url?…&url=<article>&…` (or `q=`). */
const GOOGLE_HOST = /^(?:www\.)?google\.[a-z.]+$/;

/**
 * The article behind a search engine's click-through link, or undefined when the link is none.
 * Google Alerts' feeds link every entry through `google.com/url`: kept as is, every article's
 * address was Google's and its outlet the alert's title.
 */
export function redirectTarget(link: string | undefined): string | undefined {
  if (link === undefined || !URL.canParse(link)) return undefined;
  const url = new URL(link);
  if (!GOOGLE_HOST.test(url.hostname) || url.pathname !== '/url') return undefined;

  const target = url.searchParams.get('url') ?? url.searchParams.get('q');
  return target !== null && /^https?:\/\//i.test(target) && URL.canParse(target) ? target : undefined;
}

/**
 * An item of an aggregator's feed as its outlet published it. Google News writes the outlet in
 * the item's `<source>` and again after its headline ("Акимат объявил о ремонте - Tengrinews.kz"),
 * and its description is no article text: the headline and that name, or a list of headlines of
 * the same story by other outlets. The outlet's name is taken off the headline and such a
 * description, which opens with the headline, is dropped, leaving a headline-only item.
 */
export function withoutOutletSuffix(entry: FeedEntry, outlet: string): FeedEntry {
  const title = stripSuffix(entry.title, outlet);
  const listing = title !== undefined && entry.text?.startsWith(title) === true;
  return { ...entry, title, text: listing ? undefined : entry.text };
}

const SEPARATOR = /[\s\-–—|:·]+$/;

function stripSuffix(value: string | undefined, outlet: string): string | undefined {
  if (value === undefined || !value.endsWith(outlet) || value === outlet) return value;
  return plainText(value.slice(0, -outlet.length).replace(SEPARATOR, '')) ?? value;
}
