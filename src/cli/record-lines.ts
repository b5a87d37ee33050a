import type { ImportNote, SkippedRecord } from '../collect/raw-post.js';
import { formatLocation } from '../ingest/ingest-files.js';
import { redactContactData } from '../privacy/redact/redactor.js';
import { printableLine } from '../text/printable.js';

/** Skips, and notes, are listed one per line up to this many by default; the rest are counted. */
const RECORDS_LISTED = 50;

/**
 * The records a read skipped, each with its place and reason, and the notes it made: what was
 * left out or guessed (a column not read, a charset, the order of a date), which the counts
 * alone hide. `tyndau import` and `tyndau publish` print them alike. A reason may quote a cell
 * ('unreadable date "…"'), so contact data in it is redacted as the gate would.
 */
export function printRecordLines(
  skipped: readonly SkippedRecord[],
  notes: readonly ImportNote[],
  out: NodeJS.WritableStream,
  listed = RECORDS_LISTED,
): void {
  for (const skip of skipped.slice(0, listed)) {
    out.write(`  skipped ${printableLine(formatLocation(skip.location))}: ${printableLine(redactContactData(skip.reason))}\n`);
  }
  if (skipped.length > listed) {
    out.write(`  … and ${skipped.length - listed} more skipped records\n`);
  }

  for (const note of notes.slice(0, listed)) {
    out.write(`  note ${printableLine(formatLocation(note.location))}: ${printableLine(redactContactData(note.note))}\n`);
  }
  if (notes.length > listed) {
    out.write(`  … and ${notes.length - listed} more notes\n`);
  }
}
