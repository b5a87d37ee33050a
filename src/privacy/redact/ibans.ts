import type { RedactionSpan } from './redaction-kind.js';

/**
 * A Kazakhstan account number (IBAN, "ИИК"/"ЖСК"): KZ, two check digits, a three-digit bank code
 * and thirteen letters or digits, in one piece or in groups of four ("KZ86 125K ZT50 0410 0100").
 * Kaspi Gold accounts are written this way too ("KZ87722C000012345678").
 */
// The К may be Cyrillic, typed on a Russian layout.
const KZ_IBAN = /(?<![\p{L}\p{N}])[KК]Z\d{2}(?: ?\d){3}(?: ?[0-9A-Z]){13}(?![\p{L}\p{N}])/giu;
const IBAN_TEST = /[kк]z ?\d\d/iu;
const CYRILLIC_KA = /^[Кк]/u;
/**
 * A word that says an account number follows: the number points at the account's holder even
 * when it is mistyped, so the check digits are not asked for.
 */
const ACCOUNT_WORD_BEFORE = /(?:iban|иик|иік|жск|счет|счёт|шот|account)\p{L}*[^\p{L}\p{N}\n]{0,4}$/iu;
const SEPARATOR = / /g;

/**
 * Finds Kazakhstan IBANs, which name a person's bank account: those whose check digits are right
 * (ISO 7064 mod 97, which a mistyped number fails 96 times in 97), and any after a word such as
 * "IBAN", "ИИК" or "счёт". A firm's account in a news item is redacted too: nothing tells the two
 * apart, and no analysis reads account numbers.
 */
export function findIbans(text: string): RedactionSpan[] {
  if (!IBAN_TEST.test(text)) return [];
  const spans: RedactionSpan[] = [];
  for (const match of text.matchAll(KZ_IBAN)) {
    const announced = ACCOUNT_WORD_BEFORE.test(text.slice(Math.max(0, match.index - 20), match.index));
    const iban = match[0].replace(SEPARATOR, '').replace(CYRILLIC_KA, 'K');
    if (!announced && !hasValidCheckDigits(iban)) continue;
    spans.push({ start: match.index, end: match.index + match[0].length, kind: 'iban' });
  }
  return spans;
}

/** ISO 13616: the first four characters moved to the end, letters as 10..35, mod 97 is 1. */
export function hasValidCheckDigits(iban: string): boolean {
  const rearranged = (iban.slice(4) + iban.slice(0, 4)).toUpperCase();
  let remainder = 0;
  for (const character of rearranged) {
    const value = Number.parseInt(character, 36);
    remainder = (value < 10 ? remainder * 10 + value : remainder * 100 + value) % 97;
  }
  return remainder === 1;
}
