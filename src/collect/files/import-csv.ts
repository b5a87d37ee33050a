import { parse, type CsvError, type Info } from 'csv-parse/sync';

import { LocalIds } from '../identity/scoped-native-id.js';
import { numericDateOrderOf } from '../dates/numeric-date-order.js';
import { ImportLog, type ImportContext } from '../import-context.js';
import type { ImportBatch, RawPost, RecordLocation } from '../raw-post.js';
import { findCsvHeader, type CsvHeader } from './csv-header.js';
import { FieldNames, TEXT_FIELD_NAMES, type RecordField } from './record-fields.js';
import { recordToPost, type RecordValues } from './record-to-post.js';

const CARRIAGE_RETURNS = /\r\n?/g;
const UNCLOSED_QUOTE = 'a quote opened on this line is never closed; the row was skipped';

interface CsvRow {
  readonly record: string[];
  readonly info: Info;
}

/**
 * Posts from a CSV file already decoded to text: comma, semicolon or tab separated, a header
 * named as in `record-fields.ts` on the first line or after a title (`csv-header.ts`). A row the parser rejects is skipped with its line
 * and the rest goes on; a quote opened and never closed (which would swallow the rest of the
 * file) costs only its own line.
 */
export function importCsv(text: string, context: ImportContext): ImportBatch {
  const header = findCsvHeader(text);
  if (!header) {
    throw new Error(
      `${context.file}: the CSV header has no text column; name one ` +
        `${TEXT_FIELD_NAMES.slice(0, 4).join(', ')} ` +
        'or another alias listed in src/collect/files/record-fields.ts',
    );
  }

  const log = new ImportLog();
  const fields = fieldsOfColumns(header);
  const posts: RawPost[] = [];
  const headerLine = header.line + 1;
  const unread = unreadColumnsNote(header, fields);
  if (unread) log.note({ file: context.file, line: headerLine }, unread);
  if (header.titleLines > 0) {
    const note = header.line === 1
      ? "the line before the header is a title or Excel's sep= line, not a post; not read"
      : `the ${header.line} lines before the header are a title, blank lines or Excel's sep= line, not posts; not read`;
    log.note({ file: context.file, line: 1 }, note);
  }

  // csv-parse counts a CRLF inside a quoted value as two lines; with LF only its counts are true.
  const lfText = text.includes('\r') ? text.replace(CARRIAGE_RETURNS, '\n') : text;

  const localIds = new LocalIds();
  const rows = readRows(lfText, header, context, log);
  const rowContext = withNumericDateOrder(rows, fields, context, log);
  for (const row of rows) {
    const location = { file: context.file, line: startLine(row) };
    const values = rowValues(row.record, fields, location, log);
    const post = values && recordToPost(values, rowContext, location, log, localIds);
    if (post) posts.push(post);
  }

  // An export cut short, or a template saved before any row: said, not silently "0 read".
  if (posts.length === 0 && log.skipped.length === 0) log.note({ file: context.file, line: headerLine }, 'the file has a header and no rows');
  const skipped = log.skipped.sort((a, b) => (a.location.line ?? 0) - (b.location.line ?? 0));
  const batch = { format: 'csv', sourceLabel: context.file, posts, skipped };
  return log.notes.length > 0 ? { ...batch, notes: log.notes } : batch;
}

/**
 * The context with the order the date column writes `03/10/2024` in, read from its dates whose
 * day is over 12 (US tools write month first, Kazakh and Russian users day first); the note says
 * which date settled it, since a wrong order moves posts by months.
 */
function withNumericDateOrder(
  rows: readonly CsvRow[],
  fields: readonly (RecordField | undefined)[],
  context: ImportContext,
  log: ImportLog,
): ImportContext {
  const column = fields.indexOf('date');
  if (column === -1) return context;

  const evidence = numericDateOrderOf(rows.map((row) => row.record[column]));
  if (!evidence) return context;
  const line = startLine(rows[evidence.index]!);
  const order = evidence.order === 'month-first' ? 'month first' : 'day first';
  const note = `dates with slashes are read ${order}, as ${JSON.stringify(evidence.example)} on line ${line} is written`;
  log.note({ file: context.file, line }, note);
  return { ...context, numericDateOrder: evidence.order };
}

/** The line a row starts on: the parser reports where it ends, after any quoted line breaks. */
function startLine(row: CsvRow): number {
  let breaks = 0;
  for (const cell of row.record) {
    for (let index = cell.indexOf('\n'); index !== -1; index = cell.indexOf('\n', index + 1)) {
      breaks += 1;
    }
  }
  return row.info.lines - breaks;
}

/** Columns listed in the note before "and N more". */
const COLUMNS_LISTED = 12;

/**
 * A note naming the columns read as nothing, so that a column meant as the platform or the date
 * under a name tyndau does not know is seen rather than silently lost. Author-like columns are
 * among them by design; only their names are printed, never a value.
 */
function unreadColumnsNote(header: CsvHeader, fields: readonly (RecordField | undefined)[]): string | undefined {
  const names = new FieldNames();
  const unread = header.names.flatMap((name, index) => {
    if (fields[index] !== undefined || name.trim() === '') return [];
    // A second `text` or `date` column: saying only that "text" was not read would be taken
    // for the text not being read at all.
    const repeated = names.fieldOf(name);
    const shown = JSON.stringify(name.trim());
    return [repeated === undefined ? shown : `${shown} (a second ${repeated} column; the first is read)`];
  });
  if (unread.length === 0) return undefined;
  const listed = unread.slice(0, COLUMNS_LISTED).join(', ');
  const more = unread.length > COLUMNS_LISTED ? ` and ${unread.length - COLUMNS_LISTED} more` : '';
  return `columns not read: ${listed}${more}; the names tyndau reads are listed in the README ` +
    '(author-like columns are never read)';
}

function fieldsOfColumns(header: CsvHeader): (RecordField | undefined)[] {
  const names = new FieldNames();
  const seen = new Set<RecordField>();
  return header.names.map((name) => {
    const field = names.fieldOf(name);
    // The first column of a field wins: a second `text` column is ignored like any other.
    if (field === undefined || seen.has(field)) return undefined;
    seen.add(field);
    return field;
  });
}

/**
 * All data rows, with their lines counted from the top of the file. When a quote is never closed
 * the parser reads to the end of the file and gives up; the rows before it are kept, the line it
 * opened on is skipped, and parsing starts again on the line after.
 */
function readRows(
  text: string,
  header: CsvHeader,
  context: ImportContext,
  log: ImportLog,
): CsvRow[] {
  const rows: CsvRow[] = [];
  let linesBefore = header.line + 1;
  let rest = dropLines(text, linesBefore);

  while (rest !== '') {
    const pass = parseRows(rest, header.delimiter, linesBefore, context, log);
    rows.push(...pass.rows);
    if (!pass.unclosedQuote) break;

    const brokenLine = (pass.rows.at(-1)?.info.lines ?? linesBefore) + 1;
    log.skip({ file: context.file, line: brokenLine }, UNCLOSED_QUOTE);
    rest = dropLines(rest, brokenLine - linesBefore);
    linesBefore = brokenLine;
  }
  return rows;
}

function parseRows(
  text: string,
  delimiter: CsvHeader['delimiter'],
  linesBefore: number,
  context: ImportContext,
  log: ImportLog,
): { rows: CsvRow[]; unclosedQuote: boolean } {
  let unclosedQuote = false;
  const skippedLines = new Set<number>();

  const parsed = parse(text, {
    delimiter,
    // The text has LF line ends only. Left to discover them itself, the parser re-encodes the
    // text read so far at every character until it meets one: a 30 MB first row took 14 s.
    record_delimiter: '\n',
    info: true,
    relax_quotes: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_skip: (error: CsvError | undefined) => {
      if (!error) return;
      if (error.code === 'CSV_QUOTE_NOT_CLOSED') {
        unclosedQuote = true;
        return;
      }
      const line = Number(error.lines) + linesBefore;
      if (skippedLines.has(line)) return;
      skippedLines.add(line);
      log.skip({ file: context.file, line }, `CSV row not readable: ${error.message}`);
    },
  }) as unknown as CsvRow[]; // with `info: true` each row is { record, info }

  const rows = parsed.map((row) => ({
    record: row.record,
    info: { ...row.info, lines: row.info.lines + linesBefore },
  }));
  return { rows, unclosedQuote };
}

/** The text after its first `count` lines ('' when there are no more). */
function dropLines(text: string, count: number): string {
  let offset = 0;
  for (let dropped = 0; dropped < count; dropped += 1) {
    const newline = text.indexOf('\n', offset);
    if (newline === -1) return '';
    offset = newline + 1;
  }
  return text.slice(offset);
}

/**
 * A row's values by field. Cells beyond the header are allowed when empty (Excel pads rows with
 * trailing delimiters); otherwise they mean an unquoted delimiter inside a value, and the row is
 * skipped rather than read with its columns shifted.
 */
function rowValues(
  record: readonly string[],
  fields: readonly (RecordField | undefined)[],
  location: RecordLocation,
  log: ImportLog,
): RecordValues | undefined {
  const extra = record.slice(fields.length);
  if (extra.some((cell) => cell.trim() !== '')) {
    const counts = `row has ${record.length} cells but the header has ${fields.length}`;
    log.skip(location, `${counts}; a delimiter inside an unquoted value?`);
    return undefined;
  }

  const values: RecordValues = {};
  fields.forEach((field, index) => {
    const cell = record[index];
    if (field !== undefined && cell !== undefined && cell !== '') values[field] = cell;
  });
  return values;
}
