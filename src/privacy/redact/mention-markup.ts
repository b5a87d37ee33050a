import type { RedactionSpan } from './redaction-kind.js';

/**
 * Platform mention markup, replaced whole because its body is whatever name the author typed:
 * VK's "[id123|Имя]" and "[club1|Название]", the same with the account's short name
 * ("[zhanar_s|Жанар]", "[https://vk.com/zhanar_s|Жанар]"), which VK writes when the user picked
 * a short address, and the in-text forms "@id123 (Имя)", "*id123", "@zhanar_s (Жанар)" and
 * "*zhanar_s (Жанар)". A short name is Latin letters, digits, "_" and "."; in text it is taken
 * only with the name after it, since "*word" alone is a footnote as often as a mention.
 */
const ACCOUNT = String.raw`(?:id|club|public|event)\d+`;
const SHORT_NAME = String.raw`(?=[a-z0-9_.]*[a-z])[a-z0-9_.]{2,32}`;
const ADDRESS = String.raw`(?:https?:\/\/)?(?:m\.)?vk\.(?:com|ru)\/`;
const MARKUP = new RegExp(
  String.raw`\[(?:${ADDRESS})?(?:${ACCOUNT}|${SHORT_NAME})\|[^[\]\n]{0,120}\]` +
    String.raw`|[@*]${ACCOUNT}(?: ?\([^()\n]{0,60}\))?` +
    String.raw`|[@*]${SHORT_NAME} ?\([^()\n]{0,60}\)`,
  'giu',
);
const MARKUP_TEST = /[[@*][a-z0-9_.:/]{2}/i;

export function findMentionMarkup(text: string): RedactionSpan[] {
  if (!MARKUP_TEST.test(text)) return [];
  return [...text.matchAll(MARKUP)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    kind: 'handle' as const,
  }));
}
