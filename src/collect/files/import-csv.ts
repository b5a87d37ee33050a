import { parse, type CsvError, type Info, type Options } from 'csv-parse/sync';

import { ImportLog, type ImportContext } from '../import-context.js';
import type { ImportBatch } from '../raw-post.js';
import { findCsvHeader, type CsvHeader } from './csv-header.js';
import { excelTextLiteral } from './excel-text-literal.js';
import { TEXT_FIELD_NAMES } from './record-fields.js';
import { tableRecordsToPosts, type TableHeader, type TableRecord } from './table-records.js';

const CARRIAGE_RETURNS = /\r\n?/g;
export const UNCLOSED_QUOTE = 'a quote opened on this line is never closed; the row was skipped';

export interface CsvRow {
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

  // csv-parse counts a CRLF inside a quoted value as two lines; with LF only its counts are true.
  const lfText = text.includes('\r') ? text.replace(CARRIAGE_RETURNS, '\n') : text;

  const rows = readRows(lfText, header, context, log).map(tableRecordOf);
  const posts = tableRecordsToPosts(tableHeaderOf(header), rows, context, log);
  const cut = cutOffNote(lfText.endsWith('\n'), rows.at(-1), header.names.length);
  if (cut) log.note({ file: context.file, line: rows.at(-1)!.line }, cut);
  const skipped = log.skipped.sort((a, b) => (a.location.line ?? 0) - (b.location.line ?? 0));
  const batch = { format: 'csv', sourceLabel: context.file, posts, skipped };
  return log.notes.length > 0 ? { ...batch, notes: log.notes } : batch;
}

/** The header as the table reader takes it, with what the lines above it were. */
export function tableHeaderOf(header: CsvHeader): TableHeader {
  const preambleNote = header.titleLines === 0 ? undefined : header.line === 1
    ? "the line before the header is a title, a report's labels and values or Excel's sep= line, not a post; not read"
    : `the ${header.line} lines before the header are a title, a report's labels and values, blank lines or Excel's sep= line, not posts; not read`;
  return { names: header.names, line: header.line + 1, preambleNote };
}

/** A parsed row as the table reader takes it: Excel's `="…"` cells read, on the line it starts on. */
export function tableRecordOf(row: CsvRow): TableRecord {
  return { record: row.record.map(excelTextLiteral), line: startLine(row) };
}

/**
 * A note when the file seems cut off inside its last row: no line end after it, and fewer values
 * than the header names (a download or copy that stopped short leaves `…,Второй пост про св`).
 * The row is still read as it stands, its text perhaps cut; without the note nothing said so. A
 * last row that is whole but lacks only its line end, as many tools write it, has every value.
 */
export function cutOffNote(endsWithLineFeed: boolean, last: { record: readonly string[] } | undefined, columns: number): string | undefined {
  if (last === undefined || endsWithLineFeed || last.record.length >= columns) return undefined;
  return `the file ends inside this row, with ${last.record.length} of the header's ${columns} values and no ` +
    'line end: it may be cut off (a download or copy that stopped short), and the row is read as it stands';
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
    // One by one: spread into push, 200,000 rows overflowed the call stack.
    for (const row of pass.rows) rows.push(row);
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
  const options = csvParseOptions(delimiter, linesBefore, {
    rowNotRead: (line, reason) => log.skip({ file: context.file, line }, reason),
    quoteNotClosed: () => {
      unclosedQuote = true;
    },
  });
  const parsed = parse(text, options) as unknown as CsvRow[]; // with `info: true` each row is { record, info }

  return { rows: parsed.map((row) => withLinesBefore(row, linesBefore)), unclosedQuote };
}

/** What the parser met that was no row: a row it could not read, or a quote it never saw closed. */
export interface CsvParseProblems {
  rowNotRead(line: number, reason: string): void;
  quoteNotClosed(): void;
}

/**
 * csv-parse's options for a CSV of posts, whole or streamed, `linesBefore` lines into the file:
 * quotes and column counts are taken leniently, and a row it cannot read is told once, by line.
 */
export function csvParseOptions(delimiter: CsvHeader['delimiter'], linesBefore: number, problems: CsvParseProblems): Options {
  const skippedLines = new Set<number>();
  return {
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
        problems.quoteNotClosed();
        return;
      }
      const line = Number(error.lines) + linesBefore;
      if (skippedLines.has(line)) return;
      skippedLines.add(line);
      problems.rowNotRead(line, `CSV row not readable: ${error.message}`);
    },
  };
}

/** The row with its lines counted from the top of the file, not from where parsing began. */
export function withLinesBefore(row: CsvRow, linesBefore: number): CsvRow {
  return { record: row.record, info: { ...row.info, lines: row.info.lines + linesBefore } };
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
