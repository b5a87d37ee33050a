import { cleanText } from '../markup/clean-text.js';
import { htmlToText } from '../markup/html-to-text.js';

/** Plain text as feedsmith gave it (entities decoded once), cleaned; undefined when empty. */
export function plainText(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const text = cleanText(value);
  return text === '' ? undefined : text;
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
