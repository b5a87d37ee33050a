import { linkWithoutTracking } from './identity/canonical-url.js';
import type { ImportBatch, ImportNote, RawPost, RecordLocation, SkippedRecord } from './raw-post.js';
import {
  EARLIEST_YEAR, LATEST_YEAR, parseDate, unknownZoneAtEnd, type NumericDateOrder,
} from './dates/parse-date.js';
import { cutBefore } from '../text/cut-boundary.js';

/** What every importer needs besides the input: where it came from and how to read its dates. */
export interface ImportContext {
  /** The path as the user gave it, so that skip reports point at their file. */
  readonly file: string;
  /** IANA zone for offset-less times. */
  readonly timezone: string;
  /** The import time, for dates printed without a year. */
  readonly now: Date;
  /** How the file writes dates such as `03/10/2024`, when its other dates tell (CSV columns). */
  readonly numericDateOrder?: NumericDateOrder;
}

/** Skips and notes gathered while one input is read. */
export class ImportLog {
  readonly skipped: SkippedRecord[] = [];
  readonly notes: ImportNote[] = [];

  skip(location: RecordLocation, reason: string): void {
    this.skipped.push({ location, reason });
  }

  note(location: RecordLocation, note: string): void {
    this.notes.push({ location, note });
  }

  /** What the input produced, with the skips and (when there are any) the notes gathered. */
  batch(format: string, sourceLabel: string, posts: RawPost[]): ImportBatch {
    const batch = { format, sourceLabel, posts, skipped: this.skipped };
    return this.notes.length > 0 ? { ...batch, notes: this.notes } : batch;
  }
}

/** What the note says a date may be, so that a year out of range is not taken for a typo. */
const DATES_READ =
  ' (dates are read as ISO 8601, 12.11.2024 09:30, 3/13/2024 2:30 PM, RFC 822, unix time or ' +
  `Excel serial numbers, in the years ${EARLIEST_YEAR}–${LATEST_YEAR})`;

/**
 * How far after the import time a date may lie and still be the source's: a clock a little fast,
 * a local time written as another zone's (Kazakh sites' feeds write Almaty time with "+0000").
 * Such a date is read as the import time, since nothing is published after it is read: believed,
 * an evening article of such a feed stood on a day that had not come, and the digest's default
 * period, which ends on the last dated post, with it. A date further ahead (a scheduled post, a
 * day and month swapped, a wrong year) is not the publication time at all.
 */
const FUTURE_TOLERANCE_MS = 24 * 60 * 60 * 1000;
const FUTURE_DATE_NOTE = 'is after the import time; the first-seen time will be used';

/**
 * Whether a note is the one `readRecordDate` leaves on a record dated more than a day after the
 * import time, so that a file's summary can count those apart from records with no date at all.
 */
export function isFutureDateNote(note: ImportNote): boolean {
  return note.note.startsWith('date ') && note.note.endsWith(FUTURE_DATE_NOTE);
}

/** A date this little ahead is a clock's drift, read as the import time without a note. */
const CLOCK_DRIFT_MS = 10 * 60 * 1000;

/**
 * A record's publication time, or undefined with a note when the record gave one that cannot be
 * read or that lies in the future: the record is kept and the privacy gate gives it its
 * first-seen time.
 */
export function readRecordDate(
  value: unknown,
  context: ImportContext,
  location: RecordLocation,
  log: ImportLog,
): Date | undefined {
  if (value === undefined || value === null || value === '') return undefined;

  if (typeof value === 'string' || typeof value === 'number') {
    const { timezone, now, numericDateOrder: numericOrder } = context;
    const date = parseDate(value, { timezone, now, numericOrder });
    const ahead = date === undefined ? 0 : date.getTime() - context.now.getTime();
    if (ahead > FUTURE_TOLERANCE_MS) {
      log.note(location, `date ${JSON.stringify(value)} ${FUTURE_DATE_NOTE}`);
      return undefined;
    }
    if (ahead > CLOCK_DRIFT_MS) {
      const hours = (ahead / 3_600_000).toFixed(1);
      log.note(location, `date ${JSON.stringify(value)} is ${hours} h after the import time (a local time ` +
        'written in another zone?); read as the import time');
    }
    if (ahead > 0) return new Date(context.now.getTime());
    const zone = date && typeof value === 'string' ? unknownZoneAtEnd(value) : undefined;
    if (zone) log.note(location, unknownZoneNote(value, zone));
    if (date) return date;
  }

  log.note(location, `unreadable date ${JSON.stringify(value)}${DATES_READ}; the first-seen time will be used`);
  return undefined;
}

/** The note on a time whose zone tyndau does not know, read on the project's clock instead. */
function unknownZoneNote(value: unknown, zone: string): string {
  return `date ${JSON.stringify(value)}: the zone "${zone}" is not one tyndau knows; the time is read ` +
    "on the project's clock and may be hours off (write an offset such as +09:00)";
}

/** Links shown in full in a note; longer ones are cut, since a data: URL may run to megabytes. */
const LINK_SHOWN_CHARS = 80;
const WEB_SCHEMES = new Set(['http:', 'https:']);

/**
 * An article's link, which is stored and later shown as a link: without click ids (fbclid,
 * yclid), utm_ tags and a user:password@ (`linkWithoutTracking`), as live collection stores it,
 * unless it names a scheme other than http(s) (`javascript:`, `data:`,
 * `file:`), which is noted and not kept, so that no stored link runs a script or opens a local
 * file when clicked. A click id is a reader's, Facebook's or Yandex's key to the person who
 * followed the link, and listening exports copy the link as it was followed. A relative link is
 * kept as given: feeds resolve theirs against their site's address before, and live collection
 * against the feed's address after.
 */
export function readRecordUrl(
  value: string | undefined,
  location: RecordLocation,
  log: ImportLog,
): string | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  if (!URL.canParse(value.trim())) return value;
  if (WEB_SCHEMES.has(new URL(value.trim()).protocol)) return linkWithoutTracking(value) ?? value;

  const shown = value.length > LINK_SHOWN_CHARS ? `${value.slice(0, cutBefore(value, LINK_SHOWN_CHARS))}…` : value;
  log.note(location, `link ${JSON.stringify(shown)} is not an http(s) address; not kept`);
  return undefined;
}
