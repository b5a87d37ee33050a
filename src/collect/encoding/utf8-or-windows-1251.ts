import iconv from 'iconv-lite';

import type { ImportNote } from '../raw-post.js';
import { countUtf8Sequences, strictUtf8 } from './detect-cyrillic-charset.js';

const LENIENT_UTF8 = new TextDecoder('utf-8', { fatal: false });
const LINE_FEED = 0x0a;

/** Bytes that are UTF-8 or windows-1251, or both line by line, as text. */
export interface MixedDecoding {
  readonly text: string;
  /** `windows-1251` only when no line with letters beyond ASCII was UTF-8. */
  readonly charset: 'utf-8' | 'windows-1251';
  /** 1-based numbers of the lines read as windows-1251 when other lines were UTF-8. */
  readonly windows1251Lines: readonly number[];
}

/**
 * Decodes bytes that are not valid UTF-8 throughout, one line at a time. Files are appended to
 * from several places (an export from a Windows tool added to one from a web form), so a file can
 * be UTF-8 on most lines and windows-1251 on a few, or carry a few damaged bytes on one line: each
 * line is read in the charset it is in: UTF-8, with U+FFFD for damaged bytes, when its
 * well-formed multi-byte sequences are at least as many as the bytes that fit none; else
 * windows-1251.
 */
export function decodeUtf8OrWindows1251(bytes: Uint8Array): MixedDecoding {
  const parts: string[] = [];
  const windows1251Lines: number[] = [];
  let utf8Letters = false;
  let start = 0;
  for (let line = 1; start <= bytes.length; line++) {
    const found = bytes.indexOf(LINE_FEED, start);
    const end = found === -1 ? bytes.length : found + 1;
    const lineBytes = bytes.subarray(start, end);
    const strict = strictUtf8(lineBytes);
    if (strict !== undefined) {
      parts.push(strict);
      utf8Letters ||= strict.length < lineBytes.length;
    } else if (isMostlyUtf8(lineBytes)) {
      parts.push(LENIENT_UTF8.decode(lineBytes));
      utf8Letters = true;
    } else {
      parts.push(iconv.decode(Buffer.from(lineBytes.buffer, lineBytes.byteOffset, lineBytes.length), 'windows-1251'));
      windows1251Lines.push(line);
    }
    if (found === -1) break;
    start = end;
  }
  const text = parts.join('');
  if (!utf8Letters && windows1251Lines.length > 0) return { text, charset: 'windows-1251', windows1251Lines: [] };
  return { text, charset: 'utf-8', windows1251Lines };
}

/**
 * One record's bytes (a line of JSON Lines, an element of a JSON list) as text: UTF-8, or
 * windows-1251 when they are not UTF-8 (a record from a Windows tool among UTF-8 ones). Damaged
 * bytes in UTF-8 become U+FFFD, and `damaged` tells so.
 */
export function decodeRecordBytes(bytes: Uint8Array): { text: string; windows1251: boolean; damaged: boolean } {
  const utf8 = strictUtf8(bytes);
  if (utf8 !== undefined) return { text: utf8, windows1251: false, damaged: false };
  const decoded = decodeUtf8OrWindows1251(bytes);
  const windows1251 = decoded.charset === 'windows-1251';
  return { text: decoded.text, windows1251, damaged: !windows1251 && decoded.text.includes('\uFFFD') };
}

/**
 * In windows-1251 text a well-formed UTF-8 sequence needs a capital letter before a byte from
 * 0x80 to 0xBF (`Р»` in `СССР»`), while nearly every other letter is a byte that fits none; a
 * line of UTF-8 has more letters than damaged bytes. A letter cut off by the end of the bytes
 * counts as neither, so such a line stays UTF-8.
 */
function isMostlyUtf8(line: Uint8Array): boolean {
  const { valid, broken } = countUtf8Sequences(line);
  return broken === 0 || valid >= broken;
}

/** Lines listed in a note before "and N more". */
const LINES_LISTED = 10;

/**
 * The note for lines of a file read as windows-1251 while others were UTF-8, listing them so
 * that the odd ones out can be checked; undefined when there were none. `records`, when more
 * than the lines, counts records several of which share a line (a JSON list on one line).
 */
export function windows1251LinesNote(
  file: string,
  lines: readonly number[],
  records = lines.length,
): ImportNote | undefined {
  if (lines.length === 0) return undefined;
  const listed = lines.slice(0, LINES_LISTED).join(', ');
  const more = lines.length > LINES_LISTED ? ` and ${lines.length - LINES_LISTED} more` : '';
  const onLines = `${lines.length === 1 ? 'line' : 'lines'} ${listed}${more}`;
  const note = records > lines.length
    ? `${records} records were not UTF-8 and were read as windows-1251, on ${onLines}`
    : `${lines.length} ${lines.length === 1 ? 'line was' : 'lines were'} not UTF-8 and ` +
      `${lines.length === 1 ? 'was' : 'were'} read as windows-1251: ${onLines}`;
  return { location: { file, line: lines[0]! }, note };
}
