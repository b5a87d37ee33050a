import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';

import { parse } from 'csv-parse';
import iconv from 'iconv-lite';

import { NumericDateEvidence } from '../dates/numeric-date-order.js';
import { RecordCharsets } from '../encoding/record-charsets.js';
import { decodeRecordBytes } from '../encoding/utf8-or-windows-1251.js';
import { StreamedIdSeparator } from '../identity/colliding-ids.js';
import { ImportLog, type ImportContext } from '../import-context.js';
import { cutLongTexts } from '../long-texts.js';
import type { ImportBatch, ImportNote, RawPost } from '../raw-post.js';
import type { CsvHeader } from './csv-header.js';
import {
  csvParseOptions, cutOffNote, tableHeaderOf, tableRecordOf, UNCLOSED_QUOTE, withLinesBefore, type CsvRow,
} from './import-csv.js';
import { tableFieldColumn, TableRowReader, type DatedLine } from './table-records.js';

const READ_CHUNK_BYTES = 1 << 20;
/** Decoded text handed to the parser at a time. */
const TEXT_CHUNK_CHARS = 1 << 20;
const LINE_FEED = 0x0a;
const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;
const CARRIAGE_RETURNS = /\r\n?/g;

/** How a streamed CSV's bytes become text: line by line, or with a UTF-16 decoder. */
export type StreamedCsvCharset = 'utf-8-or-windows-1251' | 'utf-16le' | 'utf-16be';

/** A CSV file to stream: where it is, how it is decoded and its header, found in its head. */
export interface StreamedCsv {
  readonly path: string;
  readonly charset: StreamedCsvCharset;
  readonly header: CsvHeader;
  /** Notes on the charset known from the head (UTF-16 without a byte-order mark). */
  readonly charsetNotes: readonly ImportNote[];
}

/**
 * A CSV file read as a stream, `batchSize` posts at a time, so that a file of any number of rows
 * is imported in the memory of one batch. It reads as `importCsv` reads a file whole, with two
 * differences told in docs/importing.md: lines of a UTF-8 file are decoded one by one (UTF-8,
 * else windows-1251), as a streamed JSON Lines file's are, and the charset is told in the last
 * batch. When the header names a date column the file is read twice: first its dates alone,
 * since one date anywhere (`13/03/2024`) settles how all the slashed dates are read.
 */
export async function* streamCsv(
  csv: StreamedCsv,
  context: ImportContext,
  batchSize: number,
): AsyncGenerator<ImportBatch> {
  const { header } = csv;
  const firstLine = header.line + 1;
  const charsets = new RecordCharsets();
  const dateColumn = tableFieldColumn(header.names, 'date');
  const dates = dateColumn === -1 ? [] : await dateOrderEvidence(csv, firstLine, dateColumn);

  let log = new ImportLog();
  const reader = new TableRowReader(tableHeaderOf(header), context, log, dates);
  const ids = new StreamedIdSeparator();
  let posts: RawPost[] = [];
  let skippedAny = false;
  let last: CsvRow | undefined;
  const text = { endsWithLineFeed: false };

  const take = (notes: readonly ImportNote[] = []): ImportBatch => {
    const skipped = log.skipped.sort((a, b) => (a.location.line ?? 0) - (b.location.line ?? 0));
    const allNotes = [...notes, ...log.notes];
    const batch = { format: 'csv', sourceLabel: context.file, posts, skipped };
    skippedAny ||= skipped.length > 0;
    posts = [];
    log = new ImportLog();
    return ids.separate(cutLongTexts(allNotes.length > 0 ? { ...batch, notes: allNotes } : batch));
  };

  const problems = {
    rowNotRead: (line: number, reason: string) => log.skip({ file: context.file, line }, reason),
  };
  for await (const row of csvRows(csv, firstLine, problems, charsets, text)) {
    last = row;
    const post = reader.read(tableRecordOf(row), log);
    if (post) posts.push(post);
    if (posts.length >= batchSize) yield take();
  }

  reader.finish(log, skippedAny || log.skipped.length > 0);
  const cut = cutOffNote(text.endsWithLineFeed, last, header.names.length);
  if (cut) log.note({ file: context.file, line: tableRecordOf(last!).line }, cut);
  yield take([...csv.charsetNotes, ...charsets.notes(context.file)]);
}

/**
 * The date column's dates that tell or need the order of day and month (`13/03/2024`,
 * `05/12/2026`), the first of each kind with its line: a few, whatever the file's size.
 */
async function dateOrderEvidence(csv: StreamedCsv, firstLine: number, column: number): Promise<DatedLine[]> {
  const evidence = new NumericDateEvidence<number>();
  const ignored = { rowNotRead: () => undefined };
  for await (const row of csvRows(csv, firstLine, ignored)) {
    evidence.add(row.record[column], tableRecordOf(row).line);
  }
  return evidence.dates.map(({ date, place }) => ({ date, line: place }));
}

/**
 * The rows from line `firstLine` on. A quote never closed makes the parser read to the end of the
 * file as one value; the line it opened on is skipped, and parsing starts again on the line
 * after, as `importCsv` does.
 */
// LIMITATION: until the parser meets the end of the file, the value of a quote never closed is
// held in memory: a file broken so near its start takes memory for its size once. Bounding a
// value's size (csv-parse's max_record_size) and restarting there would lift it.
async function* csvRows(
  csv: StreamedCsv,
  firstLine: number,
  problems: { rowNotRead(line: number, reason: string): void },
  charsets?: RecordCharsets,
  text?: { endsWithLineFeed: boolean },
): AsyncGenerator<CsvRow> {
  let linesBefore = firstLine;
  let decodedLines = 0;
  for (;;) {
    let unclosedQuote = false;
    let lastLine = linesBefore;
    // Lines decoded before, read again after a broken quote, are not counted again.
    const decode = (bytes: Uint8Array, line: number): string => {
      if (charsets === undefined || line <= decodedLines) return decodeRecordBytes(bytes).text;
      decodedLines = line;
      return charsets.decode(bytes, line);
    };
    const options = csvParseOptions(csv.header.delimiter, linesBefore, {
      rowNotRead: problems.rowNotRead,
      quoteNotClosed: () => {
        unclosedQuote = true;
      },
    });
    const chunks = linesAfter(decodedText(csv, decode, text), linesBefore);
    for await (const row of Readable.from(chunks).pipe(parse(options))) {
      const counted = withLinesBefore(row as CsvRow, linesBefore);
      lastLine = counted.info.lines;
      yield counted;
    }
    if (!unclosedQuote) return;

    const brokenLine = lastLine + 1;
    problems.rowNotRead(brokenLine, UNCLOSED_QUOTE);
    linesBefore = brokenLine;
  }
}

/** The text after its first `count` lines. */
async function* linesAfter(chunks: AsyncIterable<string>, count: number): AsyncGenerator<string> {
  let toDrop = count;
  for await (const chunk of chunks) {
    let start = 0;
    while (toDrop > 0) {
      const newline = chunk.indexOf('\n', start);
      if (newline === -1) break;
      start = newline + 1;
      toDrop -= 1;
    }
    if (toDrop > 0) continue;
    if (start < chunk.length) yield start === 0 ? chunk : chunk.slice(start);
  }
}

/**
 * The file's text with LF line ends (CRLF and a lone CR, as old Excel for Mac ends lines, become
 * LF, as in a file read whole), in chunks of whole lines when decoded line by line.
 */
async function* decodedText(
  csv: StreamedCsv,
  decode: (bytes: Uint8Array, line: number) => string,
  text?: { endsWithLineFeed: boolean },
): AsyncGenerator<string> {
  const chunks = csv.charset === 'utf-8-or-windows-1251' ? linesDecoded(csv.path, decode) : utf16Decoded(csv.path, csv.charset);
  let pendingReturn = false;
  for await (const chunk of chunks) {
    // A CRLF cut between two chunks is one line end.
    let lf: string = (pendingReturn ? '\r' : '') + chunk;
    pendingReturn = lf.endsWith('\r');
    if (pendingReturn) lf = lf.slice(0, -1);
    lf = lf.replace(CARRIAGE_RETURNS, '\n');
    if (lf === '') continue;
    if (text) text.endsWithLineFeed = lf.endsWith('\n');
    yield lf;
  }
  if (pendingReturn) {
    if (text) text.endsWithLineFeed = true;
    yield '\n';
  }
}

/** A UTF-8 or windows-1251 file's text, each line decoded on its own (see `RecordCharsets`). */
async function* linesDecoded(path: string, decode: (bytes: Uint8Array, line: number) => string): AsyncGenerator<string> {
  // The parts of a line longer than a chunk, joined once its end comes: joined chunk by chunk,
  // a 57 MB value was copied some 30 times over.
  let pending: Buffer[] = [];
  let lineNumber = 0;
  let lines: string[] = [];
  let size = 0;
  const decodeLine = (bytes: Uint8Array): string => {
    lineNumber += 1;
    const start = lineNumber === 1 && UTF8_BOM.every((byte, index) => bytes[index] === byte) ? UTF8_BOM.length : 0;
    return decode(bytes.subarray(start), lineNumber);
  };

  for await (const chunk of createReadStream(path, { highWaterMark: READ_CHUNK_BYTES })) {
    const bytes = chunk as Buffer;
    let lineStart = 0;
    for (let lineEnd = bytes.indexOf(LINE_FEED); lineEnd !== -1; lineEnd = bytes.indexOf(LINE_FEED, lineStart)) {
      const part = bytes.subarray(lineStart, lineEnd);
      const line = decodeLine(pending.length === 0 ? part : Buffer.concat([...pending, part]));
      pending = [];
      lines.push(line, '\n');
      size += line.length + 1;
      lineStart = lineEnd + 1;
      if (size < TEXT_CHUNK_CHARS) continue;
      yield lines.join('');
      lines = [];
      size = 0;
    }
    if (lineStart < bytes.length) pending.push(bytes.subarray(lineStart));
  }
  if (pending.length > 0) lines.push(decodeLine(Buffer.concat(pending)));
  if (lines.length > 0) yield lines.join('');
}

/** A UTF-16 file's text, decoded as a file read whole is; the byte-order mark is not part of it. */
async function* utf16Decoded(path: string, charset: 'utf-16le' | 'utf-16be'): AsyncGenerator<string> {
  const decoder = iconv.getDecoder(charset);
  for await (const chunk of createReadStream(path, { highWaterMark: READ_CHUNK_BYTES })) {
    yield decoder.write(chunk as Buffer);
  }
  yield decoder.end() ?? '';
}
