import { createReadStream } from 'node:fs';

import type { ImportContext } from '../import-context.js';
import { cutLongTexts } from '../long-texts.js';
import type { ImportBatch, RawPost } from '../raw-post.js';
import { JsonlLineReader } from './import-jsonl.js';

const READ_CHUNK_BYTES = 1 << 20;

/**
 * A UTF-8 JSON Lines file read as a stream, `batchSize` posts at a time, so that a file of any
 * size is imported in the memory of one batch. Each batch carries the records skipped and the
 * notes made since the one before; line numbers count from the start of the file.
 *
 * LIMITATION: the stream is decoded as UTF-8 without the charset detection of `importFile`
 * (which needs the whole file); a windows-1251 JSONL file this large must be converted first.
 * Invalid bytes become U+FFFD.
 */
export async function* streamJsonl(
  path: string,
  context: ImportContext,
  batchSize: number,
  readChunkBytes = READ_CHUNK_BYTES,
): AsyncGenerator<ImportBatch> {
  const decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });
  const stream = createReadStream(path, { highWaterMark: readChunkBytes });
  let reader = new JsonlLineReader(context);
  let posts: RawPost[] = [];
  let rest = '';
  let lineNumber = 0;

  const take = (): ImportBatch => {
    const { skipped, notes } = reader.log;
    const batch = { format: 'jsonl', sourceLabel: context.file, posts, skipped };
    posts = [];
    reader = reader.continued();
    return cutLongTexts(notes.length > 0 ? { ...batch, notes } : batch);
  };

  for await (const chunk of stream) {
    const text = rest + decoder.decode(chunk as Buffer, { stream: true });
    let lineStart = 0;
    for (let lineEnd = text.indexOf('\n'); lineEnd !== -1; lineEnd = text.indexOf('\n', lineStart)) {
      const post = reader.read(text.slice(lineStart, lineEnd), ++lineNumber);
      lineStart = lineEnd + 1;
      if (post) posts.push(post);
      if (posts.length >= batchSize) yield take();
    }
    rest = text.slice(lineStart);
  }

  const last = reader.read(rest + decoder.decode(), ++lineNumber);
  if (last) posts.push(last);
  yield take();
}
