import { extname } from 'node:path';

import { decodeBytes } from './encoding/decode-bytes.js';
import { csvHeaderWithoutText, findCsvHeader } from './files/csv-header.js';
import { dataFrameRows } from './files/data-frame-json.js';
import { isPlainText, opensWithChatLine } from './files/plain-text.js';
import { hasTextField, TEXT_FIELD_NAMES } from './files/record-fields.js';
import { isJsonObject, jsonKindOf, type JsonObject } from './json-value.js';
import { isChannelPreviewPage } from './telegram/import-channel-preview.js';
import { isTelegramHtmlExport } from './telegram/import-telegram-html.js';
import { jsonErrorReason, parseScriptJson } from './python-json.js';
import { closeTruncatedJson } from './truncated-json.js';
import { isVkPage, isVkPost } from './vk/vk-wall-shapes.js';
import { isYoutubeItem, isYoutubePage } from './youtube/youtube-shapes.js';

export type ImportFormat =
  | 'rss'
  | 'atom'
  | 'rdf'
  | 'jsonfeed'
  | 'telegram'
  | 'telegram-html'
  | 'telegram-preview'
  | 'youtube'
  | 'vk'
  | 'jsonl'
  | 'csv'
  | 'text';

/** A format recognised in a file's text, with the JSON document when it took parsing to tell. */
export interface RecognisedFormat {
  readonly format: ImportFormat;
  readonly document?: unknown;
  /** The line where a JSON document cut off before its end loses its unfinished record. */
  readonly cutLine?: number;
}

const EXPECTED =
  'expected an RSS, RDF, Atom or JSON Feed, a Telegram Desktop export (result.json or messages.html), a saved t.me/s/ page, a YouTube ' +
  'commentThreads or comments response, a VK wall.get response, JSONL, CSV with a text column or plain text';

const JSONL_EXTENSIONS = new Set(['.jsonl', '.ndjson']);
const JSON_FEED_VERSION = /jsonfeed\.org\/version\//i;
/** Lines looked at to tell JSONL from a broken JSON document. */
const JSONL_PROBE_LINES = 5;

/**
 * The format of a file, from its content; the name only settles JSON Lines against JSON. Throws
 * an error naming the file when the content is none of the formats tyndau reads.
 */
export function detectFormat(bytes: Uint8Array, fileName: string): ImportFormat {
  return recogniseFormat(decodeBytes(bytes).text, fileName).format;
}

/** As `detectFormat`, on decoded text, keeping the parsed JSON so that it is parsed once. */
export function recogniseFormat(text: string, fileName: string): RecognisedFormat {
  const start = text.trimStart();
  if (start === '') throw new Error(`${fileName}: the file is empty or holds only whitespace`);
  const binary = binaryKind(start);
  if (binary) throw new Error(`${fileName}: not a known format: ${binary}; ${EXPECTED}`);

  if (start.startsWith('<')) return { format: feedFormatOfXml(start, fileName) };
  if (opensWithChatLine(start)) return { format: 'text' };
  if (start.startsWith('{') || start.startsWith('[')) return recogniseJson(text, fileName);
  if (findCsvHeader(start)) return { format: 'csv' };

  const columns = csvHeaderWithoutText(start);
  const prose = isPlainText(start);
  if (columns && !prose) {
    const advice = `name the column holding the post's text one of ${TEXT_FIELD_NAMES.join(', ')}`;
    // A file without a header starts with a post: its values are not printed or logged, for
    // they are text as written, before the privacy gate (names, phone numbers, an author). One
    // cell that cannot be a column's name (a sentence, a date, a long number) is enough to tell.
    if (columns.some((name) => name !== '' && !looksLikeColumnName(name))) {
      throw new Error(
        `${fileName}: the first line looks like a record, not a CSV header (${columns.length} values, ` +
          `not shown: they may hold a post's text); add a header line and ${advice}`,
      );
    }
    const shown = columns.slice(0, 8).map((name) => JSON.stringify(name)).join(', ');
    throw new Error(
      `${fileName}: a CSV header without a text column (${shown}${columns.length > 8 ? ', …' : ''}); ${advice}`,
    );
  }
  // Posts copied out of a chat or a forum into a text file, one a paragraph or a line.
  if (prose) return { format: 'text' };
  throw new Error(
    `${fileName}: not a known format: the first line is neither XML, JSON nor a CSV header; ` +
      EXPECTED,
  );
}

const COLUMN_NAME_MAX = 40;
const NOT_A_COLUMN_NAME = /\d{5}|@|:\/\/|\s\S+\s\S+\s\S+\s/u;

/** Whether a header cell reads as a column's name: short, with letters, no long number, address or sentence. */
function looksLikeColumnName(name: string): boolean {
  return name.length <= COLUMN_NAME_MAX && /\p{L}/u.test(name) && !NOT_A_COLUMN_NAME.test(name);
}

/** Characters looked at, and the share of control characters among them, that mark binary data. */
const BINARY_PROBE_CHARS = 1024;
const BINARY_CONTROL_SHARE = 0.05;
const CONTROL_CHARACTER = /[\u0000-\u0008\u000e-\u001a\u001c-\u001f]/g;

/**
 * What a file of bytes rather than text is, or undefined for text. Users hand over the Excel
 * workbook (a ZIP archive) or a PDF instead of a CSV; their bytes decoded as text would otherwise
 * be described as a CSV header of garbage column names. Escape (U+001B) is left out: text copied
 * from terminals carries it and is read, with the codes removed.
 */
function binaryKind(start: string): string | undefined {
  if (start.startsWith('PK\u0003\u0004')) {
    return 'a ZIP archive (an Excel .xlsx workbook is one); save the sheet as "CSV UTF-8"';
  }
  if (start.startsWith('%PDF-')) return 'a PDF document';
  const probe = start.slice(0, BINARY_PROBE_CHARS);
  const controls = probe.match(CONTROL_CHARACTER)?.length ?? 0;
  return controls > probe.length * BINARY_CONTROL_SHARE ? 'binary data, not text' : undefined;
}

const XML_ROOT = /<([\w.-]+:)?([\w.-]+)[\s>/]/y;

function feedFormatOfXml(xml: string, fileName: string): ImportFormat {
  const root = rootElement(xml);
  if (root?.local === 'rss') return 'rss';
  if (root?.local === 'RDF') return 'rdf';
  if (root?.local === 'feed') return 'atom';
  if (root?.local.toLowerCase() === 'html' && isTelegramHtmlExport(xml)) return 'telegram-html';
  if (root?.local.toLowerCase() === 'html' && isChannelPreviewPage(xml)) return 'telegram-preview';

  const found = root === undefined ? 'no root element' : `the root element <${root.qualified}>`;
  const hint = root?.local.toLowerCase() === 'html' ? ' (a web page, not its feed)' : '';
  throw new Error(`${fileName}: not a known format: XML with ${found}${hint}; ${EXPECTED}`);
}

/** The first element after the prolog, comments, processing instructions and a doctype. */
function rootElement(xml: string): { local: string; qualified: string } | undefined {
  let index = 0;
  for (;;) {
    index = xml.indexOf('<', index);
    if (index === -1) return undefined;
    const next = xml[index + 1];
    if (next === '?' || next === '!') {
      const isComment = xml.startsWith('<!--', index);
      const end = isComment ? xml.indexOf('-->', index) : xml.indexOf('>', index);
      if (end === -1) return undefined;
      index = end + 1;
      continue;
    }
    XML_ROOT.lastIndex = index;
    const match = XML_ROOT.exec(xml);
    if (!match) return undefined;
    return { local: match[2]!, qualified: (match[1] ?? '') + match[2] };
  }
}

/**
 * Whether text that starts as JSON is JSON Lines rather than one document, as `recogniseFormat`
 * tells them apart: by the file's name, else by the whole text parsing as one document, else by
 * its first lines each holding an object. `whole` says whether the text is the file's or only its
 * beginning, which never parses.
 */
export function isJsonLines(text: string, fileName: string, whole: boolean): boolean {
  if (JSONL_EXTENSIONS.has(extname(fileName).toLowerCase())) return true;
  if (whole && parsedOrUndefined(text) !== undefined) return false;
  return looksLikeJsonLines(text);
}

function recogniseJson(text: string, fileName: string): RecognisedFormat {
  if (JSONL_EXTENSIONS.has(extname(fileName).toLowerCase())) return { format: 'jsonl' };

  let document: unknown;
  try {
    document = parseScriptJson(text);
  } catch (error) {
    if (looksLikeJsonLines(text)) return { format: 'jsonl' };
    const closed = closeTruncatedJson(text);
    const salvaged = closed === undefined ? undefined : parsedOrUndefined(closed.text);
    if (closed === undefined || salvaged === undefined) {
      throw new Error(`${fileName}: not valid JSON (${jsonErrorReason(error)})`);
    }
    return { format: formatOfJson(salvaged, fileName), document: salvaged, cutLine: closed.cutLine };
  }
  return { format: formatOfJson(document, fileName), document };
}

function parsedOrUndefined(text: string): unknown {
  try {
    return parseScriptJson(text);
  } catch {
    return undefined;
  }
}

/**
 * A message as Telethon writes it (`{"_": "Message", "peer_id": …}`), which scripts also save as
 * `{"messages": [...]}`: read as records (see `files/telethon-message.ts`), not as a Telegram
 * Desktop export, whose reading found no `text` in any of them.
 */
function isTelethonRecord(message: unknown): boolean {
  return isJsonObject(message) && (message._ === 'Message' || message._ === 'MessageService')
    && isJsonObject(message.peer_id);
}

function looksLikeJsonLines(text: string): boolean {
  const lines = text.split(/\r\n?|\n/, JSONL_PROBE_LINES * 2).filter((line) => line.trim() !== '');
  return lines.slice(0, JSONL_PROBE_LINES).some((line) => {
    try {
      return isJsonObject(parseScriptJson(line));
    } catch {
      return false;
    }
  });
}

/** The format of a parsed JSON document; throws an error naming the file when it is none. */
export function formatOfJson(document: unknown, fileName: string): ImportFormat {
  if (Array.isArray(document)) return formatOfJsonArray(document, fileName);
  if (!isJsonObject(document)) {
    throw new Error(`${fileName}: not a known format: a bare JSON value; ${EXPECTED}`);
  }

  if (typeof document.version === 'string' && JSON_FEED_VERSION.test(document.version)) {
    return 'jsonfeed';
  }
  const chats = isJsonObject(document.chats) ? document.chats.list : undefined;
  if (Array.isArray(document.messages) && document.messages.some(isTelethonRecord)) return 'jsonl';
  if (Array.isArray(document.messages) || Array.isArray(chats)) return 'telegram';
  if (isYoutubePage(document)) return 'youtube';
  if (isJsonObject(document.error) && 'error_code' in document.error) {
    const message = String(document.error.error_msg ?? 'no message');
    throw new Error(`${fileName}: a VK API error response ("${message}"), not a list of posts`);
  }
  if (isVkPage(document)) return 'vk';
  if (hasTextField(Object.keys(document)) || recordListKey(document) !== undefined) return 'jsonl';
  if (dataFrameRows(document) !== undefined) return 'jsonl';
  if (looksLikeTelegram(document)) throwDamagedTelegram(document, fileName);

  throw new Error(
    `${fileName}: not a known format: a JSON object with keys ${keyList(document)}; ${EXPECTED}`,
  );
}

/**
 * The key of the list of records in an object that wraps them, as listening tools' APIs and
 * exports do (`{"resultsTotal": 2, "results": [...]}`, `{"data": [...]}`, `{"mentions": [...]}`):
 * the first list holding an object with a text field. Undefined when there is none.
 */
export function recordListKey(document: JsonObject): string | undefined {
  return Object.keys(document).find((key) => {
    const value = document[key];
    return Array.isArray(value)
      && value.some((element) => isJsonObject(element) && hasTextField(Object.keys(element)));
  });
}

/**
 * The key of the list a `.json` object's records are read from: `recordListKey`'s, or Telethon's
 * `messages` (`{"messages": [...]}`), a list of records even when none has a text field: each
 * message without one is then noted or skipped in its place.
 */
export function recordsKeyOf(document: JsonObject): string | undefined {
  return recordListKey(document) ?? (Array.isArray(document['messages']) ? 'messages' : undefined);
}

function looksLikeTelegram(document: JsonObject): boolean {
  return 'messages' in document || (isJsonObject(document.chats) && 'list' in document.chats);
}

/**
 * A Telegram export edited by hand or by a script, whose `messages` (or `chats.list`) is no longer
 * a list: named as such, so the user is not told the file is of no known format at all.
 */
function throwDamagedTelegram(document: JsonObject, fileName: string): never {
  const [key, value] = 'messages' in document
    ? ['messages', document.messages]
    : ['chats.list', (document.chats as JsonObject).list];
  throw new Error(
    `${fileName}: a Telegram export whose "${key}" is ${jsonKindOf(value)}, not a list of ` +
      'messages; export the chat again from Telegram Desktop as JSON',
  );
}

function formatOfJsonArray(document: readonly unknown[], fileName: string): ImportFormat {
  // A scraper or an API that found nothing writes `[]`: no records, which the import says.
  if (document.length === 0) return 'jsonl';
  // Saved API pages may begin with a failed response (a rate limit): any page tells the format.
  const objects = document.filter(isJsonObject);
  if (objects.some(isYoutubePage)) return 'youtube';
  if (objects.some((object) => isVkPage(object) || isVkPost(object))) return 'vk';
  // Items a script took out of their pages (`[thread, thread]`): read one by one, each as the
  // platform's own (files/platform-records.ts).
  if (objects.some(isYoutubeItem)) return 'jsonl';
  const first = objects[0];
  // A list of records, as scrapers and spreadsheet tools write them: read like JSONL.
  if (document.some((element) => isJsonObject(element) && hasTextField(Object.keys(element)))) return 'jsonl';

  if (first === undefined) {
    throw new Error(
      `${fileName}: not a known format: a JSON list whose first element is ` +
        `${jsonKindOf(document[0])}, not a record; write each ` +
        `record as an object with its text under ${TEXT_FIELD_NAMES.slice(0, 4).join(', ')} or ` +
        'another name listed in src/collect/files/record-fields.ts',
    );
  }
  throw new Error(
    `${fileName}: not a known format: a JSON list of objects with keys ${keyList(first)}, none ` +
      `naming a text; name it ${TEXT_FIELD_NAMES.slice(0, 4).join(', ')} or another name listed ` +
      'in src/collect/files/record-fields.ts',
  );
}

/** Up to five keys of an object, for error messages: keys are structure, not content. */
function keyList(value: JsonObject): string {
  const keys = Object.keys(value);
  const shown = keys.slice(0, 5).map((key) => `"${key.slice(0, 40)}"`);
  return shown.join(', ') + (keys.length > 5 ? ', …' : '') || '(none)';
}
