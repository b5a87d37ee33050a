import type { RedactionSpan } from './redaction-kind.js';

/**
 * A mobile number of Kazakhstan as a whole segment of a link's path or as a query's value: a
 * payment or a chat link to a person ("kaspi.kz/pay/77011234567", "…/send?phone=77011234567",
 * "?tel=%2B77011234567"). The phone finder leaves digits after "/" and "=", which are mostly
 * ids; eleven digits with the trunk's 7 or 8 before a mobile code's 7 are a phone.
 */
const MOBILE_IN_LINK = /(?<=[/=])(?:\+|%2B)?[78]7\d{9}(?![\p{L}\p{N}_])/giu;
const LINK_TEST = /[/=](?:\+|%2B)?[78]7\d{9}/i;

export function findPhonesInLinks(text: string): RedactionSpan[] {
  if (!LINK_TEST.test(text)) return [];
  return [...text.matchAll(MOBILE_IN_LINK)].map((match) => ({
    start: match.index, end: match.index + match[0].length, kind: 'phone',
  }));
}
