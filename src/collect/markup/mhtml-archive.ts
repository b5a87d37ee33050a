/**
 * A web page saved as one file by Chrome or Edge ("Webpage, Single File", `.mhtml`): a MIME
 * message whose parts are the page and its styles and images, the page written in
 * quoted-printable (`class=3D"tgme_widget_message"`, lines broken with a trailing `=`). Read as
 * text it was "a record, not a CSV header". A channel's t.me/s/ page saved so is read as the page.
 */

/** Bytes looked at for the MIME headers. */
const HEAD_BYTES = 4096;
const MIME_VERSION = /^MIME-Version:\s*1\.0\s*$/im;
const MULTIPART = /^Content-Type:\s*multipart\/related\b/im;
const BOUNDARY = /\bboundary="?([^"\r\n;]+)"?/i;
const HEADERS_END = /\r?\n\r?\n/;
const HTML_PART = /^Content-Type:\s*text\/html\b/im;
const TRANSFER_ENCODING = /^Content-Transfer-Encoding:\s*([\w-]+)/im;
const SOFT_LINE_BREAK = /=\r?\n/g;
const ESCAPED_BYTE = /=([0-9A-F]{2})/gi;

/** True for a saved MHTML page, from its first headers. */
export function isMhtmlArchive(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, HEAD_BYTES)).toString('latin1');
  return MIME_VERSION.test(head) && MULTIPART.test(head);
}

/**
 * The bytes of the archive's first HTML part, its transfer encoding undone; the charset is left
 * to the page's own declaration. Throws an error naming the file when there is none.
 */
export function pageOfMhtmlArchive(bytes: Uint8Array, file: string): Uint8Array {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const headersEnd = text.search(HEADERS_END);
  const boundary = BOUNDARY.exec(text.slice(0, headersEnd === -1 ? HEAD_BYTES : headersEnd))?.[1];

  for (const part of boundary === undefined ? [] : text.split(`--${boundary}`).slice(1)) {
    const blankLine = HEADERS_END.exec(part);
    if (blankLine === null) continue;
    const headers = part.slice(0, blankLine.index);
    if (!HTML_PART.test(headers)) continue;

    const body = part.slice(blankLine.index + blankLine[0].length);
    const encoding = TRANSFER_ENCODING.exec(headers)?.[1]?.toLowerCase();
    if (encoding === 'base64') return Buffer.from(body, 'base64');
    if (encoding === 'quoted-printable') return Buffer.from(quotedPrintableText(body), 'latin1');
    return Buffer.from(body, 'latin1');
  }
  throw new Error(`${file}: a web page saved as one file (MHTML) without an HTML page in it`);
}

/** Quoted-printable undone, byte for byte, in a latin1 string. */
function quotedPrintableText(body: string): string {
  return body
    .replace(SOFT_LINE_BREAK, '')
    .replace(ESCAPED_BYTE, (_escape, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}
