/**
 * Tells UTF-8 from windows-1251 for input that names no charset (CSV from Excel, JSON dumps,
 * sites without a prolog). These are the two encodings Russian- and Kazakh-language files come
 * in; windows-1251 Cyrillic text is almost never valid UTF-8, because its letters (0xC0–0xFF)
 * are not followed by bytes in the UTF-8 continuation range.
 */

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * A file that is mostly valid UTF-8 with a few broken bytes (one damaged record, a file cut in
 * the middle of a letter) is still UTF-8: reading all of it as windows-1251 would garble
 * every other record. Valid multi-byte sequences must outnumber broken ones this many times.
 */
const VALID_PER_BROKEN = 4;

export type CyrillicCharset = 'utf-8' | 'windows-1251';

export function detectCyrillicCharset(bytes: Uint8Array): CyrillicCharset {
  if (strictUtf8(bytes) !== undefined) return 'utf-8';
  const { valid, broken } = countUtf8Sequences(bytes);
  return valid > 0 && valid >= broken * VALID_PER_BROKEN ? 'utf-8' : 'windows-1251';
}

/** The text of bytes that are valid UTF-8 throughout, or undefined. */
export function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return STRICT_UTF8.decode(bytes);
  } catch {
    return undefined;
  }
}

/** True when the bytes are valid UTF-8 and hold at least one non-ASCII character. */
export function isNonAsciiUtf8(bytes: Uint8Array): boolean {
  const { valid, broken } = countUtf8Sequences(bytes);
  return valid > 0 && broken === 0;
}

/** Counts well-formed multi-byte UTF-8 sequences and bytes that cannot be part of one. */
export function countUtf8Sequences(bytes: Uint8Array): { valid: number; broken: number } {
  let valid = 0;
  let broken = 0;
  let index = 0;

  while (index < bytes.length) {
    const lead = bytes[index]!;
    if (lead < 0x80) {
      index += 1;
      continue;
    }

    const length = sequenceLength(lead);
    if (length === 0) {
      broken += 1;
      index += 1;
      continue;
    }

    // A sequence cut off by the end of the file is a truncation, not a sign of another charset.
    if (index + length > bytes.length) break;

    let continuations = 1;
    while (continuations < length && isContinuation(bytes[index + continuations]!)) {
      continuations += 1;
    }
    if (continuations === length) {
      valid += 1;
      index += length;
    } else {
      broken += 1;
      index += 1;
    }
  }

  return { valid, broken };
}

/** The length of the sequence a lead byte opens, or 0 for a byte that cannot lead one. */
function sequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

function isContinuation(byte: number): boolean {
  return (byte & 0xc0) === 0x80;
}
