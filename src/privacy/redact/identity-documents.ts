import type { RedactionSpan } from './redaction-kind.js';

/**
 * A word that names a person's document: an identity card ("удостоверение", "уд. л.", "жеке
 * куәлік", "ID card"), a passport ("паспорт", "төлқұжат", "passport"), a vehicle's passport
 * ("техпаспорт"), a driver's licence ("водительское удостоверение", "вод. удостоверение",
 * "водительские права", "ВУ", "жүргізуші куәлігі", "driver's licence"), a
 * birth certificate ("свидетельство о рождении", "туу туралы куәлік") and Russia's insurance
 * number ("СНИЛС"). Kazakh typed with Russian letters ("куалик",
 * "толкужат") too.
 */
const DOCUMENT_WORD = String.raw`(?:удост\p{L}*\.?|уд\.?\s?(?:л\.?|личн\p{L}*)|ку[әаэ]л[іiи][кг]\p{L}*|` +
  String.raw`(?:тех)?паспорт\p{L}*|т[өо]лқ?[ұу]ж[ао]т\p{L}*|толкужат\p{L}*|pass?port\p{L}*|` +
  String.raw`id[- ]?(?:card|карт\p{L}*)|айди[- ]?карт\p{L}*|снилс\p{L}*|snils|` +
  String.raw`вод(?:ит\p{L}*)?\.?\s?прав\p{L}*|ву|driv(?:er[’']?s?|ing)\s?licen[cs]e|` +
  String.raw`свид(?:етельств\p{L}*|-?в[оа]|\.)\s*о\s*рожд\p{L}*\.?)`;
/**
 * What may stand between the word and the number: "№", "N", ":", "личности", "гражданина РК",
 * "серия", "номер", "нөмірі", "мой", "данные", whose it is ("ребенка", "баланың"). Nothing else, so an order's number later in the
 * sentence ("паспорт забыл, заказ 123456789") is not taken for the document's.
 */
const FILLER = String.raw`(?:[\s:.,№#–—-]|гражданин\p{L}*|рк|рф|kz|серии|серия|сер\.|` +
  String.raw`номер\p{L}*|нөмір\p{L}*|номир\p{L}*|number|no|nr|мо[йеёя]\p{L}*|менің|азамат\p{L}*|` +
  String.raw`данн\p{L}*|жеке|личн\p{L}*|id|реб[её]нка|сына|дочери|баланың)*`;
/**
 * A number copied in groups of two to four digits ("045 678 912", "0456 789 12", "04 56 78 91 2"),
 * six to eleven digits in all (`hasDocumentLength`).
 */
const GROUPED_DIGITS = String.raw`\d{1,4}(?:[- ]\d{1,4}){1,5}`;
/**
 * The number: Kazakhstan's identity card (nine digits), its passport ("N12345678"), Russia's
 * passport series and number ("4509 123456", "45 09 123456", "серия 4509 № 123456"), SNILS
 * ("123-456-789 64"), a driver's licence ("AB 123456", and Russia's region, series and number:
 * "77 АА 123456"): six to eleven digits, after up to two letters; a birth certificate of the Soviet form still issued in Russia ("II-ВЕ 123456").
 */
const NUMBER = String.raw`(?:[IVXІ]{1,4}-[A-ZА-Я]{2}\s?№?\s?\d{6}|\d{2}\s?[A-ZА-Я]{2}\s?№?\s?\d{6}|(?:[A-ZА-Я]{1,2}\s?)?(?:\d{2}\s?\d{2}(?:\s*(?:№|номер|N)?\s*)\d{6}|` +
  String.raw`\d{3}[- ]\d{3}[- ]\d{3}[- ]\d{2}|\d{6,11}|${GROUPED_DIGITS}))`;
const ANNOUNCED_DOCUMENT = new RegExp(
  String.raw`(?<![\p{L}\p{N}])${DOCUMENT_WORD}${FILLER}(${NUMBER})(?![\p{L}\p{N}])`,
  'giu',
);
/** SNILS as it is printed, three groups of three digits and a check number: "123-456-789 64". */
const SNILS_SHAPE = /(?<![\p{N}-])(\d{3})-(\d{3})-(\d{3})[ -](\d{2})(?![\p{N}-])/gu;
const LEADING_LETTERS = /^\p{L}+/u;
const DOCUMENT_TEST = /\d{6}|\d{3}-\d{3}-\d{3}|\d\d \d{6}|\d{2,4}[- ]\d{2,4}[- ]\d/;
const DOCUMENT_DIGITS = /^(?:\D*\d){6,11}\D*$/;
/** A sum after the word ("паспорт 150 000 тенге"): what the document cost, not its number. */
const SUM_AFTER = /^ ?(?:₸|₽|\$|€|тг(?!\p{L})|тенге|теңге|руб|тыс|мың|kzt|usd|rub)/iu;

/**
 * Finds numbers of a person's identity documents: any number of a document's shape after a word
 * that names the document ("удостоверение № 012345678", "паспорт N12345678", "паспорт 4509
 * 123456", "жеке куәлік нөмірі 012345678"), and SNILS numbers standing alone whose check number
 * is right. An order's, a contract's or a firm's number (БИН) is not announced so and stays.
 */
export function findIdentityDocuments(text: string): RedactionSpan[] {
  if (!DOCUMENT_TEST.test(text)) return [];
  const spans: RedactionSpan[] = [];
  for (const match of text.matchAll(ANNOUNCED_DOCUMENT)) {
    const number = match[1]!;
    if (!hasDocumentLetters(number) || !DOCUMENT_DIGITS.test(number)) continue;
    const start = match.index + match[0].length - number.length;
    const end = start + number.length;
    if (SUM_AFTER.test(text.slice(end, end + 6))) continue;
    spans.push({ start, end, kind: 'document' });
  }
  for (const match of text.matchAll(SNILS_SHAPE)) {
    const digits = match.slice(1, 4).join('');
    if (snilsCheckNumber(digits) === Number(match[4])) {
      spans.push({ start: match.index, end: match.index + match[0].length, kind: 'document' });
    }
  }
  return spans;
}

/**
 * Letters before the digits are a document's series, written in capitals ("N12345678", "AB
 * 123456"); a lower-case word there is the sentence's ("паспорт на 150000"), save a typed "n".
 */
function hasDocumentLetters(number: string): boolean {
  const letters = LEADING_LETTERS.exec(number)?.[0] ?? '';
  return letters === letters.toUpperCase() || letters === 'n';
}

/**
 * Russia's SNILS check number: the nine digits weighted 9..1; a sum under 100 is the check
 * number, 100 and 101 give 00, a larger sum is taken mod 101 the same way.
 */
export function snilsCheckNumber(digits: string): number {
  let sum = 0;
  for (let index = 0; index < 9; index++) sum += Number(digits[index]) * (9 - index);
  const remainder = sum > 101 ? sum % 101 : sum;
  return remainder >= 100 ? 0 : remainder;
}
