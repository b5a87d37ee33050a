import { readFile, stat } from 'node:fs/promises';

import { IANAZone } from 'luxon';

import { compressedFileProblem } from './compressed-file.js';
import { recogniseFormat, recordsKeyOf, type ImportFormat, type RecognisedFormat } from './detect-format.js';
import { decodeBytes, type DecodedText } from './encoding/decode-bytes.js';
import { strictUtf8 } from './encoding/detect-cyrillic-charset.js';
import { windows1251LinesNote } from './encoding/utf8-or-windows-1251.js';
import { importJsonFeed, importXmlFeed } from './feeds/import-feed.js';
import { importCsv } from './files/import-csv.js';
import { importPlainText } from './files/plain-text.js';
import { cutOffArchiveProblem, importXlsx, isXlsxWorkbook, legacyWorkbookProblem } from './files/import-xlsx.js';
import { dataFrameRows } from './files/data-frame-json.js';
import { importJsonl, importJsonRecord, importJsonRecords } from './files/import-jsonl.js';
import { isJsonObject, type JsonObject } from './json-value.js';
import { isMhtmlArchive, pageOfMhtmlArchive } from './markup/mhtml-archive.js';
import { hasTextField } from './files/record-fields.js';
import { separateCollidingIds } from './identity/colliding-ids.js';
import { cutLongTexts } from './long-texts.js';
import { CUT_RECORD_REASON } from './truncated-json.js';
import type { ImportContext } from './import-context.js';
import type { ImportBatch, ImportNote } from './raw-post.js';
import { importTelegramExport } from './telegram/import-telegram-export.js';
import { importChannelPreview } from './telegram/import-channel-preview.js';
import { importTelegramHtml } from './telegram/import-telegram-html.js';
import { importVkWall } from './vk/import-wall-posts.js';
import { importYoutubeCommentThreads } from './youtube/import-comment-threads.js';

const READ_ERRORS: ReadonlyMap<string, string> = new Map([
  ['ENOENT', 'no such file'],
  ['EISDIR', 'it is a folder'],
  ['EACCES', 'permission denied'],
  ['ENOTDIR', 'a part of the path is a file, not a folder'],
  ['ELOOP', 'its symbolic links point at each other in a loop'],
  ['ENAMETOOLONG', 'the path is longer than the system allows'],
]);

const GLOB_CHARACTERS = /[*?[]/;

export interface ImportOptions {
  /** IANA zone for times written without an offset, e.g. 'Asia/Almaty'. */
  readonly timezone: string;
  /** The import time; dates printed without a year are read as not after it. Default: now. */
  readonly now?: Date;
  /** Where the bytes are, when not at `path` (a pipe's copy); `path` still names the file. */
  readonly readFrom?: string;
  /** The largest file read in one piece; default 512 MiB. */
  readonly wholeFileMaxBytes?: number;
}

/**
 * Past this a file's text no longer fits in one JavaScript string (2^29 − 24 characters), and its
 * parsed records take several times its size in memory: a 356 MB Telegram export took 1.8 GB.
 */
// LIMITATION: `tyndau import` reads JSON Lines, JSON documents of records (Telegram exports,
// lists of records) and CSV files as a stream (`ingest/read-post-batches.ts`); other formats (a
// workbook, HTML, feeds) and a CSV in a charset other than UTF-8, windows-1251 or UTF-16 are
// read here whole.
const WHOLE_FILE_MAX_BYTES = 512 * 1024 * 1024;

/**
 * Reads one file of any supported format, recognised by its content, into raw posts. A file that
 * cannot be read at all throws an error naming it and saying why; a bad record inside it is
 * skipped into `skipped` with its place and a reason, and the rest of the file is read.
 */
export async function importFile(path: string, options: ImportOptions): Promise<ImportBatch> {
  if (!IANAZone.isValidZone(options.timezone)) {
    throw new Error(
      `import: unknown time zone "${options.timezone}"; use an IANA name such as Asia/Almaty`,
    );
  }

  const bytes = await readBytes(path, options.readFrom ?? path, options.wholeFileMaxBytes ?? WHOLE_FILE_MAX_BYTES);
  const now = options.now ?? new Date();
  const context: ImportContext = { file: path, timezone: options.timezone, now };
  const cutOff = cutOffArchiveProblem(bytes, path);
  if (cutOff) throw new Error(cutOff);
  if (isXlsxWorkbook(bytes)) return separateCollidingIds(cutLongTexts(await importXlsx(bytes, context)));
  const legacy = legacyWorkbookProblem(bytes, path) ?? compressedFileProblem(bytes, path);
  if (legacy) throw new Error(legacy);

  const decoded = decodeBytes(isMhtmlArchive(bytes) ? pageOfMhtmlArchive(bytes, path) : bytes);
  const recognised = recogniseFormat(decoded.text, path);

  const batch = withCutRecord(
    separateCollidingIds(cutLongTexts(importRecognised(decoded.text, recognised, context))),
    recognised.cutLine,
    path,
  );
  const charsetNotes = [
    charsetNoteOf(decoded, path), windows1251LinesNote(path, decoded.windows1251Lines ?? []), brokenUtf8NoteOf(decoded, bytes, path),
    halfUtf16CharacterNote(decoded.charset, bytes.length, path),
  ]
    .filter((note) => note !== undefined);
  if (charsetNotes.length === 0) return batch;
  return { ...batch, notes: [...charsetNotes, ...(batch.notes ?? [])] };
}

/** A JSON document that ended before its last record was whole loses that record: it is skipped. */
function withCutRecord(batch: ImportBatch, cutLine: number | undefined, file: string): ImportBatch {
  if (cutLine === undefined) return batch;
  const skip = { location: { file, line: cutLine }, reason: CUT_RECORD_REASON };
  return { ...batch, skipped: [...batch.skipped, skip] };
}

/**
 * A UTF-8 file with a few damaged bytes (one broken record, a bad copy) is read as UTF-8 with
 * U+FFFD in their place; the note says where, since the record's text is no longer what was
 * written.
 */
function brokenUtf8NoteOf(decoded: DecodedText, bytes: Uint8Array, file: string): ImportNote | undefined {
  const first = decoded.text.indexOf('\uFFFD');
  if (decoded.charset !== 'utf-8' || first === -1 || strictUtf8(bytes) !== undefined) return undefined;

  const count = decoded.text.split('\uFFFD').length - 1;
  const line = decoded.text.slice(0, first).split('\n').length;
  const note = `${count} broken UTF-8 sequences read as U+FFFD, the first on line ${line}`;
  return { location: { file, line }, note };
}

/**
 * A UTF-16 file of an odd number of bytes ends on half a character: a download or copy that
 * stopped short. The half is dropped; the note says the file may be cut off, which nothing said.
 */
export function halfUtf16CharacterNote(charset: string, size: number, file: string): ImportNote | undefined {
  if (!charset.startsWith('utf-16') || size % 2 === 0) return undefined;
  return { location: { file }, note: 'the file ends on half a UTF-16 character: it may be cut off (a download or copy that stopped short); the half is not read' };
}

async function readBytes(path: string, source: string, maxBytes: number): Promise<Uint8Array> {
  let bytes: Uint8Array;
  try {
    // A device such as /dev/zero or /dev/urandom never ends: read whole, it fills the memory and
    // the process dies. A named pipe is read, since `import <(zcat export.jsonl.gz)` passes one.
    const kind = await stat(source);
    if (kind.isCharacterDevice() || kind.isBlockDevice() || kind.isSocket()) {
      throw new Error(`${path}: cannot read the file: it is a device or a socket, not a file`);
    }
    if (kind.size > maxBytes) throw new Error(tooLargeToReadWhole(path, kind.size, maxBytes));
    bytes = await readFile(source);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === undefined) throw error;
    const why = READ_ERRORS.get(code) ?? (error as Error).message;
    // A shell passes a pattern that matches nothing on as written: `exports/*.json`.
    const pattern = code === 'ENOENT' && GLOB_CHARACTERS.test(path)
      ? '; no file matches this pattern, and the shell passed it on as written'
      : '';
    throw new Error(`${path}: cannot read the file: ${why}${pattern}`);
  }
  if (bytes.length === 0) throw new Error(`${path}: the file is empty`);
  return bytes;
}

/**
 * Why a file is not read, and how to split it, said before reading it: read, it failed after
 * minutes as "Invalid string length" having taken gigabytes.
 */
function tooLargeToReadWhole(path: string, size: number, maxBytes: number): string {
  const sizeOf = (bytes: number) => bytes < 2 ** 20
    ? `${bytes.toLocaleString('en')} bytes`
    : `${Math.ceil(bytes / 2 ** 20).toLocaleString('en')} MB`;
  return `${path}: the file is ${sizeOf(size)}, and a file of its kind is read in one piece, up ` +
    `to ${sizeOf(maxBytes)} (JSON Lines, CSV and a JSON document of records, such as a Telegram ` +
    'Desktop export, are streamed by tyndau import); split it: export a Telegram chat in parts by date (the ' +
    'From and To dates of Telegram Desktop\'s export) or as HTML, which it writes 1,000 messages a ' +
    'file; save a spreadsheet in parts, each with its header; or write the records as JSON Lines ' +
    '(one object a line), which is read as a stream at any size';
}

export function importRecognised(
  text: string,
  recognised: RecognisedFormat,
  context: ImportContext,
): ImportBatch {
  const format: ImportFormat = recognised.format;
  switch (format) {
    case 'rss':
    case 'atom':
    case 'rdf':
      return importXmlFeed(text, format, context);
    case 'jsonfeed':
      return importJsonFeed(recognised.document, context);
    case 'telegram':
      return importTelegramExport(recognised.document, context);
    case 'telegram-html':
      return importTelegramHtml(text, context);
    case 'telegram-preview':
      return importChannelPreview(text, context);
    case 'youtube':
      return importYoutubeCommentThreads(recognised.document, context);
    case 'vk':
      return importVkWall(recognised.document, context);
    case 'jsonl':
      // Parsed already only when the whole file is one record object or a list of them.
      if (Array.isArray(recognised.document)) return importJsonRecords(recognised.document, context);
      return isJsonObject(recognised.document)
        ? importJsonObject(recognised.document, context)
        : importJsonl(text, context);
    case 'csv':
      return importCsv(text, context);
    case 'text':
      return importPlainText(text, context);
  }
}

/** A `.json` object: one record, or a wrapper around a list of them (`{"results": [...]}`). */
function importJsonObject(document: JsonObject, context: ImportContext): ImportBatch {
  const frame = dataFrameRows(document);
  if (frame) return importJsonRecords(frame.records, context, '', frame.paths);
  if (hasTextField(Object.keys(document))) return importJsonRecord(document, context);
  const key = recordsKeyOf(document);
  if (key === undefined) throw new Error(`${context.file}: no list of records with a text field`);
  return importJsonRecords(document[key] as unknown[], context, `/${key}`);
}

/** A note when the charset was not the plain case (UTF-8, or what the file declared). */
export function charsetNoteOf(decoded: DecodedText, file: string): ImportNote | undefined {
  if (decoded.overruled) return { location: { file }, note: `charset: ${decoded.overruled}` };
  if (decoded.basis === 'detected' && decoded.charset !== 'utf-8') {
    const note = `charset: none declared and not UTF-8; read as ${decoded.charset}`;
    return { location: { file }, note };
  }
  return undefined;
}
