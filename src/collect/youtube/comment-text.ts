import { cleanText } from '../markup/clean-text.js';
import { htmlToText } from '../markup/html-to-text.js';
import type { JsonObject } from '../json-value.js';

/** The tags YouTube writes into an HTML `textDisplay`: line breaks, links, bold, italic, strike. */
const YOUTUBE_TAGS = /<br\s*\/?>|<\/?(?:b|i|s|span)>|<a\s+href="[^"<>]*"[^<>]*>|<\/a>/gi;

/**
 * A comment's plain text. `textOriginal` is what the viewer typed; `textDisplay` is decoded only
 * when the original is missing (it is returned only to the comment's author). By default it is
 * HTML (`&quot;`, `<br>`, `<a href>` around timestamps and @handles), and decoded once; a script
 * that asked for `textFormat=plainText` gets the typed text, whose `a<b and c>d` read as HTML lost
 * `<b and c>`. HTML escapes every `<` and `>` that is not one of YouTube's tags, so a `textDisplay`
 * with such a bracket is plain text.
 */
export function commentText(snippet: JsonObject): string {
  if (typeof snippet.textOriginal === 'string') return cleanText(snippet.textOriginal);
  if (typeof snippet.textDisplay !== 'string') return '';

  const display = snippet.textDisplay;
  const plain = /[<>]/.test(display.replace(YOUTUBE_TAGS, ''));
  return plain ? cleanText(display) : htmlToText(display);
}
