import { parseRssFeed } from 'feedsmith';

import { asUrl, htmlText, plainText, titleText } from './feed-text.js';
import { mediaDescription } from './media-description.js';
import type { FeedEntry, ParsedFeed } from './parsed-feed.js';
import { yandexFullTexts } from './yandex-full-text.js';

/**
 * RSS 0.9x and 2.0. The body is `content:encoded` when it holds words (the full article), else
 * Yandex.News' `yandex:full-text` or Yandex Turbo's `turbo:content`, else `description`; all are
 * read as HTML; else Media RSS's `media:description`. The title is plain text.
 */
export function readRssFeed(xml: string): ParsedFeed {
  const feed = parseRssFeed(xml);
  const fullTexts = yandexFullTexts(xml, feed.items?.length ?? 0);

  const entries = (feed.items ?? []).map((item, index): FeedEntry => {
    const permalink = item.guid?.isPermaLink !== false ? asUrl(item.guid?.value) : undefined;
    return {
      title: titleText(item.title),
      // Each in turn while the one before holds no words: a video's or a photo's item has an
      // empty yandex:full-text or a content:encoded of one <img>, and its words in description.
      text: htmlText(item.content?.encoded) ?? htmlText(fullTexts?.[index]) ?? htmlText(item.description)
        ?? mediaDescription(item.media),
      link: item.link ?? permalink,
      id: item.guid?.value ?? item.link,
      // .NET's SyndicationFeed writes no pubDate, only `<a10:updated>` in the Atom namespace.
      date: item.pubDate ?? item.dc?.dates?.[0] ?? item.dcterms?.created?.[0] ?? item.atom?.published
        ?? item.atom?.updated,
      // Google News and other aggregators name each item's outlet in `<source>`.
      outlet: plainText(item.source?.title),
    };
  });

  return {
    outlet: plainText(feed.title),
    siteLink: feed.link,
    language: feed.language ?? feed.dc?.languages?.[0],
    entries,
  };
}
