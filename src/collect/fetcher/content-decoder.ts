import { Transform, type TransformCallback } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate, createInflateRaw } from 'node:zlib';

const DECODED_ENCODINGS = new Set(['gzip', 'x-gzip', 'deflate', 'br']);

/**
 * A decompressor for a Content-Encoding, chosen when the first byte arrives; undefined for an
 * encoding that is not one. Two things servers do that a plain zlib stream fails on:
 * - they send `Content-Encoding: gzip` on 304 answers, redirects and empty bodies, where there
 *   is nothing to decompress: no byte, no decompressor, an empty body;
 * - older IIS and PHP servers send "deflate" as a raw stream without its zlib wrapper, which
 *   browsers accept: the first two bytes tell which it is.
 */
export function contentDecoder(encoding: string): Transform | undefined {
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
  if (encoding !== 'deflate') return createGunzip();
  return hasZlibHeader(firstChunk) ? createInflate() : createInflateRaw();
}

/** RFC 1950: compression method 8 in the low bits, and the two header bytes a multiple of 31. */
function hasZlibHeader(bytes: Buffer): boolean {
  if (bytes.length < 2) return true;
  return (bytes[0]! & 0x0f) === 8 && ((bytes[0]! << 8) | bytes[1]!) % 31 === 0;
}
