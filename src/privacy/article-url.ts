import type { Redaction } from './redact/redactor.js';

/**
 * Query parameters that name a reader rather than the article: a newsletter's or an alert's link
 * carries the subscriber ("?email=…", "&uid=…", "&phone=…").
 */
const READER_PARAMETERS = new Set([
  'email', 'e-mail', 'mail', 'phone', 'tel', 'telephone', 'mobile', 'msisdn', 'whatsapp', 'user', 'username',
  'user_id', 'userid', 'uid', 'login', 'name', 'fio', 'iin', 'subscriber', 'subscriber_id', 'member_id',
  'customer_id', 'contact',
]);

/**
 * What a path is searched for. A slug's article number may take a phone's shape
 * ("…-7701234567"), and a plate's or a flat's shape is common in slugs, so only these are.
 */
const KINDS_IN_PATHS: ReadonlySet<string> = new Set(['email', 'iin', 'card', 'iban', 'document']);

/** An article's address as stored, and what was taken out of it, counted by kind. */
export interface ArticleUrl {
  readonly url: string;
  readonly counts: Record<string, number>;
}

// LIMITATION: addresses stored before this rule keep what they held; re-analysis redacts stored
// title and text, not URLs. A re-analysis stage over stored URLs would lift it.
/**
 * A news article's address with the reader's personal data taken out. An article keeps its
 * address (the press's public record), but a newsletter's or an alert's link to it may carry the
 * subscriber: a query parameter whose name says so or whose value holds contact data (an e-mail,
 * a phone, an IIN) is dropped, and so is a fragment holding them. A path holding an e-mail, an
 * IIN, a card, an account or a document's number ("…-iin-900101300126-…") leaves only the
 * site's address. `redactContacts` is the gate's exact finders (no names: an article's slug
 * holds the names of the persons it is about).
 */
export function redactArticleUrl(url: string, redactContacts: (text: string) => Redaction): ArticleUrl {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    // Not an address a browser could open: kept only when it holds nothing personal.
    const redacted = redactContacts(url);
    return redacted.text === url ? { url, counts: {} } : { url: '', counts: redacted.counts };
  }

  const counts: Record<string, number> = {};
  const found = (text: string, kinds?: ReadonlySet<string>): boolean => {
    const redacted = redactContacts(text);
    const removed = Object.entries(redacted.counts).filter(([kind]) => kinds === undefined || kinds.has(kind));
    for (const [kind, count] of removed) counts[kind] = (counts[kind] ?? 0) + count;
    return removed.length > 0;
  };

  if (found(decoded(parsed.pathname), KINDS_IN_PATHS)) return { url: `${parsed.origin}/`, counts };
  for (const [name, value] of [...parsed.searchParams]) {
    if (found(value) || READER_PARAMETERS.has(name.toLowerCase())) parsed.searchParams.delete(name);
  }
  if (parsed.hash !== '' && found(decoded(parsed.hash.slice(1)))) parsed.hash = '';
  // Untouched, the address stays exactly as the source wrote it.
  return { url: parsed.href === new URL(url).href ? url : parsed.href, counts };
}

function decoded(component: string): string {
  try {
    return decodeURIComponent(component);
  } catch {
    return component;
  }
}
