/**
 * Post text, outlet names and URLs come from scraped pages and are attacker-controlled: a post can
 * hold `<script>`, a feed can name its outlet `<img onerror=…>`, a link can be `javascript:…`.
 * Everything written into the digest passes through one of these.
 */

const HTML_SPECIALS = /[&<>"']/g;
const HTML_ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;',
};

/** Text safe inside HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(HTML_SPECIALS, (character) => HTML_ENTITIES[character]!);
}

// Characters that open Markdown syntax inside a line: emphasis, code, links and images, table
// cells, strike-through. Callers never start a line with scraped text, so block markers (#, >,
// list numbers) need no escape there.
const MARKDOWN_SPECIALS = /[\\`*_[\]|~]/g;
// `<` only where it could open an HTML tag or comment, `&` only where it could spell an entity:
// "<10" and "p < 0.05" stay readable.
const HTML_OPENING = /<(?=[A-Za-z/!?])/g;
const ENTITY_LIKE = /&(?=#?\w+;)/g;

/** Text that a Markdown viewer shows as written, on one line: no links, emphasis, cells or HTML. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(MARKDOWN_SPECIALS, (character) => `\\${character}`)
    .replace(HTML_OPENING, '\\<')
    .replace(ENTITY_LIKE, '\\&');
}

/** The URL when it is a plain http(s) link, else null: no `javascript:`, `data:` or relative tricks. */
export function safeHttpUrl(url: string | null): string | null {
  if (url === null) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
}
