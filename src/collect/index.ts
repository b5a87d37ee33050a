/**
 * The collection layer's public face: read a file of any supported format into raw posts.
 * Everything else in `src/collect/` is reached through here or through a format's own folder.
 */
export { importFile, type ImportOptions } from './import-file.js';
export { detectFormat, type ImportFormat } from './detect-format.js';
export { parseDate, type DateParseOptions } from './dates/parse-date.js';
export { decodeBytes, type DecodedText } from './encoding/decode-bytes.js';
export { htmlToText } from './markup/html-to-text.js';
export type {
  ImportBatch,
  ImportNote,
  RawPost,
  RecordLocation,
  SkippedRecord,
} from './raw-post.js';
