import { open, readFile, stat } from 'node:fs/promises';

import { importFile } from '../collect/index.js';
import { isJsonLines, recogniseFormat } from '../collect/detect-format.js';
import { findCsvHeader } from '../collect/files/csv-header.js';
import { streamCsv, type StreamedCsv, type StreamedCsvCharset } from '../collect/files/stream-csv.js';
import { charsetNoteOf, halfUtf16CharacterNote } from '../collect/import-file.js';
import { decodeBytes, type DecodedText } from '../collect/encoding/decode-bytes.js';
import { countUtf8Sequences, strictUtf8 } from '../collect/encoding/detect-cyrillic-charset.js';
import { streamJsonl } from '../collect/files/stream-jsonl.js';
import { streamJsonDocument } from '../collect/json-stream/stream-json-document.js';
import type { ImportBatch } from '../collect/raw-post.js';
import { spooledPipe } from './spooled-pipe.js';

/** Files up to this size are read whole, with every format's full checks. */
const STREAM_FROM_BYTES = 16 << 20;
/** Bytes looked at to recognise a large file's format and charset. */
const HEAD_BYTES = 64 << 10;

export interface ReadOptions {
  readonly timezone: string;
  readonly now: Date;
  readonly batchSize: number;
  /** Files from this size on are streamed when they can be; default 16 MiB. */
  readonly streamFromBytes?: number;
}

/**
 * One file's posts, `batchSize` at a time. A large file of JSON Lines (an export of millions of
 * posts; UTF-8 or windows-1251, decided line by line), a large JSON document of records (a
 * Telegram Desktop export, a list of records) or a large CSV file (UTF-8, windows-1251 or
 * UTF-16) is streamed, so memory stays that of a batch whatever the file's size; every other
 * file is read whole by `importFile` and handed out in slices. A pipe is first copied to a
 * temporary file (`spooled-pipe.ts`). Throws, before any batch, when the file cannot be read or
 * its format is unknown.
 */
export async function* readPostBatches(path: string, options: ReadOptions): AsyncGenerator<ImportBatch> {
  const spooled = await spooledPipe(path);
  try {
    yield* readFileBatches(path, spooled?.path ?? path, options);
  } finally {
    await spooled?.release();
  }
}

/** The batches of the file at `source`, named `path` in what is reported. */
async function* readFileBatches(path: string, source: string, options: ReadOptions): AsyncGenerator<ImportBatch> {
  const context = { file: path, timezone: options.timezone, now: options.now };
  const kind = await streamedKind(source, options.streamFromBytes ?? STREAM_FROM_BYTES, path);
  if (typeof kind === 'object') {
    yield* streamCsv(kind, context, options.batchSize);
    return;
  }
  if (kind === 'jsonl') {
    yield* streamJsonl(source, context, options.batchSize);
    return;
  }
  const streamed = kind === 'json' ? await streamJsonDocument(source, context, options.batchSize) : undefined;
  if (streamed) {
    yield* streamed;
    return;
  }

  const whole = await importFile(path, { timezone: options.timezone, now: options.now, readFrom: source });
  for (let offset = 0; offset === 0 || offset < whole.posts.length; offset += options.batchSize) {
    const first = offset === 0;
    yield {
      format: whole.format,
      sourceLabel: whole.sourceLabel,
      posts: whole.posts.slice(offset, offset + options.batchSize),
      skipped: first ? whole.skipped : [],
      ...(first && whole.notes ? { notes: whole.notes } : {}),
    };
  }
}

/**
 * How a file from the size limit on can be streamed: as JSON Lines, as one JSON document (when
 * it holds records, as `streamJsonDocument` decides), as a CSV file (its header found in its
 * head), or not at all.
 */
async function streamedKind(path: string, streamFromBytes: number, label: string): Promise<'jsonl' | 'json' | StreamedCsv | undefined> {
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch {
    return undefined; // importFile names the problem.
  }
  if (size < streamFromBytes) return (await mixesCharsetsInALine(path)) ? 'json' : undefined;

  const file = await open(path, 'r');
  try {
    const head = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await file.read(head, 0, HEAD_BYTES, 0);
    const whole = bytesRead === size;
    const headBytes = whole ? head.subarray(0, bytesRead) : head.subarray(0, wholeCharactersEnd(head.subarray(0, bytesRead)));
    const decoded = decodeHead(headBytes);
    const start = decoded.text.trimStart();
    if (!start.startsWith('{') && !start.startsWith('[')) return streamedCsv(path, decoded, { label, size });
    // UTF-16 and declared single-byte charsets other than windows-1251 are read whole.
    if (decoded.charset !== 'utf-8' && decoded.charset !== 'windows-1251') return undefined;
    return isJsonLines(decoded.text, path, whole) ? 'jsonl' : 'json';
  } catch {
    return undefined;
  } finally {
    await file.close();
  }
}

/** The head's text; a UTF-16 head cut at a line end may end on half a character. */
function decodeHead(bytes: Uint8Array): DecodedText {
  const decoded = decodeBytes(bytes);
  return decoded.charset.startsWith('utf-16') ? decodeBytes(bytes.subarray(0, bytes.length & ~1)) : decoded;
}

/** A CSV file as `streamCsv` reads it, when the head shows one in a charset it streams. */
function streamedCsv(path: string, head: DecodedText, file: { label: string; size: number }): StreamedCsv | undefined {
  const charset: StreamedCsvCharset | undefined = head.charset === 'utf-8' || head.charset === 'windows-1251'
    ? 'utf-8-or-windows-1251'
    : head.charset === 'utf-16le' || head.charset === 'utf-16be' ? head.charset : undefined;
  if (charset === undefined) return undefined;
  try {
    if (recogniseFormat(head.text, path).format !== 'csv') return undefined;
  } catch {
    return undefined; // importFile names the problem.
  }
  const header = findCsvHeader(head.text);
  if (header === undefined) return undefined;
  const notes = charset === 'utf-8-or-windows-1251'
    ? []
    : [charsetNoteOf(head, file.label), halfUtf16CharacterNote(charset, file.size, file.label)].filter((note) => note !== undefined);
  return { path, charset, header, charsetNotes: notes };
}

/**
 * Whether a smaller file is a JSON document with a line holding both UTF-8 letters and bytes
 * that are no UTF-8: a list of records on one line, some appended by a Windows tool in
 * windows-1251. Read whole, the file is decoded a line at a time, and such a line as UTF-8, so
 * the windows-1251 records lost every letter to U+FFFD; a stream decodes each record on its own.
 */
async function mixesCharsetsInALine(path: string): Promise<boolean> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch {
    return false; // importFile names the problem.
  }
  const first = bytes.find((byte) => byte !== 0x20 && byte !== 0x0a && byte !== 0x0d && byte !== 0x09);
  if ((first !== 0x5b && first !== 0x7b) || strictUtf8(bytes) !== undefined) return false;

  let mixed = false;
  for (let start = 0; start < bytes.length && !mixed;) {
    const found = bytes.indexOf(0x0a, start);
    const end = found === -1 ? bytes.length : found + 1;
    const { valid, broken } = countUtf8Sequences(bytes.subarray(start, end));
    mixed = valid > 0 && broken > 0;
    start = end;
  }
  return mixed && !isJsonLines(decodeBytes(bytes).text, path, true);
}

/**
 * Where the head's last whole line ends, or its last ASCII byte when it has no line end (a JSON
 * document written on one line), so that a multi-byte letter cut at the end does not look like
 * another charset.
 */
function wholeCharactersEnd(head: Uint8Array): number {
  const lineEnd = head.lastIndexOf(0x0a);
  if (lineEnd > 0) return lineEnd;
  let end = head.length;
  while (end > 0 && head[end - 1]! >= 0x80) end -= 1;
  return end;
}
