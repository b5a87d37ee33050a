/** JSON Feed 1.1 documents. */
import { DateTime } from 'luxon';

import { newestFirst, type DemoRecord } from './demo-record.js';
import { itemLink, type FeedOutlet } from './feed-outlet.js';
import type { PackedRecords } from './packed-records.js';

export function jsonFeed(outlet: FeedOutlet, records: readonly DemoRecord[]): PackedRecords {
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: outlet.title,
    home_page_url: outlet.siteLink,
    description: outlet.description,
    language: 'ru',
    items: newestFirst(records).map((record) => ({
      id: itemLink(outlet, record.id),
      url: itemLink(outlet, record.id),
      content_text: record.source.text,
      ...(record.date ? { date_published: iso(record.date) } : {}),
      // A byline the privacy gate must drop: clearly a placeholder.
      authors: [
        {
          name: `Synthetic Byline ${record.persona}`,
          url: `https://example.invalid/bylines/${record.persona}`,
        },
      ],
    })),
  };
  return {
    content: JSON.stringify(feed, null, 1) + '\n',
    recordIds: records.map((record) => itemLink(outlet, record.id)),
    extraPosts: 0,
  };
}

function iso(date: Date): string {
  return (
    DateTime.fromJSDate(date, { zone: 'Asia/Almaty' }).toISO({ suppressMilliseconds: true }) ?? ''
  );
}
