import iconv from 'iconv-lite';

import { resolveCharset } from './charset-label.js';
import { findDeclaredCharset } from './declared-charset.js';
import { isNonAsciiUtf8, strictUtf8 } from './detect-cyrillic-charset.js';
import { utf16ByteOrder } from './utf16-without-bom.js';
import { decodeUtf8OrWindows1251 } from './utf8-or-windows-1251.js';

/** How the charset was chosen, for notes and tests. */
export type CharsetBasis = 'bom' | 'header' | 'declared' | 'detected';

export interface DecodedText {
  readonly text: string;
  /** The iconv-lite name of the charset used. */
  readonly charset: string;
  readonly basis: CharsetBasis;
  /** A declared label that was not used, with the reason, to be reported as a note. */
  readonly overruled?: string;
  /** Lines of a mostly UTF-8 file that were in windows-1251 and read as such, 1-based. */
  readonly windows1251Lines?: readonly number[];
}

const BOMS: readonly { readonly bytes: readonly number[]; readonly charset: string }[] = [
  { bytes: [0xef, 0xbb, 0xbf], charset: 'utf-8' },
  { bytes: [0xff, 0xfe], charset: 'utf-16le' },
  { bytes: [0xfe, 0xff], charset: 'utf-16be' },
];

const LENIENT_UTF8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });

/** Single-byte Cyrillic charsets whose declaration a UTF-8 file sometimes carries by mistake. */
const SINGLE_BYTE_CYRILLIC = new Set([
  'windows-1251',
  'koi8-r',
  'koi8-u',
  'rk1048',
  'pt154',
  'cp866',
  'iso-8859-5',
]);

/**
 * Decodes a file's bytes to text. The order is: a byte-order mark; else the charset of the HTTP
 * Content-Type header (`headerLabel`, for fetched documents); else the charset the document
 * declares (XML prolog, HTML meta); else detection between UTF-8 and windows-1251. The BOM itself
 * is never part of the text. A header label nobody knows is passed over for the document's own.
 *
 * A BOM, a header or a declaration is overruled only when the bytes prove it wrong, as seen on Kazakh and
 * Russian sites and spreadsheets: a prolog that says windows-1251 over a file saved as UTF-8 by a
 * newer CMS, and a prolog or BOM that says UTF-8 over bytes that are really windows-1251.
 *
 * LIMITATION: detection knows only UTF-8 and windows-1251; an undeclared KOI8-R or KZ-1048 file
 * is read as windows-1251. Letter-frequency scoring (as in chardet) would lift it.
 */
export function decodeBytes(bytes: Uint8Array, headerLabel?: string): DecodedText {
  for (const bom of BOMS) {
    if (startsWith(bytes, bom.bytes)) {
      return decodeAfterBom(bytes.subarray(bom.bytes.length), bom.charset);
    }
  }
  // Before any declaration is looked for: in UTF-16 an XML prolog or a meta tag is unreadable.
  const utf16 = utf16ByteOrder(bytes);
  if (utf16 !== undefined) return { text: decodeAs(bytes, utf16), charset: utf16, basis: 'detected' };

  const header = headerLabel === undefined ? undefined : resolveCharset(headerLabel);
  if (header !== undefined && WESTERN_DEFAULTS.has(header) && isCyrillicBehind(bytes)) {
    const decoded = decodeBytes(bytes);
    const overruled = `the header says "${headerLabel}", a web server's default, over Cyrillic text; read as ${decoded.charset}`;
    return { ...decoded, overruled };
  }
  const label = header === undefined ? findDeclaredCharset(bytes) : headerLabel;
  const declared = header ?? (label === undefined ? undefined : resolveCharset(label));
  const basis: CharsetBasis = header === undefined ? 'declared' : 'header';

  if (declared === undefined) {
    // The common case, a UTF-8 file, is decoded once: the strict pass is the detection.
    const utf8 = strictUtf8(bytes);
    if (utf8 !== undefined && label === undefined) {
      return { text: utf8, charset: 'utf-8', basis: 'detected' };
    }
    const mixed = withMixedLines(decodeUtf8OrWindows1251(bytes), 'detected');
    if (label === undefined) return mixed;
    return { ...mixed, overruled: `unknown charset label "${label}"; detected ${mixed.charset}` };
  }

  if (declared === 'utf-8') {
    const utf8 = strictUtf8(bytes);
    if (utf8 !== undefined) return { text: utf8, charset: 'utf-8', basis };
  }

  if (declared === 'utf-8') {
    const decoded = withMixedLines(decodeUtf8OrWindows1251(bytes), basis);
    if (decoded.charset === 'utf-8') return decoded;
    const own = basis === 'header' ? documentCharset(bytes) : undefined;
    if (own !== undefined) return own;
    const overruled = `declared "${label}" but the bytes are not UTF-8; read as windows-1251`;
    return { ...decoded, basis: 'detected', overruled };
  }

  if (SINGLE_BYTE_CYRILLIC.has(declared) && isNonAsciiUtf8(bytes)) {
    const overruled = `declared "${label}" but the bytes are valid UTF-8; read as UTF-8`;
    return { text: decodeAs(bytes, 'utf-8'), charset: 'utf-8', basis: 'detected', overruled };
  }

  return { text: decodeAs(bytes, declared), charset: declared, basis };
}

/**
 * A page whose HTTP header says utf-8 over bytes that are not: web servers add their default
 * `charset=utf-8` to old Kazakh and Russian pages that declare KZ-1048, PT154 or KOI8-R in their
 * prolog or meta tag. The document knows its bytes better than the server's default; detection
 * would read them as windows-1251 and garble every Kazakh letter.
 */
function documentCharset(bytes: Uint8Array): DecodedText | undefined {
  const label = findDeclaredCharset(bytes);
  const charset = label === undefined ? undefined : resolveCharset(label);
  if (charset === undefined || charset === 'utf-8') return undefined;
  const overruled = `the header says "utf-8" but the bytes are not UTF-8; read as the document declares, "${label}"`;
  return { text: decodeAs(bytes, charset), charset, basis: 'declared', overruled };
}

/**
 * Charsets web servers name by default (Apache's AddDefaultCharset, old hosting panels) over
 * pages written in something else; on Russian and Kazakh sites the page is windows-1251 or UTF-8.
 */
const WESTERN_DEFAULTS = new Set(['windows-1252', 'us-ascii']);

/**
 * Whether bytes sent as Latin-1 are Cyrillic text: they are valid UTF-8 beyond ASCII, the document
 * declares a charset of its own that is not Western, or read as windows-1251 most of their letters
 * are Cyrillic (in French or German Latin-1 most letters are ASCII, the accented ones few).
 */
function isCyrillicBehind(bytes: Uint8Array): boolean {
  if (isNonAsciiUtf8(bytes)) return true;
  const declared = findDeclaredCharset(bytes);
  const charset = declared === undefined ? undefined : resolveCharset(declared);
  if (charset !== undefined) return !WESTERN_DEFAULTS.has(charset);

  let cyrillic = 0;
  let latin = 0;
  let inMarkup = false;
  for (const byte of bytes) {
    // Tag and attribute names are Latin in any page; only the text between them counts.
    if (byte === 0x3c || byte === 0x3e) inMarkup = byte === 0x3c;
    else if (inMarkup) continue;
    else if (byte >= 0xc0 || byte === 0xa8 || byte === 0xb8) cyrillic++;
    else if ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7a) latin++;
  }
  return cyrillic > latin;
}

/**
 * Text after a byte-order mark. Some Excel add-ins and export scripts put a UTF-8 BOM in front of
 * a windows-1251 CSV; when the bytes after it are plainly not UTF-8 they are read as windows-1251.
 */
function decodeAfterBom(body: Uint8Array, charset: string): DecodedText {
  if (charset !== 'utf-8') return { text: decodeAs(body, charset), charset, basis: 'bom' };
  const utf8 = strictUtf8(body);
  if (utf8 !== undefined) return { text: utf8, charset, basis: 'bom' };

  const decoded = withMixedLines(decodeUtf8OrWindows1251(body), 'bom');
  if (decoded.charset === 'utf-8') return decoded;
  const overruled = 'a UTF-8 byte-order mark over bytes that are not UTF-8; read as windows-1251';
  return { ...decoded, basis: 'detected', overruled };
}

function withMixedLines(
  decoded: ReturnType<typeof decodeUtf8OrWindows1251>,
  basis: CharsetBasis,
): DecodedText {
  const { text, charset, windows1251Lines } = decoded;
  return windows1251Lines.length === 0 ? { text, charset, basis } : { text, charset, basis, windows1251Lines };
}

function decodeAs(bytes: Uint8Array, charset: string): string {
  // Node's own decoder is the fast path for the common case; iconv-lite covers the Kazakh pages.
  if (charset === 'utf-8') return LENIENT_UTF8.decode(bytes);
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), charset);
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}
