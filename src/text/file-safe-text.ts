/**
 * Text as every file tyndau writes can hold it. XML 1.0, the inside of an XLSX workbook, has no
 * place for C0 controls other than tab and line ends, for U+FFFE and U+FFFF, or for half of a
 * surrogate pair: one in a cell made Excel call the workbook damaged. A JSON or CSV record's
 * outlet can carry any of them ("Orda\u0000kz", a BEL pasted from a terminal).
 */
const CONTROL = '[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\uFFFE\\uFFFF]';
const LONE_SURROGATE = '[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]';
const UNWRITABLE = new RegExp(`${CONTROL}|${LONE_SURROGATE}`, 'g');

/** `text` without the characters a workbook or a CSV cell cannot hold. */
export function fileSafeText(text: string): string {
  return text.replace(UNWRITABLE, '');
}
