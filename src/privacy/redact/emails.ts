import type { RedactionSpan } from './redaction-kind.js';

/** Starts only at a word boundary, so a long word without '@' costs one failed try per letter. */
const EMAIL =
  /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}(?![\p{L}\p{N}])/gu;

/** Finds e-mail addresses, Cyrillic ones ("иван@почта.рф") included. */
export function findEmails(text: string): RedactionSpan[] {
  if (!text.includes('@')) return [];
  return [...text.matchAll(EMAIL)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    kind: 'email' as const,
  }));
}
