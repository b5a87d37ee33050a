import type { RedactionSpan } from './redaction-kind.js';

/**
 * Letters a plate can hold as residents type them: Kazakhstan's plates use Latin letters, and a
 * Russian keyboard gives their Cyrillic look-alikes ("123 АВС 02" for "123 ABC 02").
 */
const LETTER = '[A-ZАВЕКМНОРСТУХ]';
/** Russia's plates use only the twelve letters that Cyrillic and Latin share. */
const RUSSIAN_LETTER = '[ABEKMHOPCTYXАВЕКМНОРСТУХ]';
const GAP = '[ -]?';
const START = String.raw`(?<![\p{L}\p{N}])`;
/** A plate ends where no digit or Latin letter goes on; a Kazakh ending may follow ("02ге"). */
const END = String.raw`(?![\p{N}A-Za-z])`;
/** Letters that end a plate end the word too ("100 тенге" is no "100 тен"). */
const WORD_END = String.raw`(?![\p{L}\p{N}])`;

/** Kazakhstan since 2012, a person's car: "123 ABC 02", "123ABC02", three letters, region 01..20. */
const KAZAKH_PLATE = new RegExp(
  String.raw`${START}(\d{3})(${GAP})(${LETTER}{3})(?:${GAP}(\d{2})${END}|${WORD_END})`, 'giu');
/** Kazakhstan before 2012: a region letter, three digits, three letters ("A 123 BCD", "A123BCD"). */
const OLD_KAZAKH_PLATE = new RegExp(
  String.raw`${START}(${LETTER})${GAP}(\d{3})(${GAP})(${LETTER}{3})${WORD_END}`, 'giu');
/** Russia: a letter, three digits, two letters and a region of two or three digits ("А123ВС 777"). */
const RUSSIAN_PLATE = new RegExp(
  String.raw`${START}(${RUSSIAN_LETTER})${GAP}(\d{3})(${GAP})(${RUSSIAN_LETTER}{2})` +
    String.raw`(?:${GAP}(\d{2,3})${END}|${WORD_END})`,
  'giu');

/** Cheap test before the searches: every plate has three digits in a row. */
const DIGITS_TEST = /\d{3}/;
/**
 * A word that says a vehicle is meant, right before the plate. It lets a plate through without
 * its region ("номер 777 ABA") and typed in lower case with spaces ("машина 123 авс 02"), where
 * lower-case Cyrillic letters alone are as often a preposition or a unit ("в 100 км 12").
 */
const VEHICLE_WORD_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])(?:машин|авто|автомобил|тачк|такси|джип|внедорожник|седан|мотоцикл|мопед|фур|` +
    String.raw`грузовик|камаз|газел|номер|госномер|г\/н|грз|гос\.?\s?знак|көлік|нөмір|car|plate|` +
    String.raw`vehicle|licen[cs]e|reg)[\p{L}.]*[^\n,;.!?]{0,12}$`,
  'iu');
/** A number's "№" or "#" before it: an order's or an item's code ("заказ №123ABC02"). */
const NUMBER_SIGN_BEFORE = /[№#]\s*$/u;
/** Units and short words that lower-case letters between numbers usually are ("100 км 12"). */
const LOWER_CASE_WORDS = new Set(['км', 'мм', 'см', 'кв', 'мкр', 'km', 'mm', 'cm', 'kg', 'ml']);
/**
 * Words that stand between numbers as a plate's letters do: currencies, firms' forms, car trims,
 * models of aircraft and devices ("Boeing 737 MAX 10").
 */
const NOT_PLATE_LETTERS = new Set([
  'KZT', 'USD', 'EUR', 'RUB', 'RUR', 'KGS', 'UZS', 'CNY', 'GBP', 'TOO', 'OOO', 'KCK',
  'CDI', 'AMG', 'TDI', 'GTI', 'TSI', 'CGI', 'FSI', 'HDI', 'VTI', 'DCI', 'CRD', 'GTS', 'SRT',
  'CVT', 'AWD', 'FWD', 'RWD', 'SUV', 'TRD', 'AMT', 'ABS', 'LED', 'USB', 'GPS',
  'MAX', 'PRO', 'CPU', 'GPU', 'RAM', 'SSD', 'HDD', 'VIP', 'TOP',
]);
const CYRILLIC_TO_LATIN: Readonly<Record<string, string>> = {
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', У: 'Y', Х: 'X',
};
const RUSSIAN_REGION = /^(?:0[1-9]|[1-9]\d|[1279]\d\d)$/;

/** A match read: what it takes to judge whether it is a plate. */
interface PlateParts {
  /** Every letter of the plate, to tell how it was typed. */
  readonly letters: string;
  /** The letters after the digits, which words between numbers can look like ("200 CDI"). */
  readonly series: string;
  /** Whether the digits and letters are written together ("123ABC02", "а123вс77"). */
  readonly glued: boolean;
  /** Whether the region is written, for the formats that have one. */
  readonly complete: boolean;
}

/** One format: its pattern, and how a match reads, or null when its region does not exist. */
interface PlateFormat {
  readonly pattern: RegExp;
  readonly read: (match: RegExpMatchArray) => PlateParts | null;
}

const FORMATS: readonly PlateFormat[] = [
  {
    pattern: KAZAKH_PLATE,
    read: (match) => withRegion(match[4], isKazakhRegion,
      { letters: match[3]!, series: match[3]!, glued: match[2] === '' }),
  },
  {
    pattern: OLD_KAZAKH_PLATE,
    read: (match) => ({
      letters: match[1]! + match[4]!, series: match[4]!, glued: match[3] === '', complete: true,
    }),
  },
  {
    pattern: RUSSIAN_PLATE,
    read: (match) => withRegion(match[5], isRussianRegion,
      { letters: match[1]! + match[4]!, series: match[4]!, glued: match[3] === '' }),
  },
];

/**
 * Finds vehicle registration plates, which point at a car's owner: Kazakhstan's current ones for
 * persons' cars ("777 ABA 02", "123abc02", "123 АВС 02" with Cyrillic letters), its older ones
 * ("A 123 BCD") and Russia's ("А123ВС 777", "а123вс77"). Plates of firms, three digits and two
 * letters in Kazakhstan ("123 AB 02"), stay: a firm is not a person, as with business numbers.
 * A region must be one that exists (01..20 in Kazakhstan). Prices, times, dates, routes
 * ("автобус 92") and models ("Lada 2107", "Mercedes E 200 CDI") have no plate's shape or are
 * listed above.
 */
export function findVehiclePlates(text: string): RedactionSpan[] {
  if (!DIGITS_TEST.test(text)) return [];
  const spans: RedactionSpan[] = [];
  for (const format of FORMATS) {
    for (const match of text.matchAll(format.pattern)) {
      const parts = format.read(match);
      if (parts === null || !isPlate(text, match.index, parts)) continue;
      spans.push({ start: match.index, end: match.index + match[0].length, kind: 'plate' });
    }
  }
  return withoutOverlaps(spans);
}

function withRegion(
  region: string | undefined, exists: (region: string) => boolean, parts: Omit<PlateParts, 'complete'>,
): PlateParts | null {
  if (region !== undefined && !exists(region)) return null;
  return { ...parts, complete: region !== undefined };
}

/** The longest of plates that overlap: "A 123 BCD" holds a "123 BCD" without its region. */
function withoutOverlaps(spans: RedactionSpan[]): RedactionSpan[] {
  if (spans.length < 2) return spans;
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: RedactionSpan[] = [];
  for (const span of spans) {
    const last = kept[kept.length - 1];
    if (last === undefined || span.start >= last.end) kept.push(span);
  }
  return kept;
}

function isPlate(text: string, start: number, parts: PlateParts): boolean {
  if (NOT_PLATE_LETTERS.has(latinLetters(parts.series.toUpperCase()))) return false;
  if (LOWER_CASE_WORDS.has(parts.series)) return false;
  if (NUMBER_SIGN_BEFORE.test(text.slice(Math.max(0, start - 3), start))) return false;

  const upper = parts.letters === parts.letters.toUpperCase();
  if (parts.complete && (upper || parts.glued)) return true;
  // Without its region a plate needs a vehicle named before it, and its letters in capitals or
  // glued to the digits ("номер 444 нет" is an answer); typed in lower case with spaces too.
  if (!parts.complete && !upper && !parts.glued) return false;
  return VEHICLE_WORD_BEFORE.test(text.slice(Math.max(0, start - 40), start));
}

function latinLetters(letters: string): string {
  return [...letters].map((letter) => CYRILLIC_TO_LATIN[letter] ?? letter).join('');
}

function isKazakhRegion(region: string): boolean {
  const code = Number(region);
  return code >= 1 && code <= 20;
}

function isRussianRegion(region: string): boolean {
  return RUSSIAN_REGION.test(region);
}
