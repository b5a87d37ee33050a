import { parseAtomFeed, type AtomFeed } from 'feedsmith';

import { typedText } from './feed-text.js';
import { mediaDescription } from './media-description.js';
import type { FeedEntry, ParsedFeed } from './parsed-feed.js';

/**
 * Atom 0.3 and 1.0. The body is `content`, else `summary`, each saying whether it is markup, else
 * the `media:description` a YouTube channel's feed gives its videos.
 */
export function readAtomFeed(xml: string): ParsedFeed {
  const feed = parseAtomFeed(xml);

  const entries = (feed.entries ?? []).map(
    (entry): FeedEntry => ({
      title: typedText(entry.title),
      text: typedText(entry.content) ?? typedText(entry.summary) ?? mediaDescription(entry.media),
      link: alternateLink(entry.links),
      id: entry.id,
      date: entry.published ?? entry.updated ?? entry.dc?.dates?.[0],
      language: entry.xml?.lang,
    }),
  );

  return {
    outlet: typedText(feed.title),
    siteLink: alternateLink(feed.links),
    base: feed.xml?.base,
    language: feed.xml?.lang,
    entries,
  };
}

/** The `rel="alternate"` link (the default relation), not `self`, `edit` or `replies`. */
function alternateLink(links: readonly AtomFeed.Link<string>[] | undefined): string | undefined {
  const alternate = links?.find((link) => link.rel === undefined || link.rel === 'alternate');
  return alternate?.href;
}
