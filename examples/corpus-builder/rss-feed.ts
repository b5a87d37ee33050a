/** RSS 2.0 documents, in UTF-8 or windows-1251. */
import { DateTime } from 'luxon';

import { newestFirst, type DemoRecord } from './demo-record.js';
import { itemLink, type FeedOutlet } from './feed-outlet.js';
import type { PackedRecords } from './packed-records.js';
import { encodeWindows1251, xmlText } from './xml-text.js';

export interface RssOptions {
  readonly encoding: 'utf-8' | 'windows-1251';
  /** Headline-only feeds put the text in <title>; others in <description> with no title. */
  readonly textIn: 'title' | 'description';
}

/** Items newest first, as feeds list them; undated items keep their place among the rest. */
export function rssFeed(
  outlet: FeedOutlet,
  records: readonly DemoRecord[],
  options: RssOptions,
): PackedRecords {
  const items = newestFirst(records)
    .map((record) => rssItem(outlet, record, options))
    .join('');
  const newest = records.reduce(
    (latest, record) => (record.date && record.date > latest ? record.date : latest),
    new Date(0),
  );

  const xml =
    `<?xml version="1.0" encoding="${options.encoding}"?>\n` +
    '<rss version="2.0">\n' +
    '  <channel>\n' +
    `    <title>${xmlText(outlet.title)}</title>\n` +
    `    <link>${outlet.siteLink}</link>\n` +
    `    <description>${xmlText(outlet.description)}</description>\n` +
    '    <language>ru</language>\n' +
    `    <lastBuildDate>${rfc822(newest)}</lastBuildDate>\n` +
    items +
    '  </channel>\n' +
    '</rss>\n';
  return {
    content: options.encoding === 'windows-1251' ? encodeWindows1251(xml) : xml,
    recordIds: records.map((record) => itemLink(outlet, record.id)),
    extraPosts: 0,
  };
}

function rssItem(outlet: FeedOutlet, record: DemoRecord, options: RssOptions): string {
  const link = itemLink(outlet, record.id);
  const text = xmlText(record.source.text);
  const body =
    options.textIn === 'title'
      ? `      <title>${text}</title>\n`
      : `      <description>${text}</description>\n`;
  return (
    '    <item>\n' +
    body +
    `      <link>${link}</link>\n` +
    `      <guid isPermaLink="true">${link}</guid>\n` +
    // A byline the privacy gate must drop: clearly a placeholder.
    `      <author>byline-${record.persona}@example.invalid (Synthetic Byline ${record.persona})</author>\n` +
    (record.date ? `      <pubDate>${rfc822(record.date)}</pubDate>\n` : '') +
    '    </item>\n'
  );
}

function rfc822(date: Date): string {
  return DateTime.fromJSDate(date, { zone: 'Asia/Almaty' }).toRFC2822() ?? '';
}
