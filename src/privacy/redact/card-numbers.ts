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
 * A card number with some digits hidden, as banking apps and receipts show it and as people copy
 * it into a fundraising post: "4400 43** **** 1234", "4400 4301 XXXX 1234", "440043******1234",
 * "**** **** **** 1234". 13 to 19 places of digits or masks ("*", "x", "х", "•").
 */
const MASKED_RUN = /(?<![\p{L}\p{N}*•●])[\d*•●XxХх](?:[ -]?[\d*•●XxХх]){12,18}(?![\p{L}\p{N}*•●])/gu;
/** Four masks in a row: a masked card's middle group, or part of its one piece, always has them. */
const MASK_TEST = /[*•●XxХх]{4}/u;
const MASK_GROUP = /[\d*•●XxХх]+/g;
/** Shown digits at the start, the end or both, and the hidden ones between: never a mix. */
const MASKED_SHAPE = /^(?:[2-6]\d{3,7})?[*•●XxХх]{4,}\d{0,4}$/;
const SHOWN_DIGITS = /\d/g;

/**
 * Finds payment card numbers: 13 to 19 digits, written in one piece or in the groups printed on
 * cards (4-4-4-4, 4-4-4-4-3, 4-6-5, 4-6-4), starting with a card network's digit 2..6, and
 * passing the Luhn check, which a mistyped or random number fails nine times in ten; after a
 * word that names a card, any number in a card's grouping. Masked card numbers too: the digits
 * left show the bank and the card's end, which with a post's other details points at its holder.
 */
export function findCardNumbers(text: string): RedactionSpan[] {
  const spans = LONG_DIGITS.test(text) ? findWholeCardNumbers(text) : [];
  if (MASK_TEST.test(text)) spans.push(...findMaskedCardNumbers(text));
  return spans;
}

function findWholeCardNumbers(text: string): RedactionSpan[] {
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

function findMaskedCardNumbers(text: string): RedactionSpan[] {
  const spans: RedactionSpan[] = [];
  for (const match of text.matchAll(MASKED_RUN)) {
    const groups = match[0].match(MASK_GROUP) ?? [];
    const places = groups.join('');
    if (!MASKED_SHAPE.test(places) || (places.match(SHOWN_DIGITS) ?? []).length < 4) continue;
    if (!isCardGrouping(groups, match[0])) continue;
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
