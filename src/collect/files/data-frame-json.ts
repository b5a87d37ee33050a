import { isJsonObject, type JsonObject } from '../json-value.js';
import { hasTextField } from './record-fields.js';

/** A table's rows as records, each with the JSON pointer that names it in skips and notes. */
export interface DataFrameRows {
  readonly records: readonly JsonObject[];
  readonly paths: readonly string[];
}

/**
 * The rows of a table as pandas' `DataFrame.to_json` writes it in the layouts that are not a
 * list of records: by column, its default (`{"text": {"0": "…", "1": "…"}, "date": {…}}`), by
 * row label (`orient="index"`: `{"0": {"text": "…"}, "1": {…}}`) and split (`{"columns": [...],
 * "index": [...], "data": [[...], [...]]}`). The first was read as one record whose text was an
 * object and skipped, the file's every post with it; the others were refused as of no known
 * format. The `records` and `table` layouts are lists of records, read as such already.
 * Undefined for any other object.
 */
export function dataFrameRows(document: JsonObject): DataFrameRows | undefined {
  return columnRows(document) ?? labelledRows(document) ?? splitRows(document);
}

function columnRows(document: JsonObject): DataFrameRows | undefined {
  const columns = Object.keys(document);
  const textColumn = columns.find((name) => hasTextField([name]));
  if (textColumn === undefined || !columns.every((name) => isJsonObject(document[name]))) return undefined;

  const labels = Object.keys(document[textColumn] as JsonObject);
  const records = labels.map((label) => Object.fromEntries(columns.flatMap((name) => {
    const column = document[name] as JsonObject;
    return label in column ? [[name, column[label]]] : [];
  })));
  return { records, paths: labels.map((label) => `/${pointerToken(textColumn)}/${pointerToken(label)}`) };
}

function labelledRows(document: JsonObject): DataFrameRows | undefined {
  const labels = Object.keys(document);
  if (labels.length === 0 || hasTextField(labels)) return undefined;
  const rows = labels.map((label) => document[label]);
  if (!rows.every(isJsonObject) || !rows.some((row) => hasTextField(Object.keys(row)))) return undefined;
  return { records: rows, paths: labels.map((label) => `/${pointerToken(label)}`) };
}

function splitRows(document: JsonObject): DataFrameRows | undefined {
  const { columns, data } = document;
  if (!Array.isArray(columns) || !Array.isArray(data) || !data.every(Array.isArray)) return undefined;
  const names = columns.map(String);
  if (!hasTextField(names)) return undefined;

  const records = data.map((row: unknown[]) => Object.fromEntries(
    names.flatMap((name, column) => (column < row.length ? [[name, row[column]]] : [])),
  ));
  return { records, paths: data.map((_row, index) => `/data/${index}`) };
}

/** A key as a JSON pointer writes it (RFC 6901). */
function pointerToken(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}
