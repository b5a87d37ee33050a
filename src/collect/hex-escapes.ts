/**
 * Telegram Desktop writes a control character in a message (a vertical tab or a unit separator
 * pasted from a document) as `\x0B` in `result.json`, an escape JSON does not have: JSON.parse
 * then rejects the whole export, every message lost for one character. Such an escape is the
 * same character as `\u000B`.
 */
const HEX_ESCAPE = /\\x([0-9A-Fa-f]{2})/g;

/** Whether the text may hold a `\xHH` escape (cheap test before the exact pass). */
export function mayHoldHexEscapes(text: string): boolean {
  return text.includes('\\x');
}

/**
 * The text with each `\xHH` escape written as `\u00HH`. Only a backslash that starts an escape
 * counts: in `\\x41` the backslash is itself escaped and the `x41` is text.
 */
export function withUnicodeEscapes(text: string): string {
  return text.replace(HEX_ESCAPE, (escape: string, hex: string, offset: number) =>
    backslashesBefore(text, offset) % 2 === 0 ? `\\u00${hex.toUpperCase()}` : escape);
}

function backslashesBefore(text: string, offset: number): number {
  let count = 0;
  while (offset - 1 - count >= 0 && text.charCodeAt(offset - 1 - count) === 0x5c) count += 1;
  return count;
}
