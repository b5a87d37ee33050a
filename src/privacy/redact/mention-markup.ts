import type { RedactionSpan } from './redaction-kind.js';

/**
 * Platform mention markup, replaced whole because its body is whatever name the author typed:
 * VK's "[id123|Имя]" and "[club1|Название]", and the in-text forms "@id123 (Имя)" and "*id123".
 */
const MARKUP =
  /\[(?:id|club|public|event)\d+\|[^[\]\n]{0,120}\]|[@*](?:id|club|public|event)\d+(?: ?\([^()\n]{0,60}\))?/gu;
const MARKUP_TEST = /[[@*](?:id|club|public|event)\d/;

export function findMentionMarkup(text: string): RedactionSpan[] {
  if (!MARKUP_TEST.test(text)) return [];
  return [...text.matchAll(MARKUP)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    kind: 'handle' as const,
  }));
}
