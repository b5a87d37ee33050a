import type { ImportContext } from '../import-context.js';
import type { RecordLocation } from '../raw-post.js';
import type { JsonDocumentReader, StreamedRecords } from '../json-stream/json-document-reader.js';
import type { JsonContainer, JsonPathSegment, ReadMode } from '../json-stream/json-scanner.js';
import { JsonRecordReader } from './import-jsonl.js';

/**
 * The records of a `.json` list read as a stream: the document itself when it is the list
 * (`[{…}, {…}]`), or the list under one key of the object that wraps it (`{"results": [...]}`).
 * Everything else in the document is passed over unread.
 */
export class JsonRecordListReader implements JsonDocumentReader {
  readonly format = 'json';
  readonly #listPath: readonly JsonPathSegment[];
  readonly #records: StreamedRecords;
  readonly #reader: JsonRecordReader;

  constructor(listKey: string | undefined, context: ImportContext, records: StreamedRecords) {
    this.#listPath = listKey === undefined ? [] : [listKey];
    this.#records = records;
    this.#reader = new JsonRecordReader(context);
  }

  modeOf(path: readonly JsonPathSegment[], container: JsonContainer): ReadMode {
    if (path.length === 0) return 'walk';
    if (this.#isList(path)) return container === 'array' ? 'walk' : 'pass';
    return this.#isRecord(path) ? 'read' : 'pass';
  }

  opened(): void {}

  closed(): void {}

  value(path: readonly JsonPathSegment[], value: unknown, location: RecordLocation): void {
    if (!this.#isRecord(path)) return;
    this.#records.posts.push(...this.#reader.read(value, location, this.#records.log));
  }

  finish(): void {}

  #isList(path: readonly JsonPathSegment[]): boolean {
    return path.length === this.#listPath.length && path.every((segment, at) => segment === this.#listPath[at]);
  }

  #isRecord(path: readonly JsonPathSegment[]): boolean {
    return path.length === this.#listPath.length + 1 && typeof path.at(-1) === 'number'
      && this.#isList(path.slice(0, -1));
  }
}
