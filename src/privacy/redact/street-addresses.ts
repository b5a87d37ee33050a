/**
 * A street named after a person, written as residents write an address: the name in the
 * genitive and the house number after it ("Розыбакиева 247 опять без света", "Сейфуллина 500,
 * кв 12"). Almaty's streets carry the names of poets, scholars and heroes; at the start of a
 * sentence the name finder took such a word for a person's surname, and the post lost the one
 * place it named.
 *
 * A one-word name is kept when a house number follows it that is not a count of something
 * ("Иванова 3 года не видела", "Досаев 2 раза обещал" stay redacted), and when its ending is
 * the genitive a street takes (-а, -я, -ой, -ы, -ко, -ли, -би: Абая, Гоголя, Маметовой,
 * Момышулы, Шевченко), and when it is no given name ("Айдана 6" is a child and her age). A name
 * of two words ("Иван Петров 25") is a person's, and stays redacted.
 */
import { givenNameIndex } from './given-name-index.js';
import { nameKey } from './name-key.js';
import type { RedactionSpan } from './redaction-kind.js';

const STREET_GENITIVE = /^\p{Lu}\p{Ll}+(?:а|я|ой|ы|ко|ли|би)$/u;

// The house number: "247", "12а", "12/3", "№ 5", with a Kazakh case ending ("64те", "8-дегі");
// not a year, a price, a phone or an ordinal ("9ый").
const HOUSE_NUMBER = /^\s{1,2}(?:№\s?)?\d{1,3}(?:\s?[а-яa-z](?!\p{L}))?(?:[/-]\d{1,3}[а-яa-z]?)?(?:-?(?:[тд][еа](?:гі)?|[кг][еа]))?(?![\d\p{L}])(?![.,]\d)/iu;

// What a number before it counts, in Russian, Kazakh and English: then the number is no house.
const COUNTED = new RegExp(`^\\s*(?:${[
  'год', 'лет', 'г\\.', 'г\\b', 'гг', 'раз', 'дн', 'день', 'сут', 'недел', 'месяц', 'мес', 'час',
  'мин', 'сек', 'тенге', 'тг', '₸', 'тыс', 'млн', 'млрд', 'процент', '%', 'человек', 'чел',
  'штук', 'шт', 'км', 'м\\b', 'метр', 'кг', 'место', 'мест', 'балл', 'очк', 'гол', 'раунд',
  'жыл', 'күн', 'ай\\b', 'апта', 'сағат', 'минут', 'адам', 'рет', 'теңге', 'жаста', 'жас\\b',
  'литр', 'класс', 'курс', 'этаж', 'янв', 'фев', 'мар', 'апр', 'мая', 'май', 'июн', 'июл', 'авг',
  'сен', 'окт', 'ноя', 'дек', 'қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде',
  'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан', 'jan', 'feb', 'mar', 'apr', 'may', 'jun',
  'jul', 'aug', 'sep', 'oct', 'nov', 'dec',
  'year', 'day', 'week', 'month', 'hour', 'time', 'people', 'point', 'goal',
].join('|')})`, 'iu');

/** A word's ending after a hyphen that the house number's own endings ("64-те") are not. */
const ORDINAL_ENDING = /^-\p{L}/u;

/**
 * Almaty's avenues named after a historical figure by his whole name, which residents write
 * alone: "пробка на Аль-Фараби", "Перекрыли Аль-Фараби". No private person is so named.
 */
const AVENUE_NAMES = /^(?:аль-фараби|әл-фараби|ал-фараби|al-farabi|al-faraby|әл-фарабиде|аль-фарабы)$/iu;

/**
 * The second street of a crossing, after the first and "и", "&", "/" or a dash: "на Саина и
 * Рыскулова", "ДТП: Саина/Рыскулова", "угол Абая — Манаса". The first is read as a street by the
 * name finder (after "на", "угол"…) or by its genitive before the slash; the second, with no
 * street word of its own, was taken for a person.
 */
const CROSSING_BEFORE = new RegExp(
  '(?:(?:^|[^\\p{L}])(?:на|угол|углу|перекрест\\p{L}*|перекрёст\\p{L}*|пересечени\\p{L}*|от|до|по|улиц\\p{L}*|ул\\.|пр\\.|проспект\\p{L}*)\\s+' +
    '\\p{Lu}[\\p{L}-]+(?:\\s+(?:би|батыра|хана))?\\s*(?:и|&|/|—|–|-)\\s*' +
    '|\\p{Lu}\\p{Ll}+(?:а|я|ы|би)\\s*/\\s*)$',
  'u',
);

/** `spans` without the one-word names that open a street address or close a crossing. */
export function keepStreetAddresses(text: string, spans: RedactionSpan[]): RedactionSpan[] {
  return spans.filter((span) => span.kind !== 'name' || !isStreet(text, span, spans));
}

function isStreet(text: string, span: RedactionSpan, spans: readonly RedactionSpan[]): boolean {
  const name = text.slice(span.start, span.end);
  if (AVENUE_NAMES.test(name)) return true;
  if (isCrossingSecond(text, span, name, spans)) return true;
  if (!STREET_GENITIVE.test(name)) return false;
  // A given name before a number is a person and an age or a score ("Айдана 6", "Даша 2"); the
  // given names that alone mean a street in Almaty ("Абая", "Райымбека") are not 'given' here.
  if (isGivenName(name)) return false;
  return isHouseNumberAt(text, span.end);
}

/**
 * Whether a house number follows `end`: "Достык 45, подъезд 2", "Абая 12/3"; not a count of
 * something ("Шевченко 45 лет", "Досаев 2 раза").
 */
export function isHouseNumberAt(text: string, end: number): boolean {
  const after = text.slice(end, end + 40);
  const house = HOUSE_NUMBER.exec(after);
  if (house === null) return false;
  const rest = after.slice(house[0].length);
  // An ordinal's ending after a hyphen: "Абай 19-ыншы ғасырда", "Иванова 5-го числа".
  return !COUNTED.test(rest) && !ORDINAL_ENDING.test(rest);
}

/**
 * Whether `span` is the second street of a crossing. Not when the first word was itself taken
 * for a name: "письмо от Иванова и Петрова" is two persons.
 */
function isCrossingSecond(text: string, span: RedactionSpan, name: string, spans: readonly RedactionSpan[]): boolean {
  if (!STREET_GENITIVE.test(name) || isGivenName(name)) return false;
  const from = Math.max(0, span.start - 48);
  const crossing = CROSSING_BEFORE.exec(text.slice(from, span.start));
  if (crossing === null) return false;
  const firstStart = from + crossing.index;
  return !spans.some((other) => other !== span && other.kind === 'name' && other.end > firstStart && other.start < span.start);
}

function isGivenName(word: string): boolean {
  return givenNameIndex().get(nameKey(word)) === 'given';
}
