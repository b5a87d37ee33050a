import { readFileSync } from 'node:fs';

import { parse } from 'csv-parse/sync';

/** Rows of a CSV or TSV file with a header line, as records keyed by column name. */
export function readTable(path: string, delimiter: ',' | '\t' = ','): Record<string, string>[] {
  try {
    return parse(readFileSync(path), {
      columns: true,
      delimiter,
      // RuSentNE's TSV quotes only some fields (an entity "ФК ""Тамбов""") and leaves bare
      // quotes inside others.
      relax_quotes: true,
      bom: true,
      skip_empty_lines: true,
    }) as Record<string, string>[];
  } catch (error) {
    throw new Error(`training data ${path}: ${(error as Error).message}`);
  }
}
