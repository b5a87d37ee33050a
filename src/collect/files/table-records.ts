import { isDayFirstZone, numericDateOrderOf, unsettledNumericDate } from '../dates/numeric-date-order.js';
import { LocalIds } from '../identity/scoped-native-id.js';
import type { ImportContext, ImportLog } from '../import-context.js';
import type { RawPost, RecordLocation } from '../raw-post.js';
import { excelStandIn } from './excel-error-value.js';
import { splitOutsideQuotes } from './preamble-row.js';
import { FieldNames, isSecondaryTextName, type RecordField } from './record-fields.js';
import { recordToPost, setRecordValue, type RecordValues } from './record-to-post.js';

/** A row of a CSV file or a spreadsheet: its cells as text, and the line (or row) it starts on. */
export interface TableRecord {
  readonly record: readonly string[];
  readonly line: number;
}

/** A table's header: its column names and the 1-based line (or row) they are on. */
export interface TableHeader {
  readonly names: readonly string[];
  readonly line: number;
  /** What the lines before the header were, when there were any but blank ones. */
  readonly preambleNote?: string;
  /** Whether the table is a workbook's sheet, whose error cells a formula left, not a CSV's. */
  readonly workbook?: boolean;
}

/** A date cell of the table's date column and the line (or row) it is on. */
export interface DatedLine {
  readonly date: string | undefined;
  readonly line: number;
}

/**
 * The posts of a table's rows, its columns matched to fields by the header's names
 * (`record-fields.ts`): shared by CSV files and Excel workbooks. Columns not read are named in a
 * note; a row that cannot be read is skipped into `log` with its line.
 */
export function tableRecordsToPosts(
  header: TableHeader,
  rows: readonly TableRecord[],
  context: ImportContext,
  log: ImportLog,
): RawPost[] {
  const column = tableFieldColumn(header.names, 'date');
  const dates = column === -1 ? [] : rows.map((row) => ({ date: row.record[column], line: row.line }));
  const reader = new TableRowReader(header, context, log, dates);
  const posts: RawPost[] = [];
  for (const row of rows) {
    const post = reader.read(row, log);
    if (post) posts.push(post);
  }
  reader.finish(log, log.skipped.length > 0);
  return posts;
}

/** The index of the column read as `field` (the first such column), or -1. */
export function tableFieldColumn(names: readonly string[], field: RecordField): number {
  return fieldsOfColumns(names).indexOf(field);
}

/**
 * Reads a table's rows one at a time, for a table in memory or a CSV file read as a stream: the
 * header's columns, the ids seen and the repeated headers are kept from one row to the next, and
 * each row's skips and notes go to the log it is given.
 */
export class TableRowReader {
  readonly #header: TableHeader;
  readonly #file: string;
  readonly #columns: RowColumns;
  readonly #spareText: readonly SpareTextColumn[];
  readonly #rowContext: ImportContext;
  readonly #isHeader: (record: readonly string[]) => boolean;
  readonly #localIds = new LocalIds();
  readonly #repeatedHeaders: number[] = [];
  readonly #headerKey: string;
  /** Where the header came again with another delimiter; the rows after it are not this table's. */
  #otherHeader: { readonly line: number; readonly delimiter: string } | undefined;
  #posts = 0;

  /** `dates` are the date column's cells: how they are written settles how each is read. */
  constructor(header: TableHeader, context: ImportContext, log: ImportLog, dates: readonly DatedLine[]) {
    const fields = fieldsOfColumns(header.names);
    const unread = unreadColumnsNote(header.names, fields);
    if (unread) log.note({ file: context.file, line: header.line }, unread);
    if (header.preambleNote) log.note({ file: context.file, line: 1 }, header.preambleNote);

    this.#header = header;
    this.#file = context.file;
    this.#columns = { fields, zones: zonesOfColumns(header.names, fields), workbook: header.workbook === true };
    this.#spareText = spareTextColumns(header.names, fields);
    this.#rowContext = fields.includes('date') ? withNumericDateOrder(dates, context, log) : context;
    this.#isHeader = headerRepeat(header.names);
    this.#headerKey = headerKey(header.names);
  }

  /** The row's post, or undefined for a blank row, a repeated header or a row skipped into `log`. */
  read(row: TableRecord, log: ImportLog): RawPost | undefined {
    // Excel saves rows it once formatted or cleared as delimiters alone (';;;;;'), and a
    // workbook keeps rows of empty formulas: no record, as a blank line is none.
    if (row.record.every((cell) => cell.trim() === '')) return undefined;
    if (this.#isHeader(row.record)) {
      this.#repeatedHeaders.push(row.line);
      this.#otherHeader = undefined;
      return undefined;
    }
    const location = { file: this.#file, line: row.line };
    this.#otherHeader = this.#headerWithOtherDelimiter(row) ?? this.#otherHeader;
    if (this.#otherHeader?.line === row.line) {
      log.note(location, `the header again, with ${JSON.stringify(this.#otherHeader.delimiter)} between its columns ` +
        '(exports saved with other settings, joined into one file?); the rows after it are skipped: import that part ' +
        'as a file of its own');
      return undefined;
    }
    if (this.#otherHeader) {
      const { line, delimiter } = this.#otherHeader;
      log.skip(location, `after the header repeated on line ${line} with ${JSON.stringify(delimiter)} between its ` +
        'columns, the row cannot be split as the first header says; import that part as a file of its own');
      return undefined;
    }
    const values = withSpareText(rowValues(row.record, this.#columns, location, log), row.record, this.#spareText, location, log);
    const post = values && recordToPost(values, this.#rowContext, location, log, this.#localIds);
    if (post) this.#posts += 1;
    return post;
  }

  /**
   * The header written with another delimiter, when the row is it: one cell that splits into the
   * header's names. Exports of one tool saved with two locales' settings (`;` and `,`) and joined
   * with `cat`: each row after it was skipped as having no text, which said nothing of why.
   */
  #headerWithOtherDelimiter(row: TableRecord): { line: number; delimiter: string } | undefined {
    const filled = row.record.filter((cell) => cell.trim() !== '');
    if (filled.length !== 1 || this.#header.names.length < 2) return undefined;
    const delimiter = OTHER_DELIMITERS.find((candidate) => headerKey(splitOutsideQuotes(filled[0]!, candidate)) === this.#headerKey);
    return delimiter === undefined ? undefined : { line: row.line, delimiter };
  }

  /** The notes on the whole table, once its last row is read; `skippedAny` counts every part. */
  finish(log: ImportLog, skippedAny: boolean): void {
    const repeated = this.#repeatedHeaders;
    if (repeated.length > 0) {
      const lines = repeated.slice(0, 5).join(', ') + (repeated.length > 5 ? ', …' : '');
      const note = `the header is repeated on line ${lines} (exports joined into one file?); not read as a post`;
      log.note({ file: this.#file, line: repeated[0] }, note);
    }
    // An export cut short, or a template saved before any row: said, not silently "0 read".
    if (this.#posts === 0 && !skippedAny) log.note({ file: this.#file, line: this.#header.line }, 'the file has a header and no rows');
  }
}

/**
 * Tells a row that repeats the header: exports joined with `cat` or a spreadsheet's pasted pages
 * carry the header again, each copy perhaps with its own byte-order mark. Read as a post, its
 * text was the text column's name.
 */
function headerRepeat(names: readonly string[]): (record: readonly string[]) => boolean {
  const header = headerKey(names);
  return (record) => record.length >= names.length && headerKey(record.slice(0, names.length)) === header
    && record.slice(names.length).every((cell) => cell.trim() === '');
}

/** Delimiters a header may come again with, within one file. */
const OTHER_DELIMITERS = [';', ',', '\t'];

/** A header's names as compared: without a byte-order mark, quotes, spaces or case. */
function headerKey(cells: readonly string[]): string {
  return cells.map((cell) => cell.replace(/^\uFEFF/, '').trim().replace(/^"(.*)"$/, '$1').toLowerCase()).join('\u0000');
}

/** Columns listed in the note before "and N more". */
const COLUMNS_LISTED = 12;

/**
 * A note naming the columns read as nothing, so that a column meant as the platform or the date
 * under a name tyndau does not know is seen rather than silently lost. Author-like columns are
 * among them by design; only their names are printed, never a value.
 */
function unreadColumnsNote(columns: readonly string[], fields: readonly (RecordField | undefined)[]): string | undefined {
  const names = new FieldNames();
  const unread = columns.flatMap((name, index) => {
    if (fields[index] !== undefined || name.trim() === '') return [];
    // A second `text` or `date` column: saying only that "text" was not read would be taken
    // for the text not being read at all.
    const repeated = names.fieldOf(name);
    const shown = JSON.stringify(name.trim());
    if (repeated === undefined) return [shown];
    if (repeated === 'text' && isSecondaryTextName(name)) return [`${shown} (taken for a note beside the text column)`];
    return [`${shown} (a second ${repeated} column; the first is read)`];
  });
  if (unread.length === 0) return undefined;
  const listed = unread.slice(0, COLUMNS_LISTED).join(', ');
  const more = unread.length > COLUMNS_LISTED ? ` and ${unread.length - COLUMNS_LISTED} more` : '';
  return `columns not read: ${listed}${more}; the names tyndau reads are listed in the README ` +
    '(author-like columns are never read)';
}

function fieldsOfColumns(columns: readonly string[]): (RecordField | undefined)[] {
  const names = new FieldNames();
  const seen = new Set<RecordField>();
  const namedText = columns.some((name) => names.fieldOf(name) === 'text' && !isSecondaryTextName(name));
  return columns.map((name) => {
    const field = names.fieldOf(name);
    // The first column of a field wins: a second `text` column is ignored like any other. Every
    // platform column is read (see `setRecordValue`).
    if (field === undefined || (seen.has(field) && field !== 'platform')) return undefined;
    if (field === 'text' && namedText && isSecondaryTextName(name)) return undefined;
    seen.add(field);
    return field;
  });
}

/** A text column after the one read, by its index and name: a second `text` or `текст`. */
interface SpareTextColumn {
  readonly index: number;
  readonly name: string;
  /** The name of the text column read. */
  readonly first: string;
}

function spareTextColumns(columns: readonly string[], fields: readonly (RecordField | undefined)[]): SpareTextColumn[] {
  const names = new FieldNames();
  const first = columns[fields.indexOf('text')];
  if (first === undefined) return [];
  return columns.flatMap((name, index) => fields[index] === undefined && names.fieldOf(name) === 'text'
    && !isSecondaryTextName(name) ? [{ index, name, first }] : []);
}

/**
 * A row whose text column is blank is read from a second text column holding words: exports
 * joined side by side, or a sheet with `Text` and `Текст`, fill one or the other. Such a row was
 * skipped for having no text, its words in the column beside.
 */
function withSpareText(
  values: RecordValues | undefined,
  record: readonly string[],
  spare: readonly SpareTextColumn[],
  location: RecordLocation,
  log: ImportLog,
): RecordValues | undefined {
  if (values === undefined || (typeof values.text === 'string' && values.text.trim() !== '')) return values;
  const column = spare.find(({ index }) => (record[index] ?? '').trim() !== '' && excelStandIn(record[index]!) === undefined);
  if (column === undefined) return values;
  log.note(location, `the text column ${JSON.stringify(column.first.trim())} is blank in this row; its text is read ` +
    `from the next text column, ${JSON.stringify(column.name.trim())}`);
  return { ...values, text: record[column.index]! };
}

/** The zone each read date or time column names (`Date (GMT)`), if it names one. */
function zonesOfColumns(
  columns: readonly string[],
  fields: readonly (RecordField | undefined)[],
): (string | undefined)[] {
  const names = new FieldNames();
  return columns.map((name, index) => (fields[index] === undefined ? undefined : names.zoneOf(name)));
}

/**
 * The context with the order the date column writes `03/10/2024` in, read from its dates whose
 * day is over 12 (US tools write month first, Kazakh and Russian users day first); the note says
 * which date settled it, since a wrong order moves posts by months.
 */
function withNumericDateOrder(dated: readonly DatedLine[], context: ImportContext, log: ImportLog): ImportContext {
  const dates = dated.map(({ date }) => date);
  const evidence = numericDateOrderOf(dates);
  if (!evidence) return withZoneDateOrder(dated, dates, context, log);
  const line = dated[evidence.index]!.line;
  const order = evidence.order === 'month-first' ? 'month first' : 'day first';
  const note = `dates with slashes are read ${order}, as ${JSON.stringify(evidence.example)} on line ${line} is written`;
  log.note({ file: context.file, line }, note);
  return { ...context, numericDateOrder: evidence.order };
}

/**
 * The context with dates read day first when none of the column's dates shows the order and
 * the project's zone is of a country that writes the day first (a Kazakh project's `05/12/2026
 * 14:03` is the 5th of December); noted once, with the first date so read, since the order is
 * assumed. Without it such dates stayed unread.
 */
function withZoneDateOrder(
  dated: readonly DatedLine[],
  dates: readonly (string | undefined)[],
  context: ImportContext,
  log: ImportLog,
): ImportContext {
  const unsettled = unsettledNumericDate(dates);
  if (!unsettled || !isDayFirstZone(context.timezone)) return context;

  const line = dated[unsettled.index]!.line;
  log.note({ file: context.file, line }, `dates such as ${JSON.stringify(unsettled.example)}, whose ` +
    `first two numbers could each be the month, are read day first, as dates are written in the ` +
    `project's zone ${context.timezone}; no date in the file shows the order`);
  return { ...context, numericDateOrder: 'day-first' };
}

/**
 * A row's values by field. Cells beyond the header are allowed when empty (Excel pads rows with
 * trailing delimiters); otherwise they mean an unquoted delimiter inside a value, and the row is
 * skipped rather than read with its columns shifted.
 */
interface RowColumns {
  readonly fields: readonly (RecordField | undefined)[];
  readonly zones: readonly (string | undefined)[];
  readonly workbook: boolean;
}

/**
 * A CSV cell that is a number alone (`12345`, `-3,5`, `1 200`, `1.5E+04`): a column of ids or
 * counts taken for the text, or columns shifted by one. It was stored as a post saying "12345";
 * a JSON record's `"text": 123` is skipped the same way, and a workbook's number cell by its type.
 */
const NUMBER_ONLY = /^[-+]?(?:\d+|\d{1,3}(?:[ \u00a0]\d{3})+)(?:[.,]\d+)?(?:e[-+]?\d+)?$/i;

function rowValues(
  record: readonly string[],
  columns: RowColumns,
  location: RecordLocation,
  log: ImportLog,
): RecordValues | undefined {
  const { fields, zones, workbook } = columns;
  const extra = record.slice(fields.length);
  if (extra.some((cell) => cell.trim() !== '')) {
    const counts = `row has ${record.length} cells but the header has ${fields.length}`;
    log.skip(location, `${counts}; a delimiter inside an unquoted value?`);
    return undefined;
  }

  const values: RecordValues = {};
  for (const [index, field] of fields.entries()) {
    const cell = record[index];
    if (field === undefined || cell === undefined || cell === '') continue;
    const standIn = excelStandIn(cell);
    // Only a number or a date is too wide for its column: a text of hashes is what was written.
    if (field === 'text' && !workbook && NUMBER_ONLY.test(cell.trim())) {
      log.skip(location, `the text column holds only a number (${cell.trim()}), not text; a post's text is words`);
      return undefined;
    }
    if (standIn === undefined || (standIn === 'too-narrow' && field === 'text')) {
      setRecordValue(values, field, cell, zones[index]);
      continue;
    }
    // A stand-in is no value: the field is missing, and a missing text loses the row.
    const shown = JSON.stringify(cell.trim());
    if (field === 'text') {
      log.skip(location, workbook
        ? `the text is Excel's ${shown}, not the post: the cell holds a formula Excel could not work out; ` +
          'put the post in the cell as text'
        : `the text is Excel's ${shown}, not the post: Excel took a text starting with =, + ` +
          'or - for a formula when the file was opened and saved; export it again and import it without ' +
          'saving it from Excel, or import the .xlsx');
      return undefined;
    }
    log.note(location, standIn === 'too-narrow'
      ? `the ${field} is ${shown}: Excel saved what its too narrow column showed; widen the column before saving`
      : `the ${field} is Excel's ${shown}; read as missing`);
  }
  return values;
}
