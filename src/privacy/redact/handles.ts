import type { RedactionSpan } from './redaction-kind.js';

/**
 * "@name" as Telegram, Instagram, X, TikTok and YouTube write a mention; YouTube handles may use
 * any letters, so Cyrillic ones count. A lone "@" ("встреча @ 18:00") and e-mails (found
 * earlier) are not handles. A trailing dot or dash ends the sentence, not the handle. The
 * full-width and small at signs (＠, ﹫) of fancy-font keyboards make a handle too.
 */
const HANDLE = /(?<![\p{L}\p{N}_.@＠﹫-])[@＠﹫][\p{L}\p{N}_](?:[\p{L}\p{N}_.-]*[\p{L}\p{N}_])?/gu;
const AT_SIGN = /[@＠﹫]/;

/**
 * A handle written without "@" after the word for its platform or for a user name, as people
 * give their accounts for contact: "инстаграм: asel.almaty", "мой ник в инсте aselka_88",
 * "тг: aigerim_kz", "TikTok - nurik.07", "мой инст aigerim_beauty", or with its "@" set apart
 * ("телеграм @ aigerim_s"). After a colon, a dash or a spaced "@" any Latin name of three
 * characters or more is the handle; after the word alone it needs a dot, an underscore or a
 * digit, as handles have and words do not ("в инстаграме Almaty" stays); a link's "https:" is
 * none.
 */
const PLATFORM_WORD = String.raw`(?:инстаграм\p{L}*|инст[аеуы]?|instagram|insta|ig|тг|телеграм\p{L}*|` +
  String.raw`телег[аеу]|telegram|tg|тик-?ток\p{L}*|tik-?tok|ник(?:нейм\p{L}*|[аеу]|ом)?|nick(?:name)?|логин\p{L}*|` +
  String.raw`login|username|аккаунт\p{L}*|акк)`;
const NAMED_HANDLE = new RegExp(
  String.raw`(?<![\p{L}\p{N}_])${PLATFORM_WORD}(?:\s+(?:в|на|in|on)\s+${PLATFORM_WORD})?` +
    String.raw`(?:(\s*[:：—–-]\s*|\s*[@＠]\s+)|\s+)([a-z0-9][a-z0-9._]{1,28}[a-z0-9_])(?![\p{L}\p{N}_@.]*[\p{L}\p{N}_@]|[:/])`,
  'giu',
);
const HANDLE_MARK = /[._\d]/;
const HAS_LETTER = /[a-z]/i;

export function findHandles(text: string): RedactionSpan[] {
  const spans: RedactionSpan[] = [];
  if (AT_SIGN.test(text)) {
    for (const match of text.matchAll(HANDLE)) {
      spans.push({ start: match.index, end: match.index + match[0].length, kind: 'handle' });
    }
  }
  for (const match of text.matchAll(NAMED_HANDLE)) {
    const [whole, separator, handle] = match as unknown as [string, string | undefined, string];
    if (!HAS_LETTER.test(handle) || (separator === undefined && !HANDLE_MARK.test(handle))) continue;
    const end = match.index + whole.length;
    spans.push({ start: end - handle.length, end, kind: 'handle' });
  }
  return spans;
}
