import type { ImportLog } from '../import-context.js';
import type { RawPost, RecordLocation } from '../raw-post.js';
import type { JsonContainer, JsonPathSegment, ReadMode } from './json-scanner.js';

/** Where a reader of a streamed document puts what it read; emptied after each batch. */
export interface StreamedRecords {
  posts: RawPost[];
  log: ImportLog;
}

/**
 * Turns the values of one kind of JSON document, as `JsonScanner` meets them, into posts, skips
 * and notes in `StreamedRecords`. Values it reads arrive parsed; one that did not parse is
 * skipped before it reaches the reader.
 */
export interface JsonDocumentReader {
  /** The format named in the batches, as the whole-file importer of the same documents names it. */
  readonly format: string;
  modeOf(path: readonly JsonPathSegment[], container: JsonContainer): ReadMode;
  opened(path: readonly JsonPathSegment[], container: JsonContainer): void;
  closed(path: readonly JsonPathSegment[], container: JsonContainer): void;
  value(path: readonly JsonPathSegment[], value: unknown, location: RecordLocation): void;
  /** The document is over (or was cut off): what is left to say is said. */
  finish(): void;
}

/** The place of the value at `path`: its index when it is a list element, and its JSON pointer. */
export function locationOf(file: string, path: readonly JsonPathSegment[]): RecordLocation {
  const last = path.at(-1);
  const pointer = path.map((segment) => `/${segment}`).join('');
  return typeof last === 'number' ? { file, index: last, path: pointer } : { file, path: pointer };
}
