/**
 * A JSON document read from bytes as they arrive, without holding it whole. The containers the
 * listener walks into are followed bracket by bracket; every other value is handed over as the
 * bytes it was written in, once it is complete, for the listener to decode and parse (so that a
 * record is parsed exactly as the whole-file importers parse it: long integers kept, Python's NaN
 * read as null, each record in the charset it is in). A record that is not valid JSON inside
 * balanced brackets therefore costs that record only.
 *
 * Only the structure is checked here: strings, brackets, colons and commas. A mistake in it (a
 * bracket that closes the wrong thing, a value where a comma belongs) leaves no safe place to go
 * on from, so the scanner stops there and says where.
 */

export type JsonPathSegment = string | number;
export type JsonContainer = 'object' | 'array';

/**
 * How a container is read: walked into (its values handed over one by one), read whole as one
 * value, or passed over unread.
 */
export type ReadMode = 'walk' | 'read' | 'pass';

/** Where a value starts in the file. */
export interface StreamPlace {
  /** 0-based byte offset from the start of the file. */
  readonly offset: number;
  /** 1-based line. */
  readonly line: number;
}

export interface JsonScanListener {
  modeOf(path: readonly JsonPathSegment[], container: JsonContainer): ReadMode;
  opened(path: readonly JsonPathSegment[], container: JsonContainer): void;
  closed(path: readonly JsonPathSegment[], container: JsonContainer): void;
  /** A value read whole (a scalar, or a container read as one), as the bytes of its text. */
  value(path: readonly JsonPathSegment[], bytes: Uint8Array, place: StreamPlace): void;
  /** The bytes ended inside the value at `path`, which starts at `place`. */
  cut(path: readonly JsonPathSegment[], place: StreamPlace): void;
  /** The structure breaks at `place`, inside the value at `path`; nothing after it is read. */
  broken(path: readonly JsonPathSegment[], place: StreamPlace, reason: string): void;
}

/**
 * A value read as one larger than this is not a record: a quote or a bracket left out has made
 * the rest of the file look like one value, and reading on would hold the whole file.
 */
const VALUE_MAX_BYTES = 64 << 20;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const LINE_FEED = 0x0a;
const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;

type ObjectState = 'start' | 'key' | 'colon' | 'value' | 'after';

interface Frame {
  readonly container: JsonContainer;
  readonly path: readonly JsonPathSegment[];
  state: ObjectState;
  key: string;
  index: number;
}

/** A value being read whole: a container, a string, a bare scalar, or an object's key. */
interface Capture {
  readonly kind: 'container' | 'string' | 'scalar' | 'key';
  readonly path: readonly JsonPathSegment[];
  readonly place: StreamPlace;
  readonly keep: boolean;
  readonly closers: number[];
  readonly pieces: Uint8Array[];
  size: number;
  inString: boolean;
  escapeNext: boolean;
}

export class JsonScanner {
  readonly #listener: JsonScanListener;
  readonly #frames: Frame[] = [];
  #capture: Capture | undefined;
  /** Where the capture starts in the current chunk (0 when it began in an earlier one). */
  #captureFrom = 0;
  #rootDone = false;
  #stopped = false;
  #bomBytesSeen = 0;
  /** Byte offset of the current chunk's start. */
  #base = 0;
  /** Line feeds before `#nextLineFeed`; the next line feed of the current chunk, or -1. */
  #lines = 0;
  #nextLineFeed = -1;

  constructor(listener: JsonScanListener) {
    this.#listener = listener;
  }

  /** Whether the structure broke and the rest is not read. */
  get stopped(): boolean {
    return this.#stopped;
  }

  push(chunk: Uint8Array): void {
    if (this.#stopped) return;
    let index = 0;
    // A byte order mark, as Windows editors save UTF-8, may arrive split between chunks.
    while (this.#bomBytesSeen < UTF8_BOM.length && index < chunk.length) {
      if (chunk[index] !== UTF8_BOM[this.#bomBytesSeen]) {
        this.#bomBytesSeen = UTF8_BOM.length;
        break;
      }
      this.#bomBytesSeen += 1;
      index += 1;
    }
    this.#nextLineFeed = chunk.indexOf(LINE_FEED);

    while (index < chunk.length && !this.#stopped) {
      index = this.#capture ? this.#continueCapture(chunk, index) : this.#structure(chunk, index);
    }

    const capture = this.#capture;
    if (capture && !this.#stopped) {
      this.#keepPiece(capture, chunk.subarray(this.#captureFrom));
      this.#captureFrom = 0;
      if (capture.keep && capture.size > VALUE_MAX_BYTES) {
        this.#stop(chunk, chunk.length, `a single value runs past ${VALUE_MAX_BYTES >> 20} MB; a quote or ` +
          'a bracket is probably missing where it starts');
      }
    }
    this.#lineAt(chunk, chunk.length);
    this.#base += chunk.length;
  }

  /** The bytes are over: a bare number or word at the end is complete, anything open is cut. */
  end(): void {
    if (this.#stopped) return;
    const capture = this.#capture;
    if (capture?.kind === 'scalar') this.#finishCapture(new Uint8Array(0), 0);
    if (this.#capture) {
      this.#listener.cut(this.#capture.path, this.#capture.place);
      return;
    }
    const frame = this.#frames.at(-1);
    if (frame) this.#listener.cut(frame.path, { offset: this.#base, line: this.#lines + 1 });
  }

  /** Reads structure (outside any value read whole) from `index`; returns where it stopped. */
  #structure(chunk: Uint8Array, from: number): number {
    let index = from;
    while (index < chunk.length && isWhitespace(chunk[index]!)) index += 1;
    if (index === chunk.length) return index;

    const byte = chunk[index]!;
    const frame = this.#frames.at(-1);
    if (frame === undefined) {
      if (this.#rootDone) return this.#stop(chunk, index, 'text after the end of the JSON document');
      return this.#startValue(chunk, index, []);
    }
    return frame.container === 'object'
      ? this.#objectStructure(frame, chunk, index, byte)
      : this.#arrayStructure(frame, chunk, index, byte);
  }

  #objectStructure(frame: Frame, chunk: Uint8Array, index: number, byte: number): number {
    switch (frame.state) {
      case 'start':
      case 'key':
        if (byte === QUOTE) return this.#startCapture('key', frame.path, chunk, index, index + 1, true);
        // A comma before the closing brace, as hand-edited files have, loses nothing.
        if (byte === CLOSE_BRACE) return this.#closeFrame(index);
        return this.#stop(chunk, index, `expected a key in quotes, found ${shown(byte)}`);
      case 'colon':
        if (byte !== COLON) return this.#stop(chunk, index, `expected ':' after the key, found ${shown(byte)}`);
        frame.state = 'value';
        return index + 1;
      case 'value':
        return this.#startValue(chunk, index, [...frame.path, frame.key]);
      case 'after':
        if (byte === COMMA) {
          frame.state = 'key';
          return index + 1;
        }
        if (byte === CLOSE_BRACE) return this.#closeFrame(index);
        return this.#stop(chunk, index, `expected ',' or '}', found ${shown(byte)}`);
    }
  }

  #arrayStructure(frame: Frame, chunk: Uint8Array, index: number, byte: number): number {
    if (frame.state === 'after') {
      if (byte === COMMA) {
        frame.state = 'value';
        return index + 1;
      }
      if (byte === CLOSE_BRACKET) return this.#closeFrame(index);
      return this.#stop(chunk, index, `expected ',' or ']', found ${shown(byte)}`);
    }
    if (byte === CLOSE_BRACKET) return this.#closeFrame(index);
    return this.#startValue(chunk, index, [...frame.path, frame.index]);
  }

  #startValue(chunk: Uint8Array, index: number, path: readonly JsonPathSegment[]): number {
    const byte = chunk[index]!;
    if (byte === OPEN_BRACE || byte === OPEN_BRACKET) {
      const container: JsonContainer = byte === OPEN_BRACE ? 'object' : 'array';
      const mode = this.#listener.modeOf(path, container);
      if (mode === 'walk') {
        this.#frames.push({ container, path, state: 'start', key: '', index: 0 });
        this.#listener.opened(path, container);
        return index + 1;
      }
      const capture = this.#startCapture('container', path, chunk, index, index + 1, mode === 'read');
      this.#capture!.closers.push(byte === OPEN_BRACE ? CLOSE_BRACE : CLOSE_BRACKET);
      return capture;
    }
    if (byte === QUOTE) return this.#startCapture('string', path, chunk, index, index + 1, true);
    if (isScalarStart(byte)) return this.#startCapture('scalar', path, chunk, index, index, true);
    return this.#stop(chunk, index, `expected a value, found ${shown(byte)}`);
  }

  #startCapture(
    kind: Capture['kind'],
    path: readonly JsonPathSegment[],
    chunk: Uint8Array,
    start: number,
    next: number,
    keep: boolean,
  ): number {
    const place = { offset: this.#base + start, line: this.#lineAt(chunk, start) };
    this.#capture = {
      kind, path, place, keep, closers: [], pieces: [], size: 0,
      inString: kind === 'string' || kind === 'key', escapeNext: false,
    };
    this.#captureFrom = start;
    return next;
  }

  /** Reads on inside the value being read whole; returns where it stopped. */
  #continueCapture(chunk: Uint8Array, from: number): number {
    const capture = this.#capture!;
    if (capture.inString) return this.#continueString(capture, chunk, from);
    if (capture.kind === 'scalar') {
      let index = from;
      while (index < chunk.length && !endsScalar(chunk[index]!)) index += 1;
      if (index < chunk.length) this.#finishCapture(chunk, index);
      return index;
    }

    for (let index = from; index < chunk.length; index += 1) {
      const byte = chunk[index]!;
      if (byte === QUOTE) {
        capture.inString = true;
        return index + 1;
      }
      if (byte === OPEN_BRACE) capture.closers.push(CLOSE_BRACE);
      else if (byte === OPEN_BRACKET) capture.closers.push(CLOSE_BRACKET);
      else if (byte === CLOSE_BRACE || byte === CLOSE_BRACKET) {
        if (capture.closers.pop() !== byte) {
          return this.#stop(chunk, index, `${shown(byte)} closes a bracket it does not match`);
        }
        if (capture.closers.length === 0) {
          this.#finishCapture(chunk, index + 1);
          return index + 1;
        }
      }
    }
    return chunk.length;
  }

  /** Finds the quote that closes the string the capture is in, across chunks. */
  #continueString(capture: Capture, chunk: Uint8Array, from: number): number {
    let index = from;
    if (capture.escapeNext) {
      capture.escapeNext = false;
      index += 1;
    }
    for (;;) {
      const quote = chunk.indexOf(QUOTE, index);
      if (quote === -1) {
        capture.escapeNext = backslashesBefore(chunk, chunk.length, index) % 2 === 1;
        return chunk.length;
      }
      if (backslashesBefore(chunk, quote, index) % 2 === 0) {
        capture.inString = false;
        if (capture.kind === 'container') return quote + 1;
        this.#finishCapture(chunk, quote + 1);
        return quote + 1;
      }
      index = quote + 1;
    }
  }

  #finishCapture(chunk: Uint8Array, end: number): void {
    const capture = this.#capture!;
    this.#capture = undefined;
    this.#keepPiece(capture, chunk.subarray(this.#captureFrom, end));
    const bytes = capture.pieces.length === 1 ? capture.pieces[0]! : Buffer.concat(capture.pieces);
    const frame = this.#frames.at(-1);

    if (capture.kind === 'key') {
      const key = keyOf(bytes);
      if (key === undefined) {
        this.#stop(chunk, end, 'a key that is not a valid JSON string');
        return;
      }
      frame!.key = key;
      frame!.state = 'colon';
      return;
    }
    if (capture.keep) this.#listener.value(capture.path, bytes, capture.place);
    this.#afterValue(frame);
  }

  #keepPiece(capture: Capture, piece: Uint8Array): void {
    capture.size += piece.length;
    if (capture.keep && piece.length > 0) capture.pieces.push(piece);
  }

  #closeFrame(index: number): number {
    const frame = this.#frames.pop()!;
    this.#listener.closed(frame.path, frame.container);
    this.#afterValue(this.#frames.at(-1));
    return index + 1;
  }

  #afterValue(parent: Frame | undefined): void {
    if (parent === undefined) {
      this.#rootDone = true;
      return;
    }
    parent.state = 'after';
    if (parent.container === 'array') parent.index += 1;
  }

  /** Stops at `index`, naming the value it is in by where that value starts. */
  #stop(chunk: Uint8Array, index: number, reason: string): number {
    this.#stopped = true;
    const here = { offset: this.#base + index, line: this.#lineAt(chunk, index) };
    const path = this.#capture?.path ?? this.#frames.at(-1)?.path ?? [];
    const place = this.#capture?.place ?? here;
    this.#capture = undefined;
    this.#listener.broken(path, place, `${reason}, at byte ${here.offset} on line ${here.line}`);
    return chunk.length;
  }

  /** The 1-based line of `index` in the current chunk; line feeds are counted once, in order. */
  #lineAt(chunk: Uint8Array, index: number): number {
    while (this.#nextLineFeed !== -1 && this.#nextLineFeed < index) {
      this.#lines += 1;
      this.#nextLineFeed = chunk.indexOf(LINE_FEED, this.#nextLineFeed + 1);
    }
    return this.#lines + 1;
  }
}

function keyOf(bytes: Uint8Array): string | undefined {
  try {
    return String(JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8')));
  } catch {
    return undefined;
  }
}

/** Backslashes right before `end`, counted back no further than `from`. */
function backslashesBefore(chunk: Uint8Array, end: number, from: number): number {
  let count = 0;
  while (end - 1 - count >= from && chunk[end - 1 - count] === BACKSLASH) count += 1;
  return count;
}

function isWhitespace(byte: number): boolean {
  return byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;
}

/** A number, true/false/null, or a word a script wrote instead (NaN, Infinity, undefined). */
function isScalarStart(byte: number): boolean {
  return byte === 0x2d || (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5a)
    || (byte >= 0x61 && byte <= 0x7a);
}

function endsScalar(byte: number): boolean {
  return isWhitespace(byte) || byte === COMMA || byte === CLOSE_BRACE || byte === CLOSE_BRACKET;
}

function shown(byte: number): string {
  return byte >= 0x20 && byte < 0x7f ? `'${String.fromCharCode(byte)}'` : `byte 0x${byte.toString(16)}`;
}
