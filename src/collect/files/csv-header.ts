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
  return candidates[0];
}

/** Header names are rarely quoted and never hold the delimiter; quotes are taken off. */
function splitHeader(line: string, delimiter: CsvDelimiter): string[] {
  return line.split(delimiter).map((name) => name.trim().replace(/^"(.*)"$/, '$1'));
}
