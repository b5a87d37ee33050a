/** Reviews as a JSON Lines file and as an Excel-style CSV (semicolons, BOM, CRLF). */
import { DateTime } from 'luxon';

import type { DemoRecord } from './demo-record.js';
import type { PackedRecords } from './packed-records.js';

/** The platform a KazSAnDRA review was written on, as a JSONL or CSV `platform` value. */
function platformOf(record: DemoRecord): string {
  return record.source.domain === 'mapping'
    ? '2gis'
    : record.source.domain === 'appstore'
      ? 'appstore'
      : 'other';
}

/**
 * Ids of the exports' own making: every file has its own prefix, because posts on one platform
 * are told apart by id alone, and two spreadsheets that both count from 1 would collide.
 */
function exportId(prefix: string, record: DemoRecord): string {
  return `${prefix}-${record.id}`;
}

export function jsonlRecords(records: readonly DemoRecord[], idPrefix: string): PackedRecords {
  const content = records
    .map((record) =>
      JSON.stringify({
        id: exportId(idPrefix, record),
        ...(record.date
          ? {
              date: DateTime.fromJSDate(record.date, { zone: 'Asia/Almaty' }).toISO({
                suppressMilliseconds: true,
              }),
            }
          : {}),
        platform: platformOf(record),
        kind: 'social',
        author: `synthetic-author-${record.persona}`,
        user_id: `synthetic-user-${record.persona}`,
        text: record.source.text,
      }),
    )
    .map((line) => line + '\n')
    .join('');
  return { content, recordIds: records.map((record) => exportId(idPrefix, record)), extraPosts: 0 };
}

/**
 * As Excel saves "CSV UTF-8" with a Russian locale: a byte-order mark, `;` between fields, CRLF,
 * and day-first local times without an offset (`30.11.2025 21:05`).
 */
export function semicolonCsv(records: readonly DemoRecord[], idPrefix: string): PackedRecords {
  const rows = [['id', 'date', 'platform', 'author', 'text']];
  for (const record of records) {
    const date = record.date
      ? DateTime.fromJSDate(record.date, { zone: 'Asia/Almaty' }).toFormat('dd.MM.yyyy HH:mm')
      : '';
    rows.push([
      exportId(idPrefix, record),
      date,
      platformOf(record),
      `Synthetic Author ${record.persona}`,
      record.source.text,
    ]);
  }
  const content = '\uFEFF' + rows.map((row) => row.map(csvField).join(';')).join('\r\n') + '\r\n';
  return { content, recordIds: records.map((record) => exportId(idPrefix, record)), extraPosts: 0 };
}

function csvField(value: string): string {
  return /[;"\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
