/** Bytes looked at to tell UTF-16 without a byte-order mark. */
const PROBE_BYTES = 4096;
/** Share of the probe's 16-bit units with a zero high byte that marks UTF-16 text. */
const MIN_ZERO_SHARE = 0.1;
/**
 * How many times rarer the zeros at the other offsets must be: U+0100, U+0400 (Ѐ), U+2000 and the
 * like have a zero low byte, and a few of them are still UTF-16.
 */
const OTHER_ZERO_RATIO = 10;

/**
 * The byte order of UTF-16 text written without a byte-order mark, or undefined for anything
 * else. Scripts leave the mark out when they encode to UTF-16 by hand (Python's
 * `encode('utf-16-le')`, .NET's `Encoding.Unicode.GetBytes`, Java's `getBytes("UTF-16LE")`), and
 * such a file read as UTF-8 has a NUL in every second byte. JSON, CSV and feeds are full of ASCII
 * punctuation, digits and line ends, whose high byte is zero: in UTF-16 LE the zeros stand at odd
 * offsets and hardly ever at even ones, in UTF-16 BE the other way round. UTF-8 text has no zero
 * bytes, and binary files have them at both.
 */
export function utf16ByteOrder(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const length = Math.min(bytes.length, PROBE_BYTES) & ~1;
  if (length < 4) return undefined;

  let zerosAtEven = 0;
  let zerosAtOdd = 0;
  for (let index = 0; index < length; index += 2) {
    if (bytes[index] === 0) zerosAtEven += 1;
    if (bytes[index + 1] === 0) zerosAtOdd += 1;
  }

  const minimum = (length / 2) * MIN_ZERO_SHARE;
  if (zerosAtOdd >= minimum && zerosAtEven * OTHER_ZERO_RATIO <= zerosAtOdd) return 'utf-16le';
  if (zerosAtEven >= minimum && zerosAtOdd * OTHER_ZERO_RATIO <= zerosAtEven) return 'utf-16be';
  return undefined;
}
