import { parseHTML } from 'linkedom';

// Not application/json: WordPress names its REST API so on every page.
const FEED_TYPES = new Set(['application/rss+xml', 'application/atom+xml', 'application/feed+json']);

/** Whether a fetched text is a web page: a site's address given where its feed's was meant. */
export function isWebPage(text: string): boolean {
  return /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>])/i.test(text);
}

/**
 * The feeds a web page names in its head (`<link rel="alternate" type="application/rss+xml"
 * href="/rss">`), as absolute addresses, in the page's order. Most news sites, Kazakh ones
 * included, name theirs so; readers find a site's feed the same way.
 */
export function pageFeedLinks(html: string, pageUrl: string): string[] {
  const { document } = parseHTML(html);
  const links: string[] = [];
  for (const link of document.querySelectorAll('link[rel][href][type]')) {
    const relations = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    const type = (link.getAttribute('type') ?? '').toLowerCase().split(';')[0]!.trim();
    if (!relations.includes('alternate') || !FEED_TYPES.has(type)) continue;
    const address = absoluteHttpUrl(link.getAttribute('href') ?? '', pageUrl);
    if (address !== undefined && !links.includes(address)) links.push(address);
  }
  return links;
}

function absoluteHttpUrl(href: string, base: string): string | undefined {
  try {
    const url = new URL(href.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
