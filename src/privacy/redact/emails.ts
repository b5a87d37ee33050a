import type { RedactionSpan } from './redaction-kind.js';

/** Starts only at a word boundary, so a long word without '@' costs one failed try per letter. */
/**
 * "@" doubled by a slip ("dariga@@gmail.com") or encoded as a link encodes it ("asel%40gmail.com",
 * copied out of a mailto link) is still an address.
 */
const EMAIL =
  /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+(?:@@?|%40)[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}(?![\p{L}\p{N}])/gu;
/**
 * An address whose top-level domain was left off, at a mail provider ("aigerim_s@gmail",
 * "erlan@mail"): the provider's name says it is a mailbox.
 */
const ADDRESS_WITHOUT_DOMAIN =
  /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@(?:gmail|mail|yandex|inbox|list|bk|rambler|icloud|outlook|hotmail|yahoo|protonmail)(?![\p{L}\p{N}@.-]|\.\p{L})/giu;

/**
 * "@" and "." written so that a crawler cannot read them: "ivan (at) mail.ru", "ivan [at] mail
 * [dot] ru", "ivan собака mail.ru", "ivan at mail dot ru", or with a space ("ivan@mail. ru",
 * "ivan @mail.ru"). Not inside a link's path ("t.co/eKcPPc @ adindex.ru"). Only before a top-level domain people actually write, so that "встреча @ 18.00"
 * or a sentence ending after an "@" is not taken for an address.
 */
// "(a)" and "(а)", Latin or Cyrillic, draw the "@" as a letter in a ring.
const BRACKETED_AT = String.raw` ?[(\[{<] ?(?:at|a|а|собака|собачка) ?[)\]}>] ?`;
const BARE_AT = String.raw` (?:at|собака|собачка) `;
// Full-width and small at signs (＠, ﹫) come from fancy-font keyboards.
const SPACED_AT = String.raw` ?[@＠﹫] ?`;
const DOT = String.raw`(?: ?\. ?| ?[(\[{<] ?(?:dot|точка|тчк) ?[)\]}>] ?| (?:dot|точка|тчк) )`;
/** Every dot of a domain, for telling a plain address from a hidden one. */
const DOTS = new RegExp(DOT, 'giu');
const LABEL = String.raw`[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?`;
const TOP_LEVEL_DOMAIN = String.raw`(?:ru|kz|com|net|org|su|ua|by|uz|kg|info|biz|io|me|edu|gov|рф|қаз)`;
/** A mailbox's name with its dots said as words: "aigerim dot s", "aigerim (точка) s". */
const LOCAL_PART = String.raw`[\p{L}\p{N}._%+-]+(?:(?: (?:dot|точка|тчк) | ?[(\[] ?(?:dot|точка|тчк) ?[)\]] ?)[\p{L}\p{N}_%+-]+)*`;
const OBFUSCATED_EMAIL = new RegExp(
  String.raw`(?<![\p{L}\p{N}._%+/-])(${LOCAL_PART})(${BRACKETED_AT}|${BARE_AT}|${SPACED_AT})` +
    String.raw`(${LABEL}(?:${DOT}${LABEL})*)(${DOT})${TOP_LEVEL_DOMAIN}(?![\p{L}\p{N}])`,
  'giu',
);
/**
 * A comma typed for the last dot, as a phone keyboard's neighbouring key gives it
 * ("aigerim@gmail,com", "erlan@mail,ru"): only before a top-level domain people write, so a list
 * after an "@" ("@mail,почта") is no address.
 */
const COMMA_TYPO_EMAIL = new RegExp(
  String.raw`(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@${LABEL}(?:\.${LABEL})*,${TOP_LEVEL_DOMAIN}(?![\p{L}\p{N}])`,
  'giu',
);
/** One of the hidden forms: "(at)", " at ", "собака", "＠", or a space beside "@" or a dot after it. */
const OBFUSCATED_TEST =
  /[＠﹫]|[([{<] ?(?:at|a|а) ?[)\]}>]| at |собак| @[\p{L}\p{N}.-]+\.|@ |@[\p{L}\p{N}.-]+(?: \.|\. )/iu;
const PLAIN_AT = '@';
const HIDDEN_AT_MARKS = ['@', 'at', 'собак', '＠', '﹫', '(a)', '(а)', '[a]', '[а]', '(A)', '(А)'];
const PLAIN_DOT = /^\.$/;
const WORD_DOT = /dot|точка|тчк|[([{<]/iu;
const BRACKET = /[([{<]/u;
const LETTER_IN_RING = /[([{<] ?[aа] ?[)\]}>]/iu;
/**
 * A local part in Latin letters, Cyrillic look-alikes allowed ("ivаn" with a Cyrillic а): after
 * a bare "собака" or a spaced "@", a Russian word before is a sentence ("Найдена собака olx.kz").
 */
const LATIN_LOCAL_PART = /^(?=.*[a-z])[a-z0-9._%+\-аеорсхукмнтві]+$/iu;

/**
 * Finds e-mail addresses, Cyrillic ones ("иван@почта.рф") and Cyrillic look-alike letters inside
 * Latin ones included, and addresses written with "(at)", "собака", "[dot]" or stray spaces.
 */
export function findEmails(text: string): RedactionSpan[] {
  const spans = findAddressesWithDomain(text);
  if (!text.includes('@')) return spans;
  // Last: the other forms hold a provider's name before their top-level domain ("ivan@mail .ru").
  const withoutDomain = [...text.matchAll(ADDRESS_WITHOUT_DOMAIN)]
    .map(({ index, 0: written }) => emailSpan(index, written.length))
    .filter((span) => !overlapsAny(spans, span.start, span.end));
  if (withoutDomain.length === 0) return spans;
  return [...spans, ...withoutDomain].sort((a, b) => a.start - b.start);
}

function findAddressesWithDomain(text: string): RedactionSpan[] {
  const spans: RedactionSpan[] = [];
  if (text.includes('@') || text.includes('%40')) {
    for (const match of text.matchAll(EMAIL)) spans.push(emailSpan(match.index, match[0].length));
    if (text.includes(',')) {
      for (const { index, 0: written } of text.matchAll(COMMA_TYPO_EMAIL)) {
        if (!overlapsAny(spans, index, index + written.length)) spans.push(emailSpan(index, written.length));
      }
      spans.sort((a, b) => a.start - b.start);
    }
  }
  if (!mayHideAnAddress(text) || !OBFUSCATED_TEST.test(text)) return withSpokenEmails(text, spans);

  for (const match of text.matchAll(OBFUSCATED_EMAIL)) {
    const [written, localPart, at, domain, lastDot] = match as unknown as string[];
    if (!isObfuscatedEmail(localPart!, at!, domain!, lastDot!)) continue;
    const start = match.index;
    const end = start + written!.length;
    if (overlapsAny(spans, start, end)) continue;
    spans.push(emailSpan(start, written!.length));
  }
  return withSpokenEmails(text, spans);
}

/**
 * An address read out as on the phone: the provider and its top-level domain in Russian words
 * ("ерлан собака майл ру", "dinara собака гмейл ком"), and dots of the name said too ("aigerim
 * точка s собака mail точка ru"). Only with "собака" and a mail provider's name: "собака" alone
 * is a dog.
 */
const SPOKEN_PROVIDER =
  '(?:mail|майл|мэйл|мейл|gmail|джимейл|гмейл|гмайл|yandex|яндекс|inbox|инбокс|list|лист|bk|бк|rambler|рамблер)';
const SPOKEN_DOT = '(?: ?\\. ?| (?:точка|тчк|dot) )';
const SPOKEN_EMAIL = new RegExp(
  `(?<![\\p{L}\\p{N}._%+-])[\\p{L}\\p{N}_%+-]+(?:${SPOKEN_DOT}[\\p{L}\\p{N}_%+-]+)* (?:собака|собачка) ` +
    `${SPOKEN_PROVIDER}(?:${SPOKEN_DOT}| )(?:ru|ру|com|ком|kz|кз)(?![\\p{L}\\p{N}])`,
  'giu',
);

/** `spans` with the addresses read out that none of them covers, in the order of the text. */
function withSpokenEmails(text: string, spans: RedactionSpan[]): RedactionSpan[] {
  if (!text.includes('собак')) return spans;
  let found = spans;
  for (const match of text.matchAll(SPOKEN_EMAIL)) {
    const start = match.index;
    const end = start + match[0].length;
    // "aigerim точка s собака mail точка ru": the hidden form found only "s собака mail точка ru".
    const inside = (span: RedactionSpan): boolean => start <= span.start && span.end <= end;
    if (found.some((span) => span.start < end && start < span.end && !inside(span))) continue;
    found = [...found.filter((span) => !inside(span)), emailSpan(start, match[0].length)];
  }
  return found === spans ? spans : found.sort((a, b) => a.start - b.start);
}

function overlapsAny(spans: readonly RedactionSpan[], start: number, end: number): boolean {
  return spans.some((span) => span.start < end && start < span.end);
}

/** Plain substring searches, far cheaper than the test pattern on the many posts with none. */
function mayHideAnAddress(text: string): boolean {
  return HIDDEN_AT_MARKS.some((mark) => text.includes(mark));
}

const SAID_DOT = / ?[([]? ?(?:dot|точка|тчк) ?[)\]]? ?/giu;

function isObfuscatedEmail(saidLocalPart: string, at: string, domain: string, lastDot: string): boolean {
  const localPart = saidLocalPart.replace(SAID_DOT, '.');
  const dots = (domain + lastDot).match(DOTS) ?? [];
  const plain = at === PLAIN_AT && dots.every((dot) => PLAIN_DOT.test(dot));
  // A plain address is the plain pattern's to find.
  if (plain) return false;
  // "(a)" also numbers a list's item ("пункт (a) mail.ru"): a mailbox's Latin name must stand before it.
  if (BRACKET.test(at)) return !LETTER_IN_RING.test(at) || LATIN_LOCAL_PART.test(localPart);
  // "look at kaspi.kz" is English, "ivan at mail dot ru" an address, and so is "aigerim.s at
  // gmail.com": a mail provider's domain after a name built as a mailbox's is.
  const bareAt = at.trim().toLowerCase() === 'at';
  if (bareAt && !dots.some((dot) => WORD_DOT.test(dot)) && !isMailboxAtProvider(localPart, domain)) return false;
  return LATIN_LOCAL_PART.test(localPart);
}

/** Mail providers residents give addresses at; not a site an English sentence looks "at". */
const MAIL_PROVIDER = /^(?:gmail|mail|yandex|ya|inbox|list|bk|internet|rambler|icloud|outlook|hotmail|yahoo|proton|protonmail)$/iu;
/** A mailbox's name holds a dot, an underscore, a hyphen or a digit ("aigerim.s", "erlan_88"). */
const MAILBOX_NAME = /[._\d-]/u;

function isMailboxAtProvider(localPart: string, domain: string): boolean {
  return MAILBOX_NAME.test(localPart) && MAIL_PROVIDER.test(domain);
}

function emailSpan(start: number, length: number): RedactionSpan {
  return { start, end: start + length, kind: 'email' };
}
