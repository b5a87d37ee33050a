import { parse, type CsvError, type Info } from 'csv-parse/sync';

import { ImportLog, type ImportContext } from '../import-context.js';
import type { ImportBatch, RawPost, RecordLocation } from '../raw-post.js';
import { findCsvHeader, type CsvHeader } from './csv-header.js';
import { FieldNames, TEXT_FIELD_NAMES, type RecordField } from './record-fields.js';
import { recordToPost, type RecordValues } from './record-to-post.js';

interface CsvRow {
  readonly record: string[];
  readonly info: Info;
}

/**
 * Posts from a CSV file already decoded to text: comma, semicolon or tab separated, the first
 * line a header named as in `record-fields.ts`. A row the parser rejects is skipped with its line
 * and the rest goes on; a quote opened and never closed (which would swallow the rest of the
 * file) costs only its own line.
 */
export function importCsv(text: string, context: ImportContext): ImportBatch {
  const header = findCsvHeader(text);
  if (!header) {
    throw new Error(
      `${context.file}: the CSV header has no text column; name one ${TEXT_FIELD_NAMES.slice(0, 4).join(', ')} ` +
        'or another alias listed in src/collect/files/record-fields.ts',
    );
  }

  const log = new ImportLog();
  const fields = fieldsOfColumns(header);
  const posts: RawPost[] = [];

  for (const row of readRows(text, header, context, log)) {
    const location = { file: context.file, line: row.info.lines };
    const values = rowValues(row.record, fields, location, log);
    const post = values && recordToPost(values, context, location, log);
    if (post) posts.push(post);
  }

  const batch = { format: 'csv', sourceLabel: context.file, posts, skipped: log.skipped };
  return log.notes.length > 0 ? { ...batch, notes: log.notes } : batch;
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
 * All data rows. When a quote is never closed the parser reads to the end of the file and gives
 * up; the rows before it are kept, the line it opened on is skipped, and parsing starts again on
 * the line after.
 */
function readRows(text: string, header: CsvHeader, context: ImportContext, log: ImportLog): CsvRow[] {
  const rows: CsvRow[] = [];
  let fromLine = 2;

  for (;;) {
    let unclosedQuote = false;
    const skippedLines = new Set<number>();
    const parsed = parse(text, {
      delimiter: header.delimiter,
      from_line: fromLine,
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
        const line = Number(error.lines);
        if (!skippedLines.has(line)) log.skip({ file: context.file, line }, `CSV row not readable: ${error.message}`);
        skippedLines.add(line);
      },
    }) as unknown as CsvRow[]; // with `info: true` each row is { record, info }
    rows.push(...parsed);

    if (!unclosedQuote) return rows;
    const brokenLine = (parsed.at(-1)?.info.lines ?? fromLine - 1) + 1;
    log.skip({ file: context.file, line: brokenLine }, 'a quote opened on this line is never closed; the row was skipped');
    fromLine = brokenLine + 1;
  }
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
  if (record.length > fields.length && record.slice(fields.length).some((cell) => cell.trim() !== '')) {
    log.skip(location, `row has ${record.length} cells but the header has ${fields.length}; a delimiter inside an unquoted value?`);
    return undefined;
  }

  const values: RecordValues = {};
  fields.forEach((field, index) => {
    const cell = record[index];
    if (field !== undefined && cell !== undefined && cell !== '') values[field] = cell;
  });
  return values;
}
