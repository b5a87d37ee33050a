import type { RedactionSpan } from './redaction-kind.js';

/** A flat's number as written: "42", "42а", "42/1". */
const FLAT = String.raw`\d{1,4}(?:[абвгдabcd](?![\p{L}])|\/\d{1,3})?`;
/**
 * The word for a flat, then its number: "кв. 42", "кв.42", "кв-ра 42", "квартира № 42", "из
 * квартиры 42", "пәтер 42", "пәтері 42", "apt 42", "Apt. #42", "apartment 42", "flat 42". Kazakh
 * typed with Russian letters ("патер", "пэтер") too, and Russian typed with Latin ones
 * ("kvartira 42"; "kv 42" only after the house's number, "Abaya 10, kv 45", since "kV" is a unit).
 */
const WORD_THEN_NUMBER = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:кв(?:-ра)?\.?|квартир(?:а|ы|е|у|ой)|п[әаэ]тер(?:і|и|ім|им)?|` +
    String.raw`apt\.?|apartment|flat|p[äa]ter(?:i|im)?|kvartir(?:a|y|e|u)|(?<=\d[a-zа-я]?,?\s)kv\.?)` +
    String.raw`\s*(?:№|#|N|No\.?)?\s*(${FLAT})(?![\p{N}])`,
  'giu',
);
/**
 * The number, then the word, written as an ordinal: "42-я квартира", "в 42й квартире", "42-пәтер",
 * "42-ші пәтерде", or after the house in Kazakh ("15 үй, 42 пәтер", "10 үй 45 пәтер", "Абай
 * даңғылы 10, 45 пәтер"). Without the ordinal ending
 * the number counts flats ("42 квартиры", "60 пәтерлі үй"), and a single digit needs the hyphen:
 * "сниму 2ю квартиру" is a flat of two rooms.
 */
const NUMBER_THEN_WORD = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,])(${FLAT})` +
    String.raw`(?:(?<=\d\d)-?(?:я|й|ю|ей|ой)\s+квартир|-(?:я|й|ю|ей|ой)\s+квартир|` +
    String.raw`-(?:ші|шы|інші|ыншы)?\s*п[әаэ]тер|(?<=\d\s?үй(?:,\s?|\s)\d+)\s+п[әаэ]тер|` +
    String.raw`(?<=(?:көшесі|даңғылы|шағын\s?аудан\p{L}*|ықшам\s?аудан\p{L}*|көш\.|даң\.)\s*\d+[а-яa-z]?,\s?\d+)` +
    String.raw`\s+п[әаэ]тер(?!лі|ли))\p{L}*`,
  'giu',
);
/**
 * A plain number, then "квартира" in a form a count of flats never takes: "в 45 квартире", "из
 * 45 квартиры", "45 квартиру затопило". After 1, 21, 31… a count takes the same singular ("в
 * 21 квартире нет света": 21 flats), and after 2, 3, 4 "квартиры" is also the count's ("42
 * квартиры сдали"), so those are read as flats only in the forms and places a count cannot be.
 */
const NUMBER_THEN_SINGULAR = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,\/-])(\d{1,4})\s+квартир(а|ы|е|у|ой|ою)(?![\p{L}\p{N}])`,
  'giu',
);
/** Prepositions before "N квартиры" that make it one flat's genitive: "из 42 квартиры". */
const GENITIVE_PREPOSITION = /(?:^|[^\p{L}])(?:из|у|с|со|от|до|для|возле|около|напротив|из-за|рядом с)\s+$/iu;
/**
 * An address written short, house and flat joined by a dash after the street's name, in a
 * clause that says it is a home address: "адрес: Абая 15-42", "живу на Жандосова 60а-12",
 * "мекенжайым: Аксай-4, 15-42". Alone the same form is a range of houses ("дома Абая 10-12").
 */
const SHORT_ADDRESS = new RegExp(
  String.raw`(?<=(?:[Аа]дрес|[Мм]екенжай|[Пп]рожива|[Жж]иву|[Жж]ив[её]м|[Тт]ұрамын|[Aa]ddress)` +
    String.raw`[^\n!?,;]{0,40}?\p{Lu}[\p{L}\p{N}.-]*[,\s]+(?:д\.\s?|дом\s)?\d{1,3}[а-яa-z]?-)` +
    String.raw`(\d{1,4})(?![\p{L}\p{N}]|[.,]\d)`,
  'gu',
);
const ADDRESS_TEST = /адрес|мекенжай|прожива|живу|живём|живем|тұрамын|address/iu;
/**
 * What a number after "кв."/"квартира" is when it is not the flat's: its area ("кв. 42 м",
 * "квартира 60 кв.м"), its rooms ("квартира 3-комнатная", "квартиру 2 комн."), its price, floor
 * or a year ("в 3 кв. 2024 г.", a quarter). In a winter outage residents write how cold the flat
 * is, how long it has been so and how many live in it: "в квартире 14 градусов", "в квартире 3
 * дня нет света", "в квартире 5 человек".
 */
const NOT_FLAT_AFTER = new RegExp(
  String.raw`^(?:[.,]\d|\s*(?:-?\s*(?:комн|к(?!\p{L})|х\s*комн)|кв\.?\s*м|м(?!\p{L})|м2|м²|метр|` +
    String.raw`sq|m2|m²|m(?!\p{L})|млн|млрд|тыс|тенге|тг|₸|\$|руб|штук|шт|этаж|%|год|г\.|лет|бөлме|мың|жыл|` +
    String.raw`°|град|д(?:ень|ня|ней)(?!\p{L})|сут|час|мин(?:ут\p{L}*)?(?!\p{L})|недел|месяц|` +
    String.raw`челов|чел(?!\p{L})|раз(?!\p{L})|күн|сағат|адам))`,
  'iu',
);
const NUMBER_BEFORE = /\d\s*$/;
/** "10 kV 110": kilovolts of a power line, written with a capital V. */
const KILOVOLTS = /^kV/;
const YEAR = /^(?:19|20)\d\d$/;
/** Cheap tests before the searches: a digit, then a word for a flat or an address. */
const DIGIT = /\d/;
const FLAT_TEST = /кв|квартир|п[әаэ]тер|apt|apartment|flat|p[äa]ter|kv/iu;

/**
 * Finds the number of a flat in a home address ("ул. Абая 15, кв. 42" → "ул. Абая 15, кв. [FLAT]").
 * The street and the house stay: they say where a problem is, and many households share them;
 * the flat's number points at one household. A number after "кв." that is an area, a count of
 * rooms, a price or a quarter's year stays.
 */
// LIMITATION: the short form "Абая 15-42" (house 15, flat 42) is kept when nothing says it is a
// home address: it cannot be told from a range of houses ("дома Абая 10-12").
export function findFlatNumbers(text: string): RedactionSpan[] {
  if (!DIGIT.test(text) || (!FLAT_TEST.test(text) && !ADDRESS_TEST.test(text))) return [];
  const spans: RedactionSpan[] = [];

  for (const match of text.matchAll(WORD_THEN_NUMBER)) {
    const number = match[1]!;
    if (KILOVOLTS.test(match[0])) continue;
    const start = match.index + match[0].length - number.length;
    const end = start + number.length;
    if (NOT_FLAT_AFTER.test(text.slice(end, end + 12))) continue;
    const afterNumber = NUMBER_BEFORE.test(text.slice(Math.max(0, match.index - 4), match.index));
    if (YEAR.test(number) && afterNumber) continue;
    spans.push({ start, end, kind: 'flat' });
  }
  for (const match of text.matchAll(NUMBER_THEN_WORD)) {
    const number = match[1]!;
    spans.push({ start: match.index, end: match.index + number.length, kind: 'flat' });
  }
  for (const match of text.matchAll(NUMBER_THEN_SINGULAR)) {
    const number = match[1]!;
    if (namesOneFlat(number, match[2]!.toLowerCase(), text.slice(Math.max(0, match.index - 12), match.index))) {
      spans.push({ start: match.index, end: match.index + number.length, kind: 'flat' });
    }
  }
  if (ADDRESS_TEST.test(text)) {
    for (const match of text.matchAll(SHORT_ADDRESS)) {
      const end = match.index + match[0].length;
      if (!NOT_FLAT_AFTER.test(text.slice(end, end + 12))) spans.push({ start: match.index, end, kind: 'flat' });
    }
  }
  return spans;
}

/** Whether "`number` квартир`ending`" names one flat rather than counting flats. */
function namesOneFlat(number: string, ending: string, before: string): boolean {
  const lastTwo = Number(number) % 100;
  const last = lastTwo % 10;
  if (last === 1 && lastTwo !== 11) return false;
  const countsTwoToFour = last >= 2 && last <= 4 && (lastTwo < 12 || lastTwo > 14);
  if (ending === 'ы' && countsTwoToFour) return GENITIVE_PREPOSITION.test(before);
  // "45 квартира" with a count would be "45 квартир"; "2 квартира" is no count at all.
  return true;
}
