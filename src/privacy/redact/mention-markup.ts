import type { RedactionSpan } from './redaction-kind.js';

/**
 * Platform mention markup, replaced whole because its body is whatever name the author typed:
 * VK's "[id123|Имя]" and "[club1|Название]", the same with the account's short name
 * ("[zhanar_s|Жанар]", "[https://vk.com/zhanar_s|Жанар]"), which VK writes when the user picked
 * a short address, and the in-text forms "@id123 (Имя)", "*id123", "@zhanar_s (Жанар)" and
 * "*zhanar_s (Жанар)". A short name is Latin letters, digits, "_" and "."; in text it is taken
 * only with the name after it, since "*word" alone is a footnote as often as a mention. A reply in
 * a community's discussion board names the message it answers after the account
 * ("[id123:bp-456_78|Имя]"); without that part matched, the markup and its user id were stored.
 */
const ACCOUNT = String.raw`(?:id|club|public|event)\d+`;
const BOARD_MESSAGE = String.raw`(?::bp-?\d+_\d+)?`;
const SHORT_NAME = String.raw`(?=[a-z0-9_.]*[a-z])[a-z0-9_.]{2,32}`;
const ADDRESS = String.raw`(?:https?:\/\/)?(?:m\.)?vk\.(?:com|ru)\/`;
const MARKUP = new RegExp(
  String.raw`\[(?:${ADDRESS})?(?:${ACCOUNT}${BOARD_MESSAGE}|${SHORT_NAME})\|[^[\]\n]{0,120}\]` +
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

/**
 * VK markup of a community ("[club1|Акимат Алматы]", "[public7|Двор на Жандосова]", "@club1
 * (Акимат)"): a group, a public page or an event, whose name is an organisation's or a place's.
 * The account goes and the name stays, to be read like any text (a person's name in it is still
 * redacted): replaced whole, "[HANDLE]" took the akimat's name out of a post that addressed it.
 */
const COMMUNITY_MARKUP = new RegExp(
  String.raw`\[(?:${ADDRESS})?(?:club|public|event)\d+${BOARD_MESSAGE}\|([^[\]\n|]{1,120})\]` +
    String.raw`|@(?:club|public|event)\d+ ?\(([^()\n]{1,60})\)`,
  'giu',
);

/** `text` with each community's markup replaced by the name written in it, and how many were. */
export function unwrapCommunityMarkup(text: string): { text: string; unwrapped: number } {
  if (!/(?:club|public|event)\d/i.test(text)) return { text, unwrapped: 0 };
  let unwrapped = 0;
  const result = text.replace(COMMUNITY_MARKUP, (_markup, bracketed: string | undefined, inText: string | undefined) => {
    unwrapped++;
    return (bracketed ?? inText ?? '').trim();
  });
  return { text: result, unwrapped };
}
