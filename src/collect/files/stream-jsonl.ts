import { createReadStream } from 'node:fs';

import { RecordCharsets } from '../encoding/record-charsets.js';
import type { ImportContext } from '../import-context.js';
import { StreamedIdSeparator } from '../identity/colliding-ids.js';
import { cutLongTexts } from '../long-texts.js';
import type { ImportBatch, RawPost } from '../raw-post.js';
import { JsonlLineReader } from './import-jsonl.js';
import { splitAtBareCarriageReturns } from './jsonl-line-ends.js';

const READ_CHUNK_BYTES = 1 << 20;
const LINE_FEED = 0x0a;
const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;

/**
 * A JSON Lines file read as a stream, `batchSize` posts at a time, so that a file of any size is
 * imported in the memory of one batch. Each batch carries the records skipped and the notes made
 * since the one before; line numbers count from the start of the file.
 *
 * Each line is decoded on its own: UTF-8, or windows-1251 when its bytes are not UTF-8 (an export
 * from a Windows tool, or records of one appended to a UTF-8 file), told in the last batch for the
 * whole file. Damaged bytes on a UTF-8 line become U+FFFD.
 */
export async function* streamJsonl(
  path: string,
  context: ImportContext,
  batchSize: number,
  readChunkBytes = READ_CHUNK_BYTES,
): AsyncGenerator<ImportBatch> {
  const stream = createReadStream(path, { highWaterMark: readChunkBytes });
  let reader = new JsonlLineReader(context);
  const ids = new StreamedIdSeparator();
  let posts: RawPost[] = [];
  const charsets = new RecordCharsets();
  // The parts of a line longer than a chunk, joined once its end comes: joined chunk by chunk, a
  // line of 57 MB was copied some 30 times over.
  let rest: Buffer[] = [];
  let lineNumber = 0;

  const take = (last = false): ImportBatch => {
    const { skipped, notes } = reader.log;
    const allNotes = last ? [...charsets.notes(context.file), ...notes] : notes;
    const batch = { format: 'jsonl', sourceLabel: context.file, posts, skipped };
    posts = [];
    reader = reader.continued();
    return ids.separate(cutLongTexts(allNotes.length > 0 ? { ...batch, notes: allNotes } : batch));
  };
  const readLine = (bytes: Uint8Array): void => {
    lineNumber++;
    const start = lineNumber === 1 && UTF8_BOM.every((byte, index) => bytes[index] === byte) ? UTF8_BOM.length : 0;
    posts.push(...reader.read(charsets.decode(bytes.subarray(start), lineNumber), lineNumber));
  };
  // Lines are cut at LF here; bare CRs inside one end lines too (jsonl-line-ends.ts).
  const readLines = (bytes: Uint8Array): void => {
    for (const line of splitAtBareCarriageReturns(bytes)) readLine(line);
  };

  for await (const chunk of stream) {
    const bytes = chunk as Buffer;
    let lineStart = 0;
    for (let lineEnd = bytes.indexOf(LINE_FEED); lineEnd !== -1; lineEnd = bytes.indexOf(LINE_FEED, lineStart)) {
      const part = bytes.subarray(lineStart, lineEnd);
      readLines(rest.length === 0 ? part : Buffer.concat([...rest, part]));
      rest = [];
      lineStart = lineEnd + 1;
      if (posts.length >= batchSize) yield take();
    }
    if (lineStart < bytes.length) rest.push(bytes.subarray(lineStart));
  }

  readLines(Buffer.concat(rest));
  yield take(true);
}
