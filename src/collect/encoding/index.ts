export { resolveCharset } from './charset-label.js';
export { findDeclaredCharset } from './declared-charset.js';
export { detectCyrillicCharset, type CyrillicCharset } from './detect-cyrillic-charset.js';
export { decodeBytes, type CharsetBasis, type DecodedText } from './decode-bytes.js';
