import type { RedactionSpan } from './redaction-kind.js';

/**
 * Twelve digits standing alone. Inside a link too: "egov.kz/?iin=950112300123" is still a
 * person's number.
 */
const TWELVE_DIGITS = /(?<!\d)\d{12}(?!\d)/g;
const TWELVE_DIGITS_TEST = /\d{12}/;

/**
 * Finds Kazakhstan individual identification numbers (ИИН / ЖСН): twelve digits that begin with a
 * birth date YYMMDD, then a century-and-sex digit 0..6, and end with a valid check digit. Business
 * numbers (БИН) share the check digit but not the date, so they stay: they name companies.
 */
export function findIins(text: string): RedactionSpan[] {
  if (!TWELVE_DIGITS_TEST.test(text)) return [];
  const spans: RedactionSpan[] = [];
  for (const match of text.matchAll(TWELVE_DIGITS)) {
    if (isValidIin(match[0])) spans.push({ start: match.index, end: match.index + 12, kind: 'iin' });
  }
  return spans;
}

export function isValidIin(iin: string): boolean {
  if (!/^\d{12}$/.test(iin)) return false;
  const digits = [...iin].map(Number);
  const month = digits[2]! * 10 + digits[3]!;
  const day = digits[4]! * 10 + digits[5]!;
  if (month < 1 || month > 12 || day < 1 || day > 31 || digits[6]! > 6) return false;
  return iinCheckDigit(digits) === digits[11];
}

/**
 * The Kazakhstan check digit: digits 1..11 weighted 1..11, sum mod 11; when that gives 10, again
 * with weights 3..11, 1, 2; a second 10 means no number is ever issued with these digits.
 */
function iinCheckDigit(digits: readonly number[]): number | null {
  const first = weightedSum(digits, (index) => index + 1) % 11;
  if (first !== 10) return first;
  const second = weightedSum(digits, (index) => ((index + 2) % 11) + 1) % 11;
  return second === 10 ? null : second;
}

function weightedSum(digits: readonly number[], weight: (index: number) => number): number {
  let sum = 0;
  for (let index = 0; index < 11; index++) sum += digits[index]! * weight(index);
  return sum;
}
