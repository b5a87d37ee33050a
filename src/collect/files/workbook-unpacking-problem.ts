import { inflateRawSync } from 'node:zlib';

/**
 * The most a workbook's parts may hold unpacked, all together. ExcelJS unpacks every part into
 * memory and builds each sheet whole, using several times the unpacked size; a listening tool's
 * export of 100,000 mentions unpacks to about 100 MB.
 */
export const WORKBOOK_UNPACKED_MAX_BYTES = 512 * 1024 * 1024;

const DIRECTORY_END = 0x06054b50;
const ZIP64_DIRECTORY_END = 0x06064b50;
const ZIP64_DIRECTORY_END_LOCATOR = 0x07064b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const ZIP64_EXTRA_FIELD = 0x0001;
const DEFLATE = 8;
/** The directory's end record and the longest comment after it. */
const DIRECTORY_END_REACH = 22 + 0xffff;

interface ArchivePart {
  readonly name: string;
  readonly method: number;
  readonly packedBytes: number;
  readonly unpackedBytes: number;
  readonly localHeaderOffset: number;
}

/**
 * Why a workbook's parts cannot be unpacked safely, or undefined when they can (or when the
 * archive is not one this reads: ExcelJS then says what is wrong). A workbook of 2 MB whose sheet
 * unpacks to 2 GB (a "ZIP bomb", or a sheet of nothing but blank cells) took 2.4 GB of memory and
 * 30 s before ExcelJS gave up with "Bug : uncompressed data size mismatch"; a larger one ends the
 * process for want of memory. The parts' sizes are read from the archive's directory, and each
 * packed part is unpacked once with no more room than its stated size, since a part may be made
 * to unpack to more than it states.
 */
export function workbookUnpackingProblem(
  bytes: Uint8Array,
  file: string,
  maxBytes = WORKBOOK_UNPACKED_MAX_BYTES,
): string | undefined {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parts = archiveParts(buffer);
  if (parts === undefined) return undefined;

  const unpacked = parts.reduce((sum, part) => sum + part.unpackedBytes, 0);
  if (unpacked > maxBytes) {
    return `${file}: the workbook unpacks to ${megabytes(unpacked)} MB (${megabytes(buffer.length)} MB ` +
      `packed), more than the ${megabytes(maxBytes)} MB tyndau unpacks; split it, or save its sheets ` +
      'as "CSV UTF-8"';
  }
  const overflowing = parts.find((part) => unpacksBeyondItsSize(buffer, part));
  if (overflowing === undefined) return undefined;
  return `${file}: the workbook's part ${overflowing.name} unpacks to more than the ` +
    `${overflowing.unpackedBytes.toLocaleString('en')} bytes it states; the file is damaged or ` +
    'was made so; save it again from Excel or download it again';
}

function megabytes(bytes: number): string {
  return Math.ceil(bytes / (1024 * 1024)).toLocaleString('en');
}

function unpacksBeyondItsSize(buffer: Buffer, part: ArchivePart): boolean {
  if (part.method !== DEFLATE) return false;
  const header = part.localHeaderOffset;
  if (header + 30 > buffer.length || buffer.readUInt32LE(header) !== LOCAL_HEADER) return false;
  const start = header + 30 + buffer.readUInt16LE(header + 26) + buffer.readUInt16LE(header + 28);
  const packed = buffer.subarray(start, start + part.packedBytes);
  try {
    inflateRawSync(packed, { maxOutputLength: Math.max(1, part.unpackedBytes) });
    return false;
  } catch (error) {
    // A damaged stream is left to ExcelJS to name; only one longer than stated is caught here.
    return (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE';
  }
}

/** The parts listed in a ZIP archive's directory, or undefined when it has none readable. */
function archiveParts(buffer: Buffer): ArchivePart[] | undefined {
  const end = buffer.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0 || end < buffer.length - DIRECTORY_END_REACH || end + 22 > buffer.length) return undefined;
  if (buffer.readUInt32LE(end) !== DIRECTORY_END) return undefined;

  let count = buffer.readUInt16LE(end + 10);
  let offset = buffer.readUInt32LE(end + 16);
  const locator = end - 20;
  if ((count === 0xffff || offset === 0xffffffff) && locator >= 0
    && buffer.readUInt32LE(locator) === ZIP64_DIRECTORY_END_LOCATOR) {
    const zip64End = Number(buffer.readBigUInt64LE(locator + 8));
    if (zip64End + 56 > buffer.length || buffer.readUInt32LE(zip64End) !== ZIP64_DIRECTORY_END) return undefined;
    count = Number(buffer.readBigUInt64LE(zip64End + 32));
    offset = Number(buffer.readBigUInt64LE(zip64End + 48));
  }

  const parts: ArchivePart[] = [];
  for (let index = 0; index < count; index += 1) {
    if (offset + 46 > buffer.length || buffer.readUInt32LE(offset) !== DIRECTORY_ENTRY) return undefined;
    const nameLength = buffer.readUInt16LE(offset + 28);
    const extraLength = buffer.readUInt16LE(offset + 30);
    const name = buffer.toString('utf8', offset + 46, offset + 46 + nameLength);
    const extra = buffer.subarray(offset + 46 + nameLength, offset + 46 + nameLength + extraLength);
    parts.push({ name, method: buffer.readUInt16LE(offset + 10), ...partSizes(buffer, offset, extra) });
    offset += 46 + nameLength + extraLength + buffer.readUInt16LE(offset + 32);
  }
  return parts;
}

/** A directory entry's sizes and header offset; those too large for 32 bits are in its ZIP64 field. */
function partSizes(
  buffer: Buffer,
  entry: number,
  extra: Buffer,
): Pick<ArchivePart, 'packedBytes' | 'unpackedBytes' | 'localHeaderOffset'> {
  let unpackedBytes = buffer.readUInt32LE(entry + 24);
  let packedBytes = buffer.readUInt32LE(entry + 20);
  let localHeaderOffset = buffer.readUInt32LE(entry + 42);
  for (let at = 0; at + 4 <= extra.length; at += 4 + extra.readUInt16LE(at + 2)) {
    if (extra.readUInt16LE(at) !== ZIP64_EXTRA_FIELD) continue;
    // The field holds, in this order, only the values written as 0xffffffff in the entry.
    let value = at + 4;
    const next = (): number => {
      const read = value + 8 <= extra.length ? Number(extra.readBigUInt64LE(value)) : 0xffffffff;
      value += 8;
      return read;
    };
    if (unpackedBytes === 0xffffffff) unpackedBytes = next();
    if (packedBytes === 0xffffffff) packedBytes = next();
    if (localHeaderOffset === 0xffffffff) localHeaderOffset = next();
  }
  return { packedBytes, unpackedBytes, localHeaderOffset };
}
