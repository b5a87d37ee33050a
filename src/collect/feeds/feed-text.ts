import { cleanText } from '../markup/clean-text.js';
import { htmlToText } from '../markup/html-to-text.js';

/** Plain text as feedsmith gave it (entities decoded once), cleaned; undefined when empty. */
export function plainText(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const text = cleanText(value);
  return text === '' ? undefined : text;
}

/**
 * Closing tags and line breaks that mark a title as HTML. RSS says titles are plain text, yet
 * CMSs write `<![CDATA[<b>Срочно:</b> аким ответил]]>` or a `<br>` inside, which stayed in stored
 * titles as written; a `<` of ordinary text (`<3%`, `a<b`) has no closing tag and stays.
 */
const TITLE_MARKUP = /<\/(?:p|div|a|span|b|strong|em|i|u|s|font|h[1-6])>|<br\s*\/?>/i;

/**
 * An item's title: plain text, or the text of its markup when a CMS wrote it as HTML, its `<br>`
 * and paragraphs joined by spaces into the one line a title is.
 */
export function titleText(value: string | undefined): string | undefined {
  if (value === undefined || !TITLE_MARKUP.test(value)) return plainText(value);
  return htmlText(value)?.replace(/\n+/g, ' ');
}

/** The plain text of HTML as feedsmith gave it (one XML pass done, the HTML pass still to do). */
export function htmlText(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const text = htmlToText(value);
  return text === '' ? undefined : text;
}

interface AtomText {
  readonly value?: string;
  readonly type?: string;
}

/**
 * Atom text constructs: `type="text"` (the default) is plain, `html` and `xhtml` are markup, as
 * are Atom 0.3's MIME types (`text/html`, `application/xhtml+xml`), which old blogs still serve.
 */
export function typedText(value: AtomText | undefined): string | undefined {
  if (value?.value === undefined) return undefined;
  const type = value.type?.toLowerCase() ?? 'text';
  return type.includes('html') ? htmlText(value.value) : plainText(value.value);
}

/** An item's guid counts as its URL only when it is one. */
export function asUrl(value: string | undefined): string | undefined {
  return value !== undefined && /^https?:\/\//i.test(value) ? value : undefined;
}
