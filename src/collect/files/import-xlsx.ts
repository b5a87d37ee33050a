import type { Cell, CellValue, Worksheet } from 'exceljs';

import { ImportLog, type ImportContext } from '../import-context.js';
import type { ImportBatch, RawPost } from '../raw-post.js';
import { loadExcelJs } from './load-exceljs.js';
import { isPreambleRow } from './preamble-row.js';
import { FieldNames, hasTextField, TEXT_FIELD_NAMES } from './record-fields.js';
import { tableFieldColumn, tableRecordsToPosts, type TableRecord } from './table-records.js';
import { workbookUnpackingProblem } from './workbook-unpacking-problem.js';

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04] as const;
const WORKBOOK_PART = Buffer.from('xl/workbook.xml');
/** Rows looked at for the header; a report's title block is a few rows. */
const MAX_PREAMBLE_ROWS = 20;

/** The signature of a compound file: Excel 97–2003 (.xls) workbooks and encrypted .xlsx ones. */
const COMPOUND_FILE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] as const;

/**
 * Why a compound file cannot be read, or undefined for any other file: an old .xls workbook or
 * one saved with a password, which listening tools' older exports and users' own sheets are.
 * Decoded as text it was "binary data", which did not say what to do.
 */
export function legacyWorkbookProblem(bytes: Uint8Array, file: string): string | undefined {
  if (!COMPOUND_FILE_SIGNATURE.every((byte, index) => bytes[index] === byte)) return undefined;
  return `${file}: an Excel 97–2003 workbook (.xls) or a password-protected one, which tyndau ` +
    'cannot read; save the sheet as "Excel Workbook (.xlsx)" without a password, or as "CSV UTF-8"';
}

/** The end of a ZIP archive's directory, and how far before the end it may stand (its comment). */
const ZIP_DIRECTORY_END = Buffer.from([0x50, 0x4b, 0x05, 0x06]);
const ZIP_DIRECTORY_END_REACH = 22 + 0xffff;

/**
 * Why a ZIP archive cannot be read, or undefined for any other file or a whole archive: one whose
 * directory, written last, is missing was cut off (a download or a copy that did not finish, a
 * workbook copied while still being saved). Such an .xlsx workbook was called "a ZIP archive
 * (an Excel .xlsx workbook is one)", or not a readable workbook, with advice to save it as CSV,
 * which does not say that the file is incomplete.
 */
export function cutOffArchiveProblem(bytes: Uint8Array, file: string): string | undefined {
  if (!ZIP_SIGNATURE.every((byte, index) => bytes[index] === byte)) return undefined;
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tail = buffer.subarray(Math.max(0, buffer.length - ZIP_DIRECTORY_END_REACH));
  if (tail.includes(ZIP_DIRECTORY_END)) return undefined;
  const kind = buffer.includes(WORKBOOK_PART) || buffer.includes(WORKBOOK_FOLDER)
    ? 'an Excel workbook (.xlsx)'
    : 'a ZIP archive';
  return `${file}: ${kind} cut off before its end (${buffer.length.toLocaleString('en')} bytes; a ` +
    'download or copy that did not finish?); download or copy it again, or save it again from Excel';
}

const WORKBOOK_FOLDER = Buffer.from('xl/');

/** True for an Excel workbook (.xlsx): a ZIP archive with the part `xl/workbook.xml`. */
export function isXlsxWorkbook(bytes: Uint8Array): boolean {
  if (!ZIP_SIGNATURE.every((byte, index) => bytes[index] === byte)) return false;
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(WORKBOOK_PART);
}

/**
 * Posts from an Excel workbook, as listening tools (YouScan, Brand Analytics, Brandwatch) export
 * mentions: each sheet whose header row (the first row, or the first after a title block) names a
 * text column is read like a CSV file (`table-records.ts`), a row's line its row number. A cell
 * formatted as a date is the wall clock of the project's zone; rich text, links and formulas give
 * their text or result, except in a link column, which takes the address a linked cell points to.
 * A title merged across the columns is one cell. Sheets without a text column (a summary,
 * charts) are named in a note.
 */
export async function importXlsx(bytes: Uint8Array, context: ImportContext): Promise<ImportBatch> {
  const unpacking = workbookUnpackingProblem(bytes, context.file);
  if (unpacking) throw new Error(unpacking);
  const workbook = new (await loadExcelJs()).Workbook();
  try {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch (error) {
    throw new Error(
      `${context.file}: not a readable Excel workbook (${(error as Error).message}); ` +
        'save the sheet as "CSV UTF-8"',
    );
  }

  const log = new ImportLog();
  const posts: RawPost[] = [];
  const unread: string[] = [];
  for (const sheet of workbook.worksheets) {
    const rows = sheetRows(sheet);
    const headerIndex = headerRowIndex(rows);
    if (headerIndex === undefined) {
      unread.push(JSON.stringify(sheet.name));
      continue;
    }
    const header = rows[headerIndex]!;
    const several = workbook.worksheets.length > 1;
    const sheetContext = { ...context, file: several ? `${context.file} [${sheet.name}]` : context.file };
    const textColumn = tableFieldColumn(header.record, 'text');
    const ownRows = withoutTextMergedDown(textColumn, rows.slice(headerIndex + 1), sheetContext.file, log);
    const textRows = withoutUnworkedTextFormulas(textColumn, ownRows, sheetContext.file, log);
    const body = withLinkAddresses(header, withoutValuesInTextCells(textColumn, textRows, sheetContext.file, log));
    const preambleNote = headerIndex === 0
      ? undefined
      : `the ${header.line - 1} rows before the header are a title or blank; not read`;
    const sheetPosts = tableRecordsToPosts(
      { names: header.record, line: header.line, preambleNote, workbook: true },
      body,
      sheetContext,
      log,
    );
    // One by one: spread into push, a sheet of 200,000 rows would overflow the call stack.
    for (const post of sheetPosts) posts.push(post);
  }

  if (unread.length === workbook.worksheets.length) {
    throw new Error(
      `${context.file}: no sheet of the workbook has a header with a text column; name one ` +
        `${TEXT_FIELD_NAMES.slice(0, 4).join(', ')} ` +
        'or another alias listed in src/collect/files/record-fields.ts',
    );
  }
  if (unread.length > 0) {
    log.note({ file: context.file }, `sheets without a text column not read: ${unread.join(', ')}`);
  }
  return log.batch('xlsx', context.file, posts);
}

/** The first row that names a text column, if only blank, title or label-and-value rows come before it. */
function headerRowIndex(rows: readonly TableRecord[]): number | undefined {
  for (const [index, row] of rows.slice(0, MAX_PREAMBLE_ROWS + 1).entries()) {
    if (hasTextField(row.record.map((name) => name.trim()))) return index;
    if (!isPreambleRow(row.record)) return undefined;
  }
  return undefined;
}

/** A sheet's row, with the address each linked cell points to. */
interface SheetRow extends TableRecord {
  readonly links: readonly (string | undefined)[];
  /** The columns whose cell is merged down from a row above, by index. */
  readonly mergedDown: readonly number[];
  /** The columns whose cell is a formula without a result saved, by index. */
  readonly unworkedFormulas: readonly number[];
  /** What each cell holds that is a value and not text (`a number (12345)`), by column index. */
  readonly values: readonly (string | undefined)[];
}

/**
 * The rows without those whose text cell is merged down from the row above: a long comment
 * merged over two or three rows, as people lay out a sheet by hand, is one post. exceljs gives
 * each covered cell the text, and the comment was stored once a row. Told in one note a sheet.
 */
function withoutTextMergedDown(textColumn: number, rows: readonly SheetRow[], file: string, log: ImportLog): SheetRow[] {
  const covered = rows.filter((row) => row.mergedDown.includes(textColumn)).map((row) => row.line);
  if (covered.length === 0) return [...rows];
  const lines = covered.slice(0, 5).join(', ') + (covered.length > 5 ? ', …' : '');
  log.note({ file, line: covered[0] }, `the text cell of row ${lines} is merged with the one above: one post's ` +
    'text, read once, at the row where the merged cell starts');
  return rows.filter((row) => !row.mergedDown.includes(textColumn));
}

/**
 * The rows without those whose text cell is a formula with no result saved: a workbook written by
 * a program (openpyxl, a report script) holds formulas that only a spreadsheet works out. Such a
 * row was skipped as one with no text column, which sent the user looking for a missing header.
 */
function withoutUnworkedTextFormulas(textColumn: number, rows: readonly SheetRow[], file: string, log: ImportLog): SheetRow[] {
  return rows.filter((row) => {
    if (!row.unworkedFormulas.includes(textColumn)) return true;
    log.skip({ file, line: row.line }, 'the text cell holds a formula with no result saved in the file (a workbook ' +
      'written by a program, never opened in a spreadsheet); open it in Excel or LibreOffice, save it, and import it again');
    return false;
  });
}

/**
 * The rows without those whose text cell holds a number, a true/false value or a date rather
 * than text: a column of ids or counts taken for the text column, or a sheet whose columns were
 * shifted. Such a cell was stored as a post saying "12345" or "true"; a JSON record's `"text":
 * 123` is skipped the same way (`import-jsonl.ts`).
 */
function withoutValuesInTextCells(textColumn: number, rows: readonly SheetRow[], file: string, log: ImportLog): SheetRow[] {
  return rows.filter((row) => {
    const value = row.values[textColumn];
    if (value === undefined) return true;
    log.skip({ file, line: row.line }, `the text cell holds ${value}, not text; a post's text is words`);
    return false;
  });
}

/** What a cell holds when it is a number, a true/false value or a date: its kind and value. */
function cellValueKind(value: CellValue): string | undefined {
  const result = value !== null && typeof value === 'object' && !(value instanceof Date) && 'result' in value
    ? value.result as CellValue
    : value;
  if (typeof result === 'number') return `a number (${String(result)})`;
  if (typeof result === 'boolean') return `a true/false value (${String(result).toUpperCase()})`;
  if (result instanceof Date) return `a date (${wallClockText(result)})`;
  return undefined;
}

function sheetRows(sheet: Worksheet): SheetRow[] {
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const record: string[] = [];
    const links: (string | undefined)[] = [];
    const mergedDown: number[] = [];
    const unworkedFormulas: number[] = [];
    const values: (string | undefined)[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      record[column - 1] = spansRow(cell) ? '' : timeOfDayText(cell.value, cell.numFmt) ?? cellText(cell.value);
      links[column - 1] = linkAddress(cell.value);
      if (cell.isMerged && cell.master.row !== cell.row) mergedDown.push(column - 1);
      if (isUnworkedFormula(cell.value)) unworkedFormulas.push(column - 1);
      values[column - 1] = cellValueKind(cell.value);
    });
    const cells = Array.from(record, (cell) => cell ?? '');
    rows.push({ record: cells, links, mergedDown, unworkedFormulas, values, line: rowNumber });
  });
  return rows;
}

/**
 * True for a cell covered by a merged cell to its left: exceljs gives it the merged cell's value.
 * A report's title merged across the columns ("Отчёт по упоминаниям" over A1:F1) then read as a
 * row of six values, not a title, and the header under it was never found. A cell merged down
 * from the row above (one date over several posts) keeps the value: it is that row's too.
 */
function spansRow(cell: Cell): boolean {
  return cell.isMerged && cell.master !== cell && cell.master.row === cell.row;
}

/**
 * The rows with a link column's cells read as the address they point to, not the words shown:
 * exports (Popsters, YouScan) show a post's link as "пост" or "Открыть", a link or a HYPERLINK
 * formula behind it. Read as the words, the post lost its address and with it its platform.
 */
function withLinkAddresses(header: TableRecord, rows: readonly SheetRow[]): readonly TableRecord[] {
  const fields = new FieldNames();
  const linkColumns = header.record.flatMap((name, column) => (fields.fieldOf(name) === 'url' ? [column] : []));
  if (linkColumns.length === 0) return rows;
  return rows.map((row) => {
    const record = [...row.record];
    for (const column of linkColumns) record[column] = row.links[column] ?? record[column] ?? '';
    return { record, line: row.line };
  });
}

// =HYPERLINK("https://…", "Открыть"): the address is the first argument, a quoted string.
const HYPERLINK_FORMULA = /^\s*HYPERLINK\(\s*"((?:[^"]|"")*)"/i;
const WEB_ADDRESS = /^https?:\/\//i;

/**
 * The web address a link cell or a HYPERLINK formula points to, if the cell is one. A link to
 * another sheet ("#Сводка!A1") or an e-mail is no post's address: the cell's words stay.
 */
function linkAddress(value: CellValue): string | undefined {
  if (value === null || typeof value !== 'object' || value instanceof Date) return undefined;
  let address: string | undefined;
  if ('hyperlink' in value && typeof value.hyperlink === 'string') address = value.hyperlink;
  else if ('formula' in value && typeof value.formula === 'string') {
    address = HYPERLINK_FORMULA.exec(value.formula)?.[1]?.replaceAll('""', '"');
  }
  address = address?.trim();
  return address !== undefined && WEB_ADDRESS.test(address) ? address : undefined;
}

/** Excel's day zero: a time of day alone is a date-time on it. */
const EXCEL_DAY_ZERO = '1899-12-30';
/** A number format for a time of day alone: hours or seconds, no day, month or year. */
const TIME_FORMAT = /^(?!.*[dy]).*[hs]/i;

/**
 * A cell holding a time of day alone, as `14:30:00`: a listening tool's `Время` column beside its
 * `Дата`. Excel keeps it as a fraction of a day (0.604 for 14:30) formatted `hh:mm`, which exceljs
 * gives as that number, or as a date-time on Excel's day zero; read as either, it was not joined
 * to the date, and every post stood at midnight.
 */
function timeOfDayText(value: CellValue, format: string | undefined): string | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime()) && value.toISOString().startsWith(EXCEL_DAY_ZERO)) {
    return value.toISOString().slice(11, 19);
  }
  if (typeof value !== 'number' || value < 0 || value >= 1 || !TIME_FORMAT.test(format ?? '')) return undefined;
  const seconds = Math.round(value * 86_400);
  return new Date(seconds * 1000).toISOString().slice(11, 19);
}

/**
 * A date cell as ISO text without an offset, read later in the project's zone (exceljs gives the
 * wall clock in a Date's UTC fields); a date without a time of day as the day alone, so that a
 * time column beside it is joined to it.
 */
function wallClockText(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19);
}

/**
 * A cell's value as the text a CSV export would hold: rich text joined, a link's text, a
 * formula's result. A link's text may itself be rich text: an export that links each post's text
 * to the post and sets the words the query matched in bold.
 */
/** A formula cell without its result: nothing a spreadsheet worked out was saved with it. */
function isUnworkedFormula(value: CellValue): boolean {
  if (value === null || typeof value !== 'object' || value instanceof Date) return false;
  return ('formula' in value || 'sharedFormula' in value) && (!('result' in value) || value.result === undefined);
}

function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return wallClockText(value);
  if (typeof value !== 'object') return String(value);
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('text' in value) return cellText(value.text as CellValue);
  if ('result' in value) return cellText(value.result as CellValue);
  // An error cell (#N/A, a formula's #REF!) is told as an error, as a CSV saved by Excel shows it;
  // read as no text, its row was skipped as one without a text column.
  if ('error' in value && typeof value.error === 'string') return value.error;
  return '';
}
