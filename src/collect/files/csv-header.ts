import { hasTextField } from './record-fields.js';

export type CsvDelimiter = ';' | ',' | '\t';

const DELIMITERS: readonly CsvDelimiter[] = [';', ',', '\t'];

export interface CsvHeader {
  readonly delimiter: CsvDelimiter;
  readonly names: readonly string[];
}

/**
 * Finds the delimiter from the header line: the one that splits it into names among which is a
 * text column. Excel writes `;` where the decimal separator is a comma (Russian and Kazakh
 * locales) and `,` elsewhere; exports from scripts sometimes use tabs. Undefined when no
 * delimiter gives a text column: the file is not a CSV of posts.
 */
export function findCsvHeader(text: string): CsvHeader | undefined {
  const end = text.indexOf('\n');
  const line = (end === -1 ? text : text.slice(0, end)).replace(/\r$/, '');

  const candidates = DELIMITERS.map((delimiter) => ({
    delimiter,
    names: splitHeader(line, delimiter),
  }))
    .filter((candidate) => candidate.names.length > 1 && hasTextField(candidate.names))
    .sort((a, b) => b.names.length - a.names.length);
  return candidates[0] ?? singleTextColumn(line, text.slice(line.length));
}

/** Tab first: of the three it is the one least likely inside a comment's own text. */
const SINGLE_COLUMN_DELIMITERS: readonly CsvDelimiter[] = ['\t', ';', ','];

/**
 * A file of one text column (comments pasted into a spreadsheet and saved as CSV) has no
 * delimiter in its header line. Its rows are split on the delimiter they hold least, so that a
 * comma or a semicolon in unquoted text does not cut a row in two.
 */
function singleTextColumn(line: string, rows: string): CsvHeader | undefined {
  const name = line.trim().replace(/^"(.*)"$/, '$1');
  if (!hasTextField([name])) return undefined;
  const uses = (delimiter: string) => rows.split(delimiter).length;
  const delimiter = [...SINGLE_COLUMN_DELIMITERS].sort((a, b) => uses(a) - uses(b))[0]!;
  return { delimiter, names: [name] };
}

/**
 * The names of a first line that splits like a CSV header but has no text column, so that the
 * error can name them: an export with its text under `message_text` or `отзыв` is a CSV whose
 * column tyndau does not know, not a file of no known format.
 */
export function csvHeaderWithoutText(text: string): readonly string[] | undefined {
  const end = text.indexOf('\n');
  const line = (end === -1 ? text : text.slice(0, end)).replace(/\r$/, '');
  const widest = DELIMITERS.map((delimiter) => splitHeader(line, delimiter))
    .sort((a, b) => b.length - a.length)[0];
  return widest !== undefined && widest.length > 1 && !hasTextField(widest) ? widest : undefined;
}

/** Header names are rarely quoted and never hold the delimiter; quotes are taken off. */
function splitHeader(line: string, delimiter: CsvDelimiter): string[] {
  return line.split(delimiter).map((name) => name.trim().replace(/^"(.*)"$/, '$1'));
}
