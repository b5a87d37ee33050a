import { isPreambleRow, splitOutsideQuotes } from './preamble-row.js';
import { hasTextField } from './record-fields.js';

export type CsvDelimiter = ';' | ',' | '\t';

const DELIMITERS: readonly CsvDelimiter[] = [';', ',', '\t'];

export interface CsvHeader {
  readonly delimiter: CsvDelimiter;
  readonly names: readonly string[];
  /** 0-based line of the header: the lines before it are a preamble (see `csvPreamble`). */
  readonly line: number;
  /** Lines of the preamble that were not blank: a title, Excel's `sep=` line. */
  readonly titleLines: number;
}

const LINE_ENDS = /\r\n?/g;
/**
 * Lines looked at before a header of several columns: a report's title block is a few lines, a
 * listening tool's description of its query and filters a few dozen. Past it, such a file was
 * read as plain text, its header and every row (with the author column) a post.
 */
const MAX_PREAMBLE_LINES = 100;
/** Lines looked at before a header of one text column, a single word that prose may hold too. */
const MAX_SINGLE_COLUMN_PREAMBLE_LINES = 20;
/** The first line Excel writes and reads to name the delimiter: `sep=;`. */
const SEPARATOR_LINE = /^"?sep=(.)"?$/i;

/**
 * Finds the header line and its delimiter: the one that splits it into names among which is a
 * text column. Excel writes `;` where the decimal separator is a comma (Russian and Kazakh
 * locales) and `,` elsewhere; exports from scripts sometimes use tabs. Undefined when no
 * delimiter gives a text column: the file is not a CSV of posts.
 *
 * Lines before the header are passed over when each holds at most two values: blank lines, a
 * report's title and period ("Выгрузка за ноябрь;;;", as a sheet with a title row is saved), a
 * listening tool's label and value pairs (`"Query Name:","…"`), and Excel's `sep=;`, whose
 * delimiter is then the only one tried.
 */
export function findCsvHeader(original: string): CsvHeader | undefined {
  // Excel for the old Mac OS ends lines with a lone CR: read as one line, the whole file was the
  // header, and its posts' text was named in the note on columns not read.
  const text = withLineFeeds(original);
  let titleLines = 0;
  let delimiters = DELIMITERS;
  for (const { line, index, end } of firstLines(text)) {
    const header = headerOfLine(line, text.slice(end), delimiters, index <= MAX_SINGLE_COLUMN_PREAMBLE_LINES);
    if (header) return { ...header, line: index, titleLines };

    const separator = SEPARATOR_LINE.exec(line.trim())?.[1];
    if (separator !== undefined && isDelimiter(separator)) delimiters = [separator];
    else if (!isPreambleLine(line)) return undefined;
    if (line.trim() !== '') titleLines += 1;
  }
  return undefined;
}

function headerOfLine(
  line: string,
  rest: string,
  delimiters: readonly CsvDelimiter[],
  singleColumn: boolean,
): Pick<CsvHeader, 'delimiter' | 'names'> | undefined {
  const candidates = delimiters.map((delimiter) => ({
    delimiter,
    names: splitHeader(line, delimiter),
  }))
    .filter((candidate) => candidate.names.length > 1 && hasTextField(candidate.names))
    .sort((a, b) => b.names.length - a.names.length);
  return candidates[0] ?? (singleColumn ? singleTextColumn(line, rest, delimiters) : undefined);
}

/** A line that holds a title or a label and its value however it is split, or nothing. */
function isPreambleLine(line: string): boolean {
  return DELIMITERS.every((delimiter) => isPreambleRow(splitOutsideQuotes(line, delimiter)));
}

/** A line that holds at most one value however it is split: blank, or a title. */
function isTitleLine(line: string): boolean {
  return DELIMITERS.every((delimiter) => line.split(delimiter).filter((cell) => cell.trim() !== '').length <= 1);
}

function isDelimiter(character: string): character is CsvDelimiter {
  return (DELIMITERS as readonly string[]).includes(character);
}

/** The first lines of the text, each without its line end, with where the line ends. */
function* firstLines(text: string): Generator<{ line: string; index: number; end: number }> {
  let start = 0;
  for (let index = 0; index <= MAX_PREAMBLE_LINES; index += 1) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    yield { line: text.slice(start, end).replace(/\r$/, ''), index, end };
    if (newline === -1) return;
    start = newline + 1;
  }
}

/** Tab first: of the three it is the one least likely inside a comment's own text. */
const SINGLE_COLUMN_DELIMITERS: readonly CsvDelimiter[] = ['\t', ';', ','];

/**
 * A file of one text column (comments pasted into a spreadsheet and saved as CSV) has no
 * delimiter in its header line. Its rows are split on the delimiter they hold least, so that a
 * comma or a semicolon in unquoted text does not cut a row in two.
 */
function singleTextColumn(
  line: string,
  rows: string,
  delimiters: readonly CsvDelimiter[],
): Pick<CsvHeader, 'delimiter' | 'names'> | undefined {
  const name = line.trim().replace(/^"(.*)"$/, '$1');
  if (!hasTextField([name])) return undefined;
  const uses = (delimiter: string) => rows.split(delimiter).length;
  const allowed = SINGLE_COLUMN_DELIMITERS.filter((delimiter) => delimiters.includes(delimiter));
  const delimiter = allowed.sort((a, b) => uses(a) - uses(b))[0]!;
  return { delimiter, names: [name] };
}

/**
 * The names of a first line that splits like a CSV header but has no text column, so that the
 * error can name them: an export with its text under `message_text` or `отзыв` is a CSV whose
 * column tyndau does not know, not a file of no known format.
 */
export function csvHeaderWithoutText(text: string): readonly string[] | undefined {
  const lines = [...firstLines(withLineFeeds(text))];
  // A header of two names ("date;author") reads like a label and its value: named all the same.
  const line = (lines.find(({ line: candidate }) => !isPreambleLine(candidate))
    ?? lines.find(({ line: candidate }) => !isTitleLine(candidate)))?.line ?? '';
  const widest = DELIMITERS.map((delimiter) => splitHeader(line, delimiter))
    .sort((a, b) => b.length - a.length)[0];
  return widest !== undefined && widest.length > 1 && !hasTextField(widest) ? widest : undefined;
}

function withLineFeeds(text: string): string {
  return text.includes('\r') ? text.replace(LINE_ENDS, '\n') : text;
}

/** Header names are rarely quoted and never hold the delimiter; quotes are taken off. */
function splitHeader(line: string, delimiter: CsvDelimiter): string[] {
  return line.split(delimiter).map((name) => name.trim().replace(/^"(.*)"$/, '$1'));
}
