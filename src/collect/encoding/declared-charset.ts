/**
 * The charset a document names about itself: the XML prolog (`<?xml ... encoding="..."?>`) or an
 * HTML `<meta charset>` / `<meta http-equiv="Content-Type" content="...; charset=...">`.
 * Only the head of the file is looked at, read byte for byte as Latin-1: the labels are ASCII in
 * every charset tyndau reads.
 */

/** How many leading bytes may hold a declaration; a prolog is always first, a meta tag early. */
const HEAD_BYTES = 2048;

const XML_PROLOG = /^\s*<\?xml\s[^>]*?\bencoding\s*=\s*["']([^"']+)["']/i;
const META_CHARSET = /<meta\s[^>]*?\bcharset\s*=\s*["']?([\w.:-]+)/i;

export function findDeclaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, HEAD_BYTES))
    .toString('latin1');

  const prolog = XML_PROLOG.exec(head);
  if (prolog) return prolog[1];

  return META_CHARSET.exec(head)?.[1];
}
