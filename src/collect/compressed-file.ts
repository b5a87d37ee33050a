/** A compression format tyndau does not unpack, by the bytes its files open with. */
interface CompressedKind {
  readonly signature: readonly number[];
  readonly name: string;
  /** How to unpack such a file, or to pipe it into `tyndau import -`. */
  readonly advice: string;
}

const PIPE = 'tyndau import -p PROJECT -';

const COMPRESSED_KINDS: readonly CompressedKind[] = [
  { signature: [0x1f, 0x8b, 0x08], name: 'gzip', advice: `gunzip -k it, or pipe it in: zcat FILE | ${PIPE}` },
  // "BZh" and the block size, 1 to 9: text may open with "BZh".
  ...[0x31, 0x32, 0x33, 0x34, 0x35, 0x36, 0x37, 0x38, 0x39].map((size) => ({
    signature: [0x42, 0x5a, 0x68, size],
    name: 'bzip2',
    advice: `bunzip2 -k it, or pipe it in: bzcat FILE | ${PIPE}`,
  })),
  {
    signature: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00],
    name: 'xz',
    advice: `unxz -k it, or pipe it in: xzcat FILE | ${PIPE}`,
  },
  {
    signature: [0x28, 0xb5, 0x2f, 0xfd],
    name: 'Zstandard',
    advice: `zstd -d it, or pipe it in: zstdcat FILE | ${PIPE}`,
  },
  { signature: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], name: '7-Zip', advice: 'extract its files and import them' },
  { signature: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07], name: 'RAR', advice: 'extract its files and import them' },
];

/**
 * Why a compressed file cannot be imported, or undefined for any other file. Exports are handed
 * over as `result.json.gz` or `posts.jsonl.xz`; decoded as text such a file was "binary data, not
 * text" followed by the list of formats, which did not say what it was or what to do.
 */
export function compressedFileProblem(bytes: Uint8Array, file: string): string | undefined {
  const kind = COMPRESSED_KINDS.find(({ signature }) => signature.every((byte, index) => bytes[index] === byte));
  if (kind === undefined) return undefined;
  return `${file}: a ${kind.name}-compressed file, which tyndau does not unpack; ${kind.advice}`;
}
