import type { RedactionSpan } from './redaction-kind.js';

/**
 * "@name" as Telegram, Instagram, X, TikTok and YouTube write a mention; YouTube handles may use
 * any letters, so Cyrillic ones count. A lone "@" ("встреча @ 18:00") and e-mails (found
 * earlier) are not handles. A trailing dot or dash ends the sentence, not the handle.
 */
const HANDLE = /(?<![\p{L}\p{N}_.@-])@[\p{L}\p{N}_](?:[\p{L}\p{N}_.-]*[\p{L}\p{N}_])?/gu;

export function findHandles(text: string): RedactionSpan[] {
  if (!text.includes('@')) return [];
  return [...text.matchAll(HANDLE)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    kind: 'handle' as const,
  }));
}
