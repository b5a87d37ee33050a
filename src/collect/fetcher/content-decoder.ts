import { PassThrough, Transform, type TransformCallback } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate, createInflateRaw, gunzipSync } from 'node:zlib';

const DECODED_ENCODINGS = new Set(['gzip', 'x-gzip', 'deflate', 'br']);

/**
 * A decompressor for a Content-Encoding, chosen when the first byte arrives; undefined for an
 * encoding that is not one. Layers listed together ("deflate, gzip") are undone in turn, and a
 * body declared gzip that does not open as gzip is read as it is. Two more things servers do
 * that a plain zlib stream fails on:
 * - they send `Content-Encoding: gzip` on 304 answers, redirects and empty bodies, where there
 *   is nothing to decompress: no byte, no decompressor, an empty body;
 * - older IIS and PHP servers send "deflate" as a raw stream without its zlib wrapper, which
 *   browsers accept: the first two bytes tell which it is.
 */
export function contentDecoder(encoding: string): Transform | undefined {
  // Layers are listed in the order they were applied ("deflate, gzip"): undone last first.
  const layers = encoding.split(',').map((layer) => layer.trim()).filter((layer) => layer !== '' && layer !== 'identity');
  if (layers.length > 1) return stackedDecoder(layers.reverse());
  return layerDecoder(layers[0] ?? '');
}

/** One decoder after another, each reading what the one before gave. */
function stackedDecoder(layers: readonly string[]): Transform | undefined {
  const decoders = layers.map(layerDecoder);
  if (decoders.some((decoder) => decoder === undefined)) return undefined;
  const [first, ...rest] = decoders as Transform[];
  const last = rest.reduce((upstream, decoder) => upstream.pipe(decoder), first!);
  return new Transform({
    transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
      if (first!.write(chunk)) callback();
      else first!.once('drain', () => callback());
    },
    flush(callback: TransformCallback): void {
      last.once('end', () => callback());
      first!.end();
    },
    construct(callback: (error?: Error | null) => void): void {
      last.on('data', (data: Buffer) => this.push(data));
      for (const decoder of decoders as Transform[]) decoder.on('error', (error: Error) => this.destroy(error));
      callback();
    },
    destroy(error: Error | null, callback: (error: Error | null) => void): void {
      for (const decoder of decoders as Transform[]) decoder.destroy();
      callback(error);
    },
  });
}

function layerDecoder(encoding: string): Transform | undefined {
  if (!DECODED_ENCODINGS.has(encoding)) return undefined;
  let inner: Transform | undefined;

  return new Transform({
    transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
      if (inner === undefined) {
        inner = decompressorFor(encoding, chunk);
        inner.on('data', (data: Buffer) => this.push(data));
        inner.on('error', (error: Error) => this.destroy(error));
      }
      if (inner.write(chunk)) callback();
      else inner.once('drain', () => callback());
    },
    flush(callback: TransformCallback): void {
      if (inner === undefined) return callback();
      inner.once('end', () => callback());
      inner.end();
    },
    destroy(error: Error | null, callback: (error: Error | null) => void): void {
      // Cut at the size cap or failed: the decompressor stops with the body.
      inner?.destroy();
      callback(error);
    },
  });
}

function decompressorFor(encoding: string, firstChunk: Buffer): Transform {
  if (encoding === 'br') return createBrotliDecompress();
  // A server that declares gzip and sends the page as it is ("<?xml", "<!DOCTYPE"): browsers
  // fail it, a collector can read it. A gzip member always opens with its magic number.
  if (encoding !== 'deflate') return startsLikeGzip(firstChunk) ? createGunzip() : new PassThrough();
  return hasZlibHeader(firstChunk) ? createInflate() : createInflateRaw();
}

function startsLikeGzip(bytes: Buffer): boolean {
  return bytes.length < 2 || (bytes[0] === GZIP_START[0] && bytes[1] === GZIP_START[1]);
}

/** RFC 1950: compression method 8 in the low bits, and the two header bytes a multiple of 31. */
function hasZlibHeader(bytes: Buffer): boolean {
  if (bytes.length < 2) return true;
  return (bytes[0]! & 0x0f) === 8 && ((bytes[0]! << 8) | bytes[1]!) % 31 === 0;
}

/** A gzip member's first bytes: its magic number and the deflate method. */
const GZIP_START = [0x1f, 0x8b, 0x08] as const;
/** Layers of gzip taken off a body beyond what its headers declare. */
const MAX_UNDECLARED_LAYERS = 2;

/**
 * A body that is still gzip after its Content-Encoding was undone, decompressed; any other body
 * as it is. Two ways servers send it: a precompressed `feed.xml.gz` or a cloud-storage object
 * uploaded gzipped is served without `Content-Encoding`, and a PHP site that compresses its
 * output behind a web server that compresses again sends `gzip` once for two layers. Browsers
 * show neither, so the site's owner never notices; read as text, the feed was "binary data".
 * Text never starts with these bytes (0x1f is a control character). Throws a RangeError when
 * the decompressed body would be over `maxBytes`; a corrupt layer leaves the body as it was.
 */
export function undeclaredGzipRemoved(body: Buffer, maxBytes: number): Buffer {
  let current = body;
  for (let layer = 0; layer < MAX_UNDECLARED_LAYERS && isGzip(current); layer += 1) {
    try {
      current = gunzipSync(current, { maxOutputLength: maxBytes });
    } catch (error) {
      if (error instanceof RangeError) throw error;
      return current;
    }
  }
  return current;
}

function isGzip(bytes: Buffer): boolean {
  return GZIP_START.every((byte, index) => bytes[index] === byte);
}
