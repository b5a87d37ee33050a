import type { RedactionSpan } from './redaction-kind.js';

/**
 * A bracket around an area code, alone or with a dash or a dot beside it, as numbers are copied
 * from forms and signs: "8 (701)123-45 67", "8-(701)-123-45-67", "8.(701).123.45.67".
 */
const BRACKET_SEPARATOR = String.raw` ?(?:[-‐‑‒–—.] ?)?[()](?: ?[-‐‑‒–—.])? ?`;

/**
 * A run of digits with at most one separator between neighbours: a space, a dot, a dash (or an
 * en or em dash) with or without spaces around it, a bracket, or a slash with a space beside it
 * ("+7 /701/ 123-45-67"). "+7 (701) 123-45-67", "8 727 2 12 34 56" and "87011234567" are each
 * one run; so are "2024-2025" and "150 000", which the checks below turn away. A run may hold
 * two numbers written side by side, so it is searched for phone-shaped windows of whole digit
 * groups. A slash glued to digits parts two runs ("45/2", "…45 67/8 701…"); a run never starts
 * after a link's slash ("vk.com/87011234567" is the link finder's).
 *
 * A run may touch a Cyrillic letter ("звоните87011234567", "+77011234567сегодня",
 * "87011234567ге"): posts typed in a hurry drop the space. A Latin letter or a digit beside it
 * means a code, a hash or a link's id ("a87011234567", "KZ86125KZT5004100100"). After a hyphen
 * the number stands alone again ("WhatsApp-87011234567").
 */
const DIGIT_RUN = new RegExp(
  String.raw`(?=[+\d])(?<![\p{N}_=#№]|(?<!\p{N})/|(?!\p{Script=Cyrillic})\p{L}|\d[.,\-‐‑‒–—])` +
    String.raw`(\+ ?)?\d(?:(?:${BRACKET_SEPARATOR}| ?[-‐‑‒–—] ?|[ .]| ?\n ?| / ?|/ )?\d){6,40}` +
    String.raw`(?![\p{N}_]|(?!\p{Script=Cyrillic})\p{L}|[.,]\d)`,
  'gu',
);
/** A hyphen, or a dash a word processor or phone keyboard put in its place ("8–701–123–45–67"). */
const DASH = /^[-‐‑‒–—]$/;
/**
 * Where one number of a run may end and the next begin: a space, and a space beside a bracket,
 * as in a numbered list ("1) 87011234567 2) 87021234567") or an aside ("87011234567 (141)"),
 * and a dash between spaces ("после 18:00 — 87051122334").
 */
const NUMBER_BOUNDARIES = new Set([
  ' ', ' (', ') ', ' ( ', ' ) ', ' - ', ' ‐ ', ' ‑ ', ' ‒ ', ' – ', ' — ', '\n', ' \n', '\n ', ' \n ',
]);
/**
 * A mobile number broken over two lines, as a phone's narrow screen or a copied message leaves
 * it ("8 701 234\n56 78"): only a whole mobile number with its trunk digit or its +7 is one;
 * numbers of a list, a line each, stay apart.
 */
const LINE_BREAK = /\n/;
const MOBILE_NUMBER = /^(?:[78]7\d{9})$/;
const ANY_DIGIT = /\d/;
/** No phone is written in more than 8 groups ("+7 7 2 7 2 12 34 56" is already unusual)... */
const MAX_GROUPS = 8;
/**
 * ...but digit by digit, to slip past a group's or a marketplace's filter ("8 7 0 1 1 2 3 4 5 6
 * 7"); then only a mobile number counts, with or without its trunk digit: a countdown ("9 8 7 6
 * 5 4 3 2 1 0") is none.
 */
const MAX_SINGLE_DIGITS = 11;
const MOBILE_DIGIT_BY_DIGIT = /^(?:[78]?7\d{9})$/;
const GROUP = /\d+/g;

/** A sum or a measure, not a number to call: "7 500 000 000 тенге", "8700000000 ₸". */
// "тг" is followed by no letter: JavaScript's \b does not see Cyrillic letters as word characters.
const UNIT_AFTER =
  /^ ?(?:₸|₽|\$|€|тг(?!\p{L})|тенге|теңге|руб|р\.|млн|млрд|тыс|сом|сум|kzt|usd|rub|eur|км|кг|шт)/iu;
/** An order, case or document number: "№ 7012345678". */
const NUMBER_SIGN_BEFORE = /(?:№|#|\bno\.?|\bnr\.?) ?$/iu;
/**
 * A document's number right after the word that names it: "заказ 7012345678", "номер заявки:
 * 8701234567", "ИНН7701234567" (a Russian firm's number, ten digits like a phone's), "order:
 * 7712345678". Nouns only: "заказывайте" and "договоримся" announce a phone. A tax number may
 * have its owner between ("ИНН поставщика 7701234567").
 */
const DOCUMENT_WORD_BEFORE = new RegExp(
  String.raw`(?<!\p{L})(?:(?:инн|бин|огрн|огрнип|кпп|бик|окпо|кбк)(?: (\p{L}+))?|` +
    String.raw`(?:заказ|договор|трек)(?:а|у|ом|е|ы|ов)?|заявк[аиеуой]{1,2}|накладн(?:ая|ой|ую)|` +
    String.raw`квитанци[яиюей]{1,2}|order|invoice|tracking|ticket)` +
    String.raw`[^\p{L}\p{N}\n]{0,3}(?:(?:№|#|n|номер|no|nr)[^\p{L}\p{N}\n]{0,3})?$`,
  'iu',
);
/** Words that announce a phone number, so a seven-digit city number after them is one too. */
const PHONE_WORD_BEFORE =
  /(?:тел|номер|нөмір|звон|моб|сотов|whats ?app|ват?[сц]ап|вотсап|viber|вайбер|байланыс|хабарлас|phone|call|tel)[^\n\d]{0,15}$/iu;

const MOBILE_WITH_TRUNK = /^[78]7/;

const CITY_NUMBER_GROUPINGS = new Set(['7', '3-4', '3-2-2', '1-2-2-2']);

interface DigitGroup {
  readonly start: number;
  readonly end: number;
  readonly digits: string;
  /** What stands between this group and the next; '' for the last group. */
  readonly separatorAfter: string;
}

/**
 * Finds phone numbers of Kazakhstan and Russia (+7, 8 or 7 and ten digits, or the ten digits
 * alone; mobile 7xx/9xx and city codes 3xx/4xx/7xxx/8xx), any number written with a leading '+',
 * and seven-digit city numbers written 123-45-67 or announced by a word such as "тел.".
 */
export function findPhoneNumbers(text: string): RedactionSpan[] {
  if (!ANY_DIGIT.test(text)) return [];
  const spans: RedactionSpan[] = [];

  for (const run of text.matchAll(DIGIT_RUN)) {
    const runStart = run.index;
    const plus = run[1] !== undefined;
    const groups = digitGroups(run[0], runStart);
    if (!plus && isThousandsGrouped(groups)) continue;

    let first = 0;
    while (first < groups.length) {
      const last = longestPhoneWindow(text, groups, first, plus && first === 0);
      if (last < 0) {
        first += 1;
        continue;
      }
      const start = plus && first === 0 ? runStart : openingBracketStart(text, groups[first]!);
      spans.push({ start, end: groups[last]!.end, kind: 'phone' });
      first = last + 1;
    }
  }
  return spans;
}

function digitGroups(run: string, offset: number): DigitGroup[] {
  const found = [...run.matchAll(GROUP)];
  return found.map((match, index) => {
    const next = found[index + 1];
    const end = match.index + match[0].length;
    return {
      start: offset + match.index,
      end: offset + end,
      digits: match[0],
      separatorAfter: next ? run.slice(end, next.index) : '',
    };
  });
}

/** The last group of the longest phone starting at group `first`, or -1. */
function longestPhoneWindow(text: string, groups: readonly DigitGroup[], first: number, plus: boolean): number {
  // A number inside a run starts and ends at a space (or a bracket beside one): "12.11.2024" and decimal
  // coordinates are never cut apart to find a phone inside them.
  if (first > 0 && !NUMBER_BOUNDARIES.has(groups[first - 1]!.separatorAfter)) return -1;

  const singleDigits = groups.slice(first, first + MAX_SINGLE_DIGITS).findIndex((group) => group.digits.length > 1);
  const mostGroups = singleDigits < 0 || singleDigits >= 10 ? MAX_SINGLE_DIGITS : MAX_GROUPS;
  for (let last = Math.min(groups.length - 1, first + mostGroups - 1); last >= first; last--) {
    if (last < groups.length - 1 && !NUMBER_BOUNDARIES.has(groups[last]!.separatorAfter)) continue;
    if (isPhone(text, groups.slice(first, last + 1), plus)) return last;
  }
  return -1;
}

function isPhone(text: string, window: readonly DigitGroup[], plus: boolean): boolean {
  const digits = window.map((group) => group.digits).join('');
  if (window.slice(0, -1).some((group) => LINE_BREAK.test(group.separatorAfter)) && !MOBILE_NUMBER.test(digits)) {
    return false;
  }
  if (window.length > MAX_GROUPS) return isDigitByDigitMobile(window, digits);
  if (plus) return digits.length >= 10 && digits.length <= 15 && (digits[0] !== '7' || digits.length === 11);

  const start = window[0]!.start;
  const end = window[window.length - 1]!.end;
  if (UNIT_AFTER.test(text.slice(end, end + 6))) return false;
  if (NUMBER_SIGN_BEFORE.test(text.slice(Math.max(0, start - 4), start))) return false;
  if (mayBeDocumentNumber(window, digits) && isDocumentNumber(text.slice(Math.max(0, start - 40), start))) {
    return false;
  }

  if (digits.length === 11) {
    return (digits[0] === '8' || digits[0] === '7') && '34789'.includes(digits[1]!) && isGroupedLikePhone(window, 1);
  }
  if (digits.length === 10) return '34789'.includes(digits[0]!) && isGroupedLikePhone(window, 0);
  if (digits.length === 7) return isCityNumber(window, digits, text.slice(Math.max(0, start - 30), start));
  return false;
}

function isDigitByDigitMobile(window: readonly DigitGroup[], digits: string): boolean {
  return window.every((group) => group.digits.length === 1) && MOBILE_DIGIT_BY_DIGIT.test(digits) &&
    (digits.length === 10 || digits[0] !== '7' || digits[1] === '7');
}

/**
 * Document numbers are written in one piece; a mobile number with its trunk prefix ("Заказы:
 * 87011234567") or in phone groups ("заказ: 8 701 123 45 67") after an order word is the shop's
 * phone, and a leak is worse than a redacted order number.
 */
function mayBeDocumentNumber(window: readonly DigitGroup[], digits: string): boolean {
  return window.length === 1 && !(digits.length === 11 && MOBILE_WITH_TRUNK.test(digits));
}

/**
 * "ИНН поставщика 7701234567" is a document's number; "по заказу звоните 87011234567" a phone,
 * since the word between announces one.
 */
function isDocumentNumber(before: string): boolean {
  const document = DOCUMENT_WORD_BEFORE.exec(before);
  if (!document) return false;
  return document[1] === undefined || !PHONE_WORD_BEFORE.test(document[1]);
}

/**
 * Whether a number opens the way phones do: the trunk digit alone ("8 701 ..."), then an area
 * code of 3 to 5 digits ("701", "7172", "8701"), or all digits in one piece. "30 2018 10 19" is
 * a garbled date, not a phone.
 */
function isGroupedLikePhone(window: readonly DigitGroup[], trunkDigits: number): boolean {
  if (window.length === 1) return true;
  const first = window[0]!.digits.length;
  if (trunkDigits === 1 && first === 1) {
    const areaCode = window[1]!.digits.length;
    return window.length === 2 || (areaCode >= 3 && areaCode <= 5);
  }
  return first >= 3 && first <= 5;
}

/**
 * A seven-digit city number: written "212-34-56", or after a word such as "тел." and grouped as
 * city numbers are (2123456, 212 3456, 212 34 56, 2 12 34 56). "220666-6" after "номером" is a
 * bill's number, and a round "3000000" a count.
 */
function isCityNumber(window: readonly DigitGroup[], digits: string, before: string): boolean {
  if (isDashedCityNumber(window)) return true;
  const grouping = window.map((group) => group.digits.length).join('-');
  if (!CITY_NUMBER_GROUPINGS.has(grouping) || digits.endsWith('0000')) return false;
  return PHONE_WORD_BEFORE.test(before);
}

/**
 * "212-34-56", and "2-71-44-55" as Almaty's numbers (which begin with 2 or 3) are also written:
 * the ways a city number is written, unlike any date or sum.
 */
function isDashedCityNumber(window: readonly DigitGroup[]): boolean {
  const dashed = window.slice(0, -1).every((group) => DASH.test(group.separatorAfter.trim()));
  const grouping = window.map((group) => group.digits.length).join('-');
  return dashed && (grouping === '3-2-2' || (grouping === '1-2-2-2' && /^[23]/.test(window[0]!.digits)));
}

/** "7 500 000 000" or "1.250.000": thousands, however long, are a sum and never a phone. */
function isThousandsGrouped(groups: readonly DigitGroup[]): boolean {
  if (groups.length < 3 || groups[0]!.digits.length > 3) return false;
  const separator = groups[0]!.separatorAfter;
  if (separator !== ' ' && separator !== '.') return false;
  return groups.slice(1).every((group, index) => {
    const last = index === groups.length - 2;
    return group.digits.length === 3 && (last || group.separatorAfter === separator);
  });
}

/** Includes the bracket of a bracketed area code at the start: "(701) 123-45-67". */
function openingBracketStart(text: string, group: DigitGroup): number {
  if (!group.separatorAfter.includes(')')) return group.start;
  if (text[group.start - 1] === '(') return group.start - 1;
  if (text[group.start - 1] === ' ' && text[group.start - 2] === '(') return group.start - 2;
  return group.start;
}
