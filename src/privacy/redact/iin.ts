import type { RedactionSpan } from './redaction-kind.js';

/**
 * Twelve digits standing alone. Inside a link too: "egov.kz/?iin=950112300123" is still a
 * person's number.
 */
const TWELVE_DIGITS = /(?<!\d)\d{12}(?!\d)/g;
/**
 * Twelve digits in the groups a person copies them in from a form or reads them out: the birth
 * date apart ("900101 300126", "900101-300126"), in threes ("900 101 300 126") or in fours
 * ("9001 0130 0126"), the same separator throughout. Not a part of a longer run, and not a sum
 * ("120 115 300 126 тенге"); the check digit decides the rest.
 */
const GROUPED_TWELVE =
  /(?<![\p{N}.,]|\d[ -])(?:\d{6}([ -])\d{6}|\d{3}([ -])\d{3}\2\d{3}\2\d{3}|\d{4}([ -])\d{4}\3\d{4})(?![\p{N}]|[ -]\d|[.,]\d)/gu;
const UNIT_AFTER = /^ ?(?:₸|₽|\$|€|тг(?!\p{L})|тенге|теңге|руб|млн|млрд|тыс|мың|kzt|usd|rub|eur)/iu;
/**
 * Cheap test before the two searches: three digits in a row, or spaced or dashed one by one as
 * an announced number may be written to slip past a filter ("ИИН: 9 0 0 1 0 1 3 0 0 1 2 3").
 */
const DIGITS_TEST = /\d[ -]?\d[ -]?\d/;

/**
 * Twelve digits right after the word ИИН, ЖСН or IIN ("ИИН: 900101300123", "мой иин 900101
 * 300123"), glued to it ("ИИН900101300123") or with a Kazakh or Russian ending ("ЖСН-ім
 * 900101300123", "иинім:", "ИИН-а", "ИИНы"). The word says whose number it is, so a mistyped or
 * invented one (a wrong check digit, a group space) is redacted too: one wrong digit still points
 * at the person.
 */
const ANNOUNCED_IIN =
  /(?<![\p{L}\p{N}])(?:иин|жсн|iin)(?:-?(?:[ыі]?м|[ыі]ң|[ыі]|а|у|ом|е))?(?!\p{L})[^\p{L}\p{N}\n]{0,12}(\d(?:[ -]?\d){11})(?![\p{N}])/giu;

/**
 * Finds Kazakhstan individual identification numbers (ИИН / ЖСН): twelve digits that begin with a
 * birth date YYMMDD, then a century-and-sex digit 0..6, and end with a valid check digit. Business
 * numbers (БИН) share the check digit but not the date, so they stay: they name companies.
 */
export function findIins(text: string): RedactionSpan[] {
  if (!DIGITS_TEST.test(text)) return [];
  const spans: RedactionSpan[] = [];
  for (const match of text.matchAll(ANNOUNCED_IIN)) {
    const number = match[1]!;
    const start = match.index + match[0].length - number.length;
    spans.push({ start, end: start + number.length, kind: 'iin' });
  }
  for (const match of text.matchAll(TWELVE_DIGITS)) {
    const announced = spans.some((span) => span.start <= match.index && match.index < span.end);
    if (!announced && isValidIin(match[0])) spans.push({ start: match.index, end: match.index + 12, kind: 'iin' });
  }
  for (const match of text.matchAll(GROUPED_TWELVE)) {
    const end = match.index + match[0].length;
    const announced = spans.some((span) => span.start <= match.index && match.index < span.end);
    if (announced || UNIT_AFTER.test(text.slice(end, end + 6))) continue;
    if (isValidIin(match[0].replace(/\D/g, ''))) spans.push({ start: match.index, end, kind: 'iin' });
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
