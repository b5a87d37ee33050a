import { decodeHTML } from 'entities';

import { cleanText } from './clean-text.js';

const INVISIBLE_ELEMENTS = /<(script|style|noscript|template)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const COMMENTS = /<!--[\s\S]*?-->/g;
const LINE_BREAKS = /<br\s*\/?>/gi;
const BLOCK_EDGES =
  /<\/?(?:p|div|li|ul|ol|h[1-6]|blockquote|pre|table|tr|section|article|figure|figcaption)\b[^>]*>/gi;
const TABLE_CELLS = /<\/t[dh]\s*>/gi;
/** Only what looks like a tag: `1 < 2` in a comment is text, not the start of one. */
const TAGS = /<\/?[a-zA-Z][^<>]*>/g;
const BLANK_LINES = /\n{2,}/g;

/**
 * The plain text of an HTML fragment (a feed item's description, a YouTube `textDisplay`):
 * scripts and styles dropped, line breaks and block edges kept as newlines, other tags removed,
 * entities decoded exactly once. Link targets are dropped with the tags, so profile links inside
 * `<a href>` do not reach the text.
 *
 * LIMITATION: a regular-expression pass, not an HTML parser: an attribute value holding `>`
 * can leave tag debris behind. A DOM (linkedom) would lift it at some cost in speed.
 */
export function htmlToText(html: string): string {
  if (!html.includes('<') && !html.includes('&')) return cleanText(html);

  const withoutMarkup = html
    .replace(INVISIBLE_ELEMENTS, ' ')
    .replace(COMMENTS, ' ')
    .replace(LINE_BREAKS, '\n')
    .replace(BLOCK_EDGES, '\n')
    .replace(TABLE_CELLS, ' ')
    .replace(TAGS, '');

  // Adjacent block edges (`</li><li>`, `</p><ul>`) end one line, not leave blank ones.
  return cleanText(decodeHTML(withoutMarkup)).replace(BLANK_LINES, '\n');
}

/** Decodes HTML entities once, for text that is escaped but not marked up. */
export function decodeEntities(text: string): string {
  return text.includes('&') ? decodeHTML(text) : text;
}
