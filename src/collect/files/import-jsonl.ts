import { ImportLog, readRecordDate, type ImportContext } from '../import-context.js';
import { isJsonObject, jsonKindOf } from '../json-value.js';
import { jsonErrorReason, parseScriptJson } from '../python-json.js';
import { htmlToText } from '../markup/html-to-text.js';
import type { ImportBatch, RawPost, RecordLocation } from '../raw-post.js';
import { LocalIds } from '../identity/scoped-native-id.js';
import { jsonlLineSpans } from './jsonl-line-ends.js';
import { extendedJsonScalar } from './extended-json-value.js';
import { timestampObjectSeconds } from './timestamp-object.js';
import { FieldNames, isSecondaryTextName } from './record-fields.js';
import { recordToPost, setRecordValue, type RecordValues } from './record-to-post.js';
import { platformRecordBatch } from './platform-records.js';
import { telegramDesktopMessage } from './telegram-desktop-message.js';
import { telethonMessage } from './telethon-message.js';

/**
 * Posts from JSON Lines: one JSON object a line, fields as in `record-fields.ts`; lines end as
 * `jsonl-line-ends.ts` says. A line that does not parse (a file cut off mid-line) is skipped with
 * its number.
 */
export function importJsonl(text: string, context: ImportContext): ImportBatch {
  const reader = new JsonlLineReader(context);
  const posts: RawPost[] = [];
  let lineNumber = 0;

  for (const [start, end] of jsonlLineSpans(text)) {
    lineNumber += 1;
    posts.push(...reader.read(text.slice(start, end), lineNumber));
  }

  const log = reader.log;
  const batch = { format: 'jsonl', sourceLabel: context.file, posts, skipped: log.skipped };
  return log.notes.length > 0 ? { ...batch, notes: log.notes } : batch;
}

/**
 * Reads JSON Lines one line at a time, for a whole file in memory or one read as a stream:
 * blank lines are passed over, bad lines are skipped into `log` with their number.
 */
export class JsonlLineReader {
  readonly log = new ImportLog();
  readonly #names: FieldNames;
  readonly #context: ImportContext;
  readonly #localIds: LocalIds;

  constructor(context: ImportContext, names = new FieldNames(), localIds = new LocalIds()) {
    this.#context = context;
    this.#names = names;
    this.#localIds = localIds;
  }

  /**
   * A reader for the next part of the same file: the keys and ids seen are kept, the log starts
   * empty.
   */
  continued(): JsonlLineReader {
    return new JsonlLineReader(this.#context, this.#names, this.#localIds);
  }

  /** The posts of one line: none for a blank or bad line, several for a platform's page. */
  read(rawLine: string, lineNumber: number): RawPost[] {
    const line = rawLine.trim();
    if (line === '') return [];

    const location = { file: this.#context.file, line: lineNumber };
    let record: unknown;
    try {
      record = parseScriptJson(line);
    } catch (error) {
      this.log.skip(location, `not valid JSON (${jsonErrorReason(error)}); the line may be cut off`);
      return [];
    }
    if (!isJsonObject(record)) {
      this.log.skip(location, 'line is not a JSON object');
      return [];
    }
    return recordPosts(record, this.#names, this.#context, location, this.log, this.#localIds);
  }
}

/**
 * A `.json` file holding one record object (pretty-printed over many lines, so not readable line
 * by line): the same field convention, one post.
 */
export function importJsonRecord(
  record: Readonly<Record<string, unknown>>,
  context: ImportContext,
): ImportBatch {
  const log = new ImportLog();
  const location = { file: context.file, index: 0 };
  const posts = recordPosts(record, new FieldNames(), context, location, log, new LocalIds());
  const batch = { format: 'jsonl', sourceLabel: context.file, posts, skipped: log.skipped };
  return log.notes.length > 0 ? { ...batch, notes: log.notes } : batch;
}

/**
 * A `.json` file holding a list of record objects (`[{…}, {…}]`, or the list under `listPath` of
 * an object that wraps it, or a table's rows named by `paths`): the same field convention, one
 * post an object. An element that is
 * not an object is skipped with its place in the list.
 */
export function importJsonRecords(
  records: readonly unknown[],
  context: ImportContext,
  listPath = '',
  paths?: readonly string[],
): ImportBatch {
  const log = new ImportLog();
  const reader = new JsonRecordReader(context);
  const posts: RawPost[] = [];
  records.forEach((record, index) => {
    const path = paths?.[index] ?? `${listPath}/${index}`;
    posts.push(...reader.read(record, { file: context.file, index, path }, log));
  });
  // Said, as a CSV of a header alone is, not left as a bare "0 read".
  if (records.length === 0) log.note({ file: context.file }, 'the list holds no records');
  const batch = { format: 'json', sourceLabel: context.file, posts, skipped: log.skipped };
  return log.notes.length > 0 ? { ...batch, notes: log.notes } : batch;
}

/**
 * Reads the elements of a list of records one at a time, for a list in memory or one read as a
 * stream: the keys and ids seen are kept from one element to the next.
 */
export class JsonRecordReader {
  readonly #names = new FieldNames();
  readonly #localIds = new LocalIds();
  readonly #context: ImportContext;

  constructor(context: ImportContext) {
    this.#context = context;
  }

  read(record: unknown, location: RecordLocation, log: ImportLog): RawPost[] {
    if (!isJsonObject(record)) {
      log.skip(location, 'list element is not a JSON object');
      return [];
    }
    return recordPosts(record, this.#names, this.#context, location, log, this.#localIds);
  }
}

/**
 * One record's posts: a platform's answer or item read by its importer (see
 * `platform-records.ts`), a Telegram Desktop or Telethon message read as such (see
 * `telegram-desktop-message.ts`, `telethon-message.ts`), any other record by its field names,
 * its text checked for its type. A record left out on purpose is noted, one that cannot be read
 * skipped.
 */
function recordPosts(
  record: Readonly<Record<string, unknown>>,
  names: FieldNames,
  context: ImportContext,
  location: RecordLocation,
  log: ImportLog,
  localIds: LocalIds,
): RawPost[] {
  const platformBatch = platformRecordBatch(record, context, location);
  if (platformBatch) {
    for (const skip of platformBatch.skipped) log.skip(skip.location, skip.reason);
    for (const note of platformBatch.notes ?? []) log.note(note.location, note.note);
    return platformBatch.posts;
  }

  const message = telegramDesktopMessage(record) ?? telethonMessage(record);
  if (message !== undefined && 'problem' in message) {
    log.skip(location, message.problem);
    return [];
  }
  if (message !== undefined && 'leftOut' in message) {
    log.note(location, message.leftOut);
    return [];
  }
  const unreadParts = message !== undefined && 'unreadParts' in message ? message.unreadParts : undefined;
  if (typeof unreadParts === 'string') log.note(location, unreadParts);
  const wrongText = message === undefined ? wrongTextValue(record, names) : undefined;
  if (wrongText) {
    log.skip(location, wrongText);
    return [];
  }
  const values = message?.values ?? valuesOf(record, names);
  if (message === undefined && values.date === undefined && values.time === undefined) {
    noteUnreadDate(record, names, context, location, log);
  }
  if (message === undefined) noteUnreadValues(record, names, values, location, log);
  const post = recordToPost(values, context, location, log, localIds);
  return post ? [post] : [];
}

/**
 * A date key holding a value no date is read from (`true`, `[2026, 12, 1]`, `{"day": 1}`) is
 * told at its record, as an unreadable date written as text is; it was dropped with the record's
 * other values of the wrong type, and the post counted on its import day unsaid.
 */
function noteUnreadDate(
  record: Readonly<Record<string, unknown>>,
  names: FieldNames,
  context: ImportContext,
  location: RecordLocation,
  log: ImportLog,
): void {
  for (const key in record) {
    const value = record[key];
    const field = names.fieldOf(key);
    // Python's NaN is read as no value, as elsewhere.
    if ((field !== 'date' && field !== 'time') || value === null || !['object', 'boolean'].includes(typeof value)) continue;
    readRecordDate(value, context, location, log);
    return;
  }
}

/**
 * Top-level string and number values of known fields, a WordPress `rendered` field's or a
 * MongoDB Extended JSON wrapper's among them; other nested objects (a `user` block) are not read.
 */
function valuesOf(record: Readonly<Record<string, unknown>>, names: FieldNames): RecordValues {
  const values: RecordValues = {};
  // A word that is the text only when nothing else is ("caption", "комментарий"), as in tables.
  const namedText = Object.keys(record).some((key) => names.fieldOf(key) === 'text' && !isSecondaryTextName(key));
  for (const key in record) {
    const field = names.fieldOf(key);
    if (field === undefined || (values[field] !== undefined && field !== 'platform')) continue;
    if (field === 'text' && namedText && isSecondaryTextName(key)) continue;
    // A text is a string: a number there is told by wrongTextValue, or passed over for another
    // text key that holds words.
    if (field === 'text' && (typeof record[key] === 'number' || extendedJsonScalar(record[key]) !== undefined)) continue;
    const value = readableValue(record[key], field);
    if (value !== undefined) setRecordValue(values, field, value, names.zoneOf(key));
  }
  return values;
}

/** The string or number a field's value gives, unwrapped; undefined for a value of another type. */
function readableValue(raw: unknown, field: string): string | number | undefined {
  const value = renderedHtml(raw) ?? extendedJsonScalar(raw)
    ?? (field === 'date' || field === 'time' ? timestampObjectSeconds(raw) : undefined) ?? raw;
  // 1e400 parses to Infinity, which would print as the same id for every such record.
  if (typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value))) return value;
  return undefined;
}

/**
 * A field left unread for its value's type (`"platform": ["vk"]`, `"id": {"value": 7}`,
 * `"url": true`) is told at the first record holding one, once a file; such values were dropped
 * unsaid, the post stored on `other`, keyed by its text or without its link. Null is a missing
 * value, as elsewhere; text and dates are told by their own checks.
 */
function noteUnreadValues(
  record: Readonly<Record<string, unknown>>,
  names: FieldNames,
  values: RecordValues,
  location: RecordLocation,
  log: ImportLog,
): void {
  for (const key in record) {
    const field = names.fieldOf(key);
    const raw = record[key];
    if (field === undefined || ['text', 'date', 'time'].includes(field) || values[field] !== undefined) continue;
    if (raw === null || typeof raw === 'number' || readableValue(raw, field) !== undefined) continue;
    if (!names.firstUnreadValueOf(key)) continue;
    log.note(location, `${JSON.stringify(key)} holds ${jsonKindOf(raw)}, not text or a number, so it is not read ` +
      '(told at the first record holding one)');
  }
}

/**
 * Why a record's text cannot be read when its text key holds a number, a list, an object, a
 * boolean or null (a converter that wrote a numeric cell as a number, formatted text as parts,
 * or a translation map), rather than the bare "no text" that would send the user looking for a
 * missing key. A number is no text: `"text": 123` was stored as a post saying "123", and
 * `"text": 1e400` was skipped for having no text. Undefined when some text key holds a string.
 */
function wrongTextValue(record: Readonly<Record<string, unknown>>, names: FieldNames): string | undefined {
  let wrong: string | undefined;
  for (const key in record) {
    if (names.fieldOf(key) !== 'text') continue;
    // MongoDB's {"$numberLong": "77"} is a number, though it holds a string.
    const wrapped = extendedJsonScalar(record[key]);
    const value = renderedHtml(record[key]) ?? (wrapped === undefined ? record[key] : Number(wrapped));
    if (typeof value === 'string') return undefined;
    const shown = typeof value === 'number' ? ` (${String(value)})` : '';
    wrong ??= `text field ${JSON.stringify(key)} is ${jsonKindOf(value)}${shown}, expected a string`;
  }
  return wrong;
}

/**
 * The text of a WordPress REST API field (`"content": {"rendered": "<p>…</p>"}`, `"title":
 * {"rendered": "&#171;…&#187;"}`), which news sites' dumps are made of: always HTML, entities
 * included. Undefined for every other value.
 */
function renderedHtml(value: unknown): string | undefined {
  if (!isJsonObject(value) || typeof value.rendered !== 'string') return undefined;
  return htmlToText(value.rendered);
}
