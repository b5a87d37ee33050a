import { parseJsonFeed } from 'feedsmith';

import { htmlText, plainText, titleText } from './feed-text.js';
import type { FeedEntry, ParsedFeed } from './parsed-feed.js';

/** JSON Feed 1.0 and 1.1, from the already parsed document. */
export function readJsonFeed(document: unknown): ParsedFeed {
  const feed = parseJsonFeed(document);

  const entries = (feed.items ?? []).map(
    (item): FeedEntry => ({
      title: titleText(item.title),
      text: plainText(item.content_text) ?? htmlText(item.content_html) ?? plainText(item.summary),
      link: item.url ?? item.external_url,
      id: item.id,
      date: item.date_published ?? item.date_modified,
      language: item.language,
    }),
  );

  return {
    outlet: plainText(feed.title),
    siteLink: feed.home_page_url,
    language: feed.language,
    entries,
  };
}
