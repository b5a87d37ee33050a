import { decodeHTML, escapeText } from 'entities';

/**
 * A plain-text `<title>` wrapped whole in CDATA, not marked as HTML (Atom `type="html"` keeps its
 * own rule). `((?:(?!]]>)[\s\S])*)` stops at the first `]]>`, so a match never runs into the next
 * item.
 */
const CDATA_TITLE = /<title(\s[^>]*)?>\s*<!\[CDATA\[((?:(?!\]\]>)[\s\S])*)\]\]>\s*<\/title>/gi;
const MARKUP_TYPE = /\btype\s*=\s*["']?x?html/i;

/**
 * Russian and Kazakh CMSs write titles as `<![CDATA[Аким &laquo;ответил&raquo;]]>`: HTML-escaped
 * text inside CDATA, which XML reads verbatim. Such a title is decoded here once and written
 * back as ordinary escaped XML, so that the parser's single pass yields `Аким «ответил»`.
 * Titles outside CDATA are left alone: `&amp;amp;` stays `&amp;` after that one pass and is never
 * decoded a second time.
 */
export function unwrapEscapedTitles(xml: string): string {
  if (!xml.includes('<![CDATA[')) return xml;

  return xml.replace(CDATA_TITLE, unwrapTitle);
}

function unwrapTitle(whole: string, attributes: string | undefined, content: string): string {
  if (!content.includes('&') || (attributes && MARKUP_TYPE.test(attributes))) return whole;
  return `<title${attributes ?? ''}>${escapeText(decodeHTML(content))}</title>`;
}
