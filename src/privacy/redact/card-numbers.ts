import type { RedactionSpan } from './redaction-kind.js';

/** 13 to 19 digits, with a space or a dash allowed between any two. */
const DIGIT_RUN = /(?<![\d+])\d(?:[ -]?\d){12,18}(?!\d)/g;
const LONG_DIGITS = /\d{4}/;
const GROUP = /\d+/g;
/**
 * A word that says a card number follows ("карта", "картаға", "Kaspi Gold", "card"): a mistyped
 * number after it still points at the card holder, so the Luhn check is not asked for.
 */
const CARD_WORD_BEFORE =
  /(?:карт|kart|card|kaspi|каспи|visa|виза|mastercard|halyk|халык|jusan|forte|freedom)[\p{L}\p{M}]*[^\p{L}\p{N}\n]{0,4}(?:gold|голд|bank|банк)?[^\p{L}\p{N}\n]{0,4}$/iu;

/**
 * Finds payment card numbers: 13 to 19 digits, written in one piece or in the groups printed on
 * cards (4-4-4-4, 4-4-4-4-3, 4-6-5, 4-6-4), starting with a card network's digit 2..6, and
 * passing the Luhn check, which a mistyped or random number fails nine times in ten; after a
 * word that names a card, any number in a card's grouping.
 */
export function findCardNumbers(text: string): RedactionSpan[] {
  if (!LONG_DIGITS.test(text)) return [];
  const spans: RedactionSpan[] = [];
  for (const match of text.matchAll(DIGIT_RUN)) {
    const groups = match[0].match(GROUP) ?? [];
    const digits = groups.join('');
    if (!isCardGrouping(groups, match[0])) continue;
    const announced = CARD_WORD_BEFORE.test(text.slice(Math.max(0, match.index - 30), match.index));
    if (!announced && (!'23456'.includes(digits[0]!) || !passesLuhn(digits))) continue;
    spans.push({ start: match.index, end: match.index + match[0].length, kind: 'card' });
  }
  return spans;
}

function isCardGrouping(groups: readonly string[], written: string): boolean {
  if (groups.length === 1) return true;
  if (new Set(written.match(/[ -]/g)).size > 1) return false;
  const lengths = groups.map((group) => group.length).join('-');
  if (lengths === '4-6-5' || lengths === '4-6-4') return true;
  const last = groups[groups.length - 1]!.length;
  return groups.length >= 4 && groups.slice(0, -1).every((group) => group.length === 4) && last >= 1 && last <= 4;
}

export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let index = 0; index < digits.length; index++) {
    let digit = digits.charCodeAt(digits.length - 1 - index) - 48;
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}
