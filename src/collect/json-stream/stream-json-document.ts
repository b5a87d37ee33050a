import { createReadStream } from 'node:fs';

import { formatOfJson, recordsKeyOf } from '../detect-format.js';
import { RecordCharsets } from '../encoding/record-charsets.js';
import { JsonRecordListReader } from '../files/json-record-list-reader.js';
import { hasTextField } from '../files/record-fields.js';
import { StreamedIdSeparator } from '../identity/colliding-ids.js';
import { ImportLog, type ImportContext } from '../import-context.js';
import { isJsonObject } from '../json-value.js';
import { cutLongTexts } from '../long-texts.js';
import { jsonErrorReason, parseScriptJson } from '../python-json.js';
import type { ImportBatch, RecordLocation } from '../raw-post.js';
import { TelegramExportReader } from '../telegram/telegram-export-reader.js';
import { CUT_RECORD_REASON } from '../truncated-json.js';
import { readDocumentBeginning } from './document-beginning.js';
import { locationOf, type JsonDocumentReader, type StreamedRecords } from './json-document-reader.js';
import {
  JsonScanner, type JsonContainer, type JsonPathSegment, type JsonScanListener, type ReadMode,
  type StreamPlace,
} from './json-scanner.js';

const READ_CHUNK_BYTES = 1 << 20;

/**
 * A JSON document of records read as a stream, `batchSize` posts at a time, so that memory stays
 * that of a batch whatever the file's size: a Telegram Desktop export (one chat or a whole
 * account's) or a list of records (`[{…}, …]`, `{"results": [...]}`, Telethon's
 * `{"messages": [...]}`). The format is told from the document's beginning as from a whole one.
 * Undefined for any other document (a feed, an API page, one record), which is read whole.
 *
 * The posts, skips and notes are those of the whole-file reading, but for three things only a
 * stream can do: a record that is not valid JSON is skipped with its index and byte offset and
 * the records after it are read; a file cut off, or whose brackets stop matching, keeps the
 * records before that place and says where it is; and each record is decoded on its own, UTF-8 or
 * windows-1251, told in the last batch for the whole file.
 */
export async function streamJsonDocument(
  path: string,
  context: ImportContext,
  batchSize: number,
  readChunkBytes = READ_CHUNK_BYTES,
): Promise<AsyncGenerator<ImportBatch> | undefined> {
  const records: StreamedRecords = { posts: [], log: new ImportLog() };
  const tells = (beginning: unknown) => formatOrUndefined(beginning, context.file) !== undefined;
  const reader = readerFor(await readDocumentBeginning(path, tells), context, records);
  if (reader === undefined) return undefined;
  return readDocument(path, reader, records, context, { batchSize, readChunkBytes });
}

/** The format of a document's beginning, undefined when it tells none (yet). */
function formatOrUndefined(beginning: unknown, file: string): string | undefined {
  if (isAccountExportBeforeChats(beginning)) return undefined;
  try {
    return formatOfJson(beginning, file);
  } catch {
    return undefined; // The whole-file reading names what the document is not.
  }
}

/**
 * A Telegram account's export opens with its owner's `personal_information` and lists contacts,
 * sessions and other data before its chats: until they come, no list met before them is taken
 * for the document's records.
 */
function isAccountExportBeforeChats(beginning: unknown): boolean {
  return isJsonObject(beginning) && 'personal_information' in beginning
    && !('chats' in beginning) && !('left_chats' in beginning);
}

function readerFor(beginning: unknown, context: ImportContext, records: StreamedRecords): JsonDocumentReader | undefined {
  const format = formatOrUndefined(beginning, context.file);
  if (format === 'telegram') return new TelegramExportReader(context, records);
  if (format !== 'jsonl') return undefined;
  if (Array.isArray(beginning)) return new JsonRecordListReader(undefined, context, records);
  if (!isJsonObject(beginning) || hasTextField(Object.keys(beginning))) return undefined;
  const key = recordsKeyOf(beginning);
  return key === undefined ? undefined : new JsonRecordListReader(key, context, records);
}

async function* readDocument(
  path: string,
  reader: JsonDocumentReader,
  records: StreamedRecords,
  context: ImportContext,
  { batchSize, readChunkBytes }: { batchSize: number; readChunkBytes: number },
): AsyncGenerator<ImportBatch> {
  const values = new ParsedValues(reader, records, context.file);
  const scanner = new JsonScanner(values);
  const ids = new StreamedIdSeparator();

  const take = (last = false): ImportBatch => {
    const posts = records.posts.slice(0, batchSize);
    records.posts = records.posts.slice(batchSize);
    const { skipped, notes } = records.log;
    records.log = new ImportLog();
    const allNotes = last ? [...values.charsets.notes(context.file), ...notes] : notes;
    const batch = { format: reader.format, sourceLabel: context.file, posts, skipped };
    return ids.separate(cutLongTexts(allNotes.length > 0 ? { ...batch, notes: allNotes } : batch));
  };

  for await (const chunk of createReadStream(path, { highWaterMark: readChunkBytes })) {
    scanner.push(chunk as Buffer);
    while (records.posts.length >= batchSize) yield take();
    if (scanner.stopped) break;
  }
  scanner.end();
  reader.finish();
  while (records.posts.length > batchSize) yield take();
  yield take(true);
}

/**
 * Hands the reader each value it reads parsed, decoded in its own charset; a value that does
 * not parse, a cut and a break in the structure are skipped with their index and byte offset.
 */
class ParsedValues implements JsonScanListener {
  readonly #reader: JsonDocumentReader;
  readonly #records: StreamedRecords;
  readonly #file: string;
  readonly charsets = new RecordCharsets();

  constructor(reader: JsonDocumentReader, records: StreamedRecords, file: string) {
    this.#reader = reader;
    this.#records = records;
    this.#file = file;
  }

  modeOf(path: readonly JsonPathSegment[], container: JsonContainer): ReadMode {
    return this.#reader.modeOf(path, container);
  }

  opened(path: readonly JsonPathSegment[], container: JsonContainer): void {
    this.#reader.opened(path, container);
  }

  closed(path: readonly JsonPathSegment[], container: JsonContainer): void {
    this.#reader.closed(path, container);
  }

  value(path: readonly JsonPathSegment[], bytes: Uint8Array, place: StreamPlace): void {
    const text = this.charsets.decode(bytes, place.line);
    let value: unknown;
    try {
      value = parseScriptJson(text);
    } catch (error) {
      const why = `not valid JSON (${jsonErrorReason(error)}); the records after it are read`;
      this.#records.log.skip(this.#placed(path, place), why);
      return;
    }
    this.#reader.value(path, value, locationOf(this.#file, path));
  }

  cut(path: readonly JsonPathSegment[], place: StreamPlace): void {
    this.#records.log.skip(this.#placed(path, place), CUT_RECORD_REASON);
  }

  broken(path: readonly JsonPathSegment[], place: StreamPlace, reason: string): void {
    const skipped = `the JSON structure breaks here (${reason}); the records before it are read, ` +
      'the rest of the file is not';
    this.#records.log.skip(this.#placed(path, place), skipped);
  }

  #placed(path: readonly JsonPathSegment[], place: StreamPlace): RecordLocation {
    return { ...locationOf(this.#file, path), line: place.line, offset: place.offset };
  }
}
