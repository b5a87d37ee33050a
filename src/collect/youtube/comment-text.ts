import { cleanText } from '../markup/clean-text.js';
import { htmlToText } from '../markup/html-to-text.js';
import type { JsonObject } from '../json-value.js';

/**
 * A comment's plain text. `textOriginal` is what the viewer typed; `textDisplay` is HTML
 * (`&quot;`, `<br>`, `<a href>` around timestamps and @handles) and is decoded once only when
 * the original is missing.
 */
export function commentText(snippet: JsonObject): string {
  if (typeof snippet.textOriginal === 'string') return cleanText(snippet.textOriginal);
  if (typeof snippet.textDisplay === 'string') return htmlToText(snippet.textDisplay);
  return '';
}
