import { open } from 'node:fs/promises';

import { decodeRecordBytes } from '../encoding/utf8-or-windows-1251.js';
import { parseScriptJson } from '../python-json.js';
import {
  JsonScanner, type JsonContainer, type JsonPathSegment, type JsonScanListener, type ReadMode,
} from './json-scanner.js';

/** Bytes read at a time to tell a document's format, and at most. */
const BEGINNING_STEP_BYTES = 1 << 20;
const BEGINNING_MAX_BYTES = 16 << 20;

/**
 * The document at the start of the file, as far as it goes when `tells` finds it enough to tell
 * its format (read a megabyte at a time, at most 16): the containers open where it stops are
 * closed there, and a value cut in half or not valid JSON is left out. A Telegram export of one
 * chat tells in its first megabyte; an account's export first lists its contacts, sessions and
 * other data, which can run to megabytes before its chats.
 */
export async function readDocumentBeginning(path: string, tells: (beginning: unknown) => boolean): Promise<unknown> {
  const skeleton = new DocumentSkeleton();
  const scanner = new JsonScanner(skeleton);
  const file = await open(path, 'r');
  try {
    const step = Buffer.alloc(BEGINNING_STEP_BYTES);
    for (let read = 0; read < BEGINNING_MAX_BYTES && !scanner.stopped;) {
      const { bytesRead } = await file.read(step, 0, BEGINNING_STEP_BYTES, read);
      if (bytesRead === 0) break;
      // The scanner keeps the bytes of a value it has not finished: they are handed over as a copy.
      scanner.push(Buffer.from(step.subarray(0, bytesRead)));
      read += bytesRead;
      if (tells(skeleton.document)) break;
    }
  } finally {
    await file.close();
  }
  return skeleton.document;
}

/** Containers of the records of the formats read as a stream, and those that hold them. */
const CHAT_SECTIONS: ReadonlySet<JsonPathSegment> = new Set(['chats', 'left_chats']);

/**
 * Walked into: the document, each value of its top level (a list of records, or an account
 * export's section), and a Telegram account's chat list, chats and their messages. Every other
 * value, records included, is read whole, so that none is kept half read.
 */
function beginningModeOf(path: readonly JsonPathSegment[]): ReadMode {
  if (path.length <= 1) return 'walk';
  if (!CHAT_SECTIONS.has(path[0]!) || path[1] !== 'list') return 'read';
  if (path.length === 2 || path.length === 3) return 'walk';
  return path.length === 4 && path[3] === 'messages' ? 'walk' : 'read';
}

class DocumentSkeleton implements JsonScanListener {
  document: unknown;
  readonly #open: (unknown[] | Record<string, unknown>)[] = [];

  modeOf(path: readonly JsonPathSegment[]): ReadMode {
    return beginningModeOf(path);
  }

  opened(path: readonly JsonPathSegment[], container: JsonContainer): void {
    const made = container === 'object' ? {} : [];
    this.#attach(path, made);
    this.#open.push(made);
  }

  closed(): void {
    this.#open.pop();
  }

  value(path: readonly JsonPathSegment[], bytes: Uint8Array): void {
    try {
      this.#attach(path, parseScriptJson(decodeRecordBytes(bytes).text));
    } catch {
      // Left out: the whole file's reading reports it in its place.
    }
  }

  cut(): void {}

  broken(): void {}

  #attach(path: readonly JsonPathSegment[], value: unknown): void {
    const parent = this.#open.at(-1);
    if (parent === undefined) this.document = value;
    else if (Array.isArray(parent)) parent.push(value);
    else parent[String(path.at(-1))] = value;
  }
}
