import { parseRdfFeed } from 'feedsmith';

import { htmlText, plainText, titleText } from './feed-text.js';
import type { FeedEntry, ParsedFeed } from './parsed-feed.js';

/** RSS 0.90 and 1.0 (RDF): dates and language come from Dublin Core. */
export function readRdfFeed(xml: string): ParsedFeed {
  const feed = parseRdfFeed(xml);

  const entries = (feed.items ?? []).map(
    (item): FeedEntry => ({
      title: titleText(item.title),
      text: htmlText(item.content?.encoded) ?? htmlText(item.description),
      link: item.link,
      id: item.rdf?.about ?? item.link,
      date: item.dc?.dates?.[0] ?? item.dcterms?.created?.[0],
    }),
  );

  return {
    outlet: plainText(feed.title),
    siteLink: feed.link,
    language: feed.dc?.languages?.[0],
    entries,
  };
}
