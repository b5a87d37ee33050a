/** Atom 1.0 documents with headline-only entries. */
import { DateTime } from 'luxon';

import { newestFirst, type DemoRecord } from './demo-record.js';
import { itemLink, type FeedOutlet } from './feed-outlet.js';
import type { PackedRecords } from './packed-records.js';
import { xmlText } from './xml-text.js';

/** Every Atom entry needs a time (`updated`), so the records given here must all have one. */
export function atomFeed(outlet: FeedOutlet, records: readonly DemoRecord[]): PackedRecords {
  const dated = newestFirst(records).map((record) => {
    if (!record.date)
      throw new Error(`demo corpus: Atom entry ${record.id} has no date; Atom requires one`);
    return { record, date: record.date };
  });
  const newest = dated.reduce((latest, { date }) => (date > latest ? date : latest), new Date(0));

  const entries = dated
    .map(({ record, date }) => {
      const link = itemLink(outlet, record.id);
      return (
        '  <entry>\n' +
        `    <id>${link}</id>\n` +
        `    <title type="text">${xmlText(record.source.text)}</title>\n` +
        `    <link rel="alternate" href="${link}"/>\n` +
        `    <published>${iso(date)}</published>\n` +
        `    <updated>${iso(date)}</updated>\n` +
        '    <author>' +
        `<name>Synthetic Byline ${record.persona}</name>` +
        `<email>byline-${record.persona}@example.invalid</email>` +
        '</author>\n' +
        '  </entry>\n'
      );
    })
    .join('');

  const xml =
    '<?xml version="1.0" encoding="utf-8"?>\n' +
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ru">\n' +
    `  <title>${xmlText(outlet.title)}</title>\n` +
    `  <subtitle>${xmlText(outlet.description)}</subtitle>\n` +
    `  <id>${outlet.siteLink}</id>\n` +
    `  <link rel="alternate" href="${outlet.siteLink}"/>\n` +
    `  <updated>${iso(newest)}</updated>\n` +
    entries +
    '</feed>\n';
  return {
    content: xml,
    recordIds: records.map((record) => itemLink(outlet, record.id)),
    extraPosts: 0,
  };
}

function iso(date: Date): string {
  return (
    DateTime.fromJSDate(date, { zone: 'Asia/Almaty' }).toISO({ suppressMilliseconds: true }) ?? ''
  );
}
