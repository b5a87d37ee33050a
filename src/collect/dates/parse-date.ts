import { IANAZone } from 'luxon';

import { monthNumber } from './month-names.js';
import { zoneNamedAtEnd } from './zone-abbreviations.js';
import { zoneOffsets, type ZoneOffsets } from './zone-offsets.js';

/**
 * Reads the dates that feeds, exports and spreadsheets carry:
 *
 * - ISO 8601 / RFC 3339: `2024-11-12T09:30:00+05:00`, `2024-11-12 09:30`, `2024-11-12`; the
 *   same year first with `/` or `.` (`2024/11/12 09:30`, as some spreadsheets and Asian locales
 *   write it); a zone name in brackets after it (`2024-11-12T09:30+05:00[Asia/Almaty]`, RFC 9557,
 *   as Java's ZonedDateTime prints), which places a time that has no offset, as a zone's
 *   abbreviation or bare name after any date does (`2024-11-12 09:30 ALMT`, `… Europe/Moscow`,
 *   `zone-abbreviations.ts`), and an offset in brackets (`2024-11-12 09:30 (UTC+05:00)`) is read;
 * - RFC 822 and its relatives, with English, Russian and Kazakh month names and weekday
 *   abbreviations: `Tue, 12 Nov 2024 09:30:00 GMT`, `Пн, 12 ноя 2024 09:30:00 +0500`,
 *   `12 нояб. 2024 г., 09:30`, `2024 жылғы 12 қарашада`, `Wed Nov 12 09:30:00 +0000 2024`;
 * - day-first numeric dates as written in Kazakhstan and Russia: `12.11.2024 09:30`,
 *   `09:30 12.11.24`;
 * - numeric dates with slashes or dashes, which spreadsheets and US listening tools write month
 *   first (`3/13/2024 2:30 PM`) and Kazakh and Russian users day first (`13/03/2024`): a part
 *   over 12 settles the order; otherwise `numericOrder` does (an importer's reading of the whole
 *   column), else a 12-hour clock marks the US order, else the date stays unread;
 * - Excel serial dates (`45361.6041666667`, or `45361,6041666667` as Excel writes the fraction
 *   in Russian and Kazakh; days since 1899-12-30, the wall clock of the project's zone), as a
 *   spreadsheet saved to CSV without a date format writes them;
 * - unix time in seconds, milliseconds, microseconds or nanoseconds, as a number or a string of
 *   digits (10, 13, 16 or 19 of them for today's dates; database exports and Python's
 *   `time.time_ns() // 1000` write microseconds, Go's `UnixNano()` and pandas nanoseconds);
 *   seconds may carry a fraction (`1731385800.25`, what Python's `time.time()` writes); .NET's
 *   `/Date(…)/`;
 * - with `readAt`, the words news sites and channels print for recent posts: a day counted back
 *   with a time (`Сегодня, 14:05`, `вчера в 09:30`, `кеше 14:05`, `yesterday at 2:05 PM`) and a
 *   time ago (`5 минут назад`, `час назад`, `2 сағат бұрын`, `3 hours ago`, `только что`).
 *
 * An explicit offset or zone is honoured. A time without one is read in the project's zone,
 * never the host's: `12.11.2024 09:30` from an Almaty site is 04:30 UTC (UTC+5 since
 * 2024-03-01, UTC+6 before; the zone database knows both).
 */
export interface DateParseOptions {
  /** IANA zone for times that carry no offset, e.g. 'Asia/Almaty'. */
  readonly timezone: string;
  /**
   * When the date has no year (`12 нояб., 09:30`, as news sites print this year's dates), the
   * latest such date not after this time is taken. Without it such dates stay unread.
   */
  readonly now?: Date;
  /**
   * When the text was read from its site (live collection): "Сегодня, 14:05" and "5 минут
   * назад" count from it. A file has no such time (an export made days before its import says
   * "вчера" of its own day), so importers leave it out and such dates stay unread.
   */
  readonly readAt?: Date;
  /**
   * How to read a date such as `03/10/2024` whose first two parts could each be the month; an
   * importer decides it for a whole column from the dates that are not ambiguous.
   */
  readonly numericOrder?: NumericDateOrder;
}

export type NumericDateOrder = 'day-first' | 'month-first';

const ISO_DATE_TIME =
  /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|(?:UTC|GMT)(?:\s*[+-]\d{1,2}(?::?\d{2})?)?|[+-]\d{2}(?::?\d{2})?)?$/i;
/**
 * ISO 8601's basic format, as iCalendar, S3 and some exporters write it: `20241205T100000Z`,
 * `20241205T1000+0500`. The "T" is required: eight digits alone are as often an id.
 */
const ISO_BASIC_DATE_TIME = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(?:(\d{2})(?:[.,](\d{1,9}))?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
const OFFSET_IN_BRACKETS = /\s*\(((?:UTC|GMT)\s*[+-]\d{1,2}(?::?\d{2})?)\)$/i;
/** A zone name in brackets closing an ISO time (RFC 9557): `…+05:00[Asia/Almaty]`. */
const BRACKETED_ZONE = /^(.*?)\s*\[([^\]\s]+)\]$/;

const TIME_OF_DAY = /(?<![\d.:])(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:\s*([ap])\.?m\.?(?![\p{L}]))?/iu;

/** An offset or zone right after the time: `+0500`, `+05:00`, `GMT+5`, `UTC`, `Z`, `EST`, `CEST`. */
const ZONE_AFTER_TIME =
  /^\s*(?:(GMT|UTC|UT)\s*)?(?:([+-])(\d{1,2})(?::?(\d{2}))?|(Z|[ECMP][SD]T|MSK|[CEW]ES?T)(?![\p{L}]))?/iu;

/** The two shapes that fill most feeds, read in one match each before the general reader. */
const RFC_822 =
  /^(?:\p{L}+\.?,\s*)?(\d{1,2})\s+(\p{L}+\.?)\s+(\d{4}|\d{2})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{4}|GMT|UTC?|Z)$/iu;
const DAY_FIRST_DATE_TIME = /^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const DAY_FIRST_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})$/;
/** `3/13/2024`, `13/03/2024`, `13-03-2024`: which part is the month depends on who wrote it. */
export const SLASHED_DATE = /^(\d{1,2})([/-])(\d{1,2})\2(\d{4}|\d{2})$/;
/** Words around a numeric date: `12.11.2024 г. в 09:30`, `12.11.2024 ж.`, `on 12.11.2024 at`. */
const FILLER_WORDS = /(?<![\p{L}])(?:в|at|on|г|года|ж|жылы|жылғы)\.?(?![\p{L}])/giu;
const WORDS_AND_NUMBERS = /[\p{L}]+\.?|\d+/gu;

/**
 * RFC 822 zone names, the one Russian name seen in feeds, and Europe's, which German, Baltic and
 * Turkish sites write (`… 10:30:00 CEST`: read as the project's clock, it was three hours off);
 * offsets in minutes.
 */
const NAMED_ZONES: ReadonlyMap<string, number> = new Map([
  ['z', 0],
  ['est', -300],
  ['edt', -240],
  ['cst', -360],
  ['cdt', -300],
  ['mst', -420],
  ['mdt', -360],
  ['pst', -480],
  ['pdt', -420],
  ['msk', 180],
  ['wet', 0],
  ['west', 60],
  ['cet', 60],
  ['cest', 120],
  ['eet', 120],
  ['eest', 180],
]);

const UNIX_SECONDS = /^\d{9,10}(?:\.\d{1,9})?$/;
/**
 * Excel serials of 1990-01-01 and 2100-12-31; as unix seconds these fall in 1970, never read.
 * Excel in Russian and Kazakh writes their fraction after a comma (`45361,6041666667`).
 */
const EXCEL_SERIAL = /^\d{5}(?:[.,]\d+)?$/;
const EXCEL_FIRST = 32_874;
const EXCEL_LAST = 73_416;
/** Excel's day 0 (its serials count from 1900-01-00 and take 1900 for a leap year). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
const UNIX_MILLIS = /^\d{12,13}$/;
/** Microseconds (16 digits today) and nanoseconds (19): a number of other length is no date. */
const UNIX_MICROS_OR_NANOS = /^(?:\d{15,16}|\d{18,19})$/;
/**
 * .NET's JSON date, as ASP.NET services and DataContractJsonSerializer write it:
 * `/Date(1764925380000)/`, unix milliseconds; an offset after them (`+0500`) names the writer's
 * zone only, not a shift of the instant.
 */
const DOT_NET_DATE = /^\/Date\((\d{12,13})(?:[+-]\d{4})?\)\/$/;
export const EARLIEST_YEAR = 1990;
export const LATEST_YEAR = 2100;
const MILLIS_THRESHOLD = 100_000_000_000;
const MICROS_THRESHOLD = 100_000_000_000_000;
const NANOS_THRESHOLD = 100_000_000_000_000_000;

interface DateParts {
  year: number | undefined;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  /** Minutes east of UTC when the text gave an offset or zone. */
  offset: number | undefined;
}

/** Capitals after a time that look like a zone's abbreviation: `10:30:00 KST`, `10:30 (IST)`. */
const LETTERS_AFTER_TIME = /\d{1,2}:\d{2}(?::\d{2})?\s*\(?([A-Z]{2,5})\)?$/;
const NOT_ZONES = new Set(['AM', 'PM']);

/**
 * The zone abbreviation closing a date that the parser does not know (`KST`, `IST`, `MSD`), so
 * read the time on the project's clock: a caller notes it, since the time may be hours off.
 * Undefined when the date ends in no such letters or in a zone it knows.
 */
export function unknownZoneAtEnd(text: string): string | undefined {
  const letters = LETTERS_AFTER_TIME.exec(text.trim())?.[1];
  if (letters === undefined || NOT_ZONES.has(letters) || zoneNamedAtEnd(text.trim()) !== undefined) return undefined;
  const known = ZONE_AFTER_TIME.exec(` ${letters}`);
  return known?.[1] !== undefined || known?.[5] !== undefined ? undefined : letters;
}

/** The instant a date string or number names, or undefined when it cannot be read. */
export function parseDate(value: string | number, options: DateParseOptions): Date | undefined {
  if (typeof value === 'number') return fromExcelSerial(value, options) ?? fromUnixNumber(value);

  // Windows and some exporters put the offset in brackets: `2025-12-05 14:03 (UTC+05:00)`.
  const text = value.trim().replace(OFFSET_IN_BRACKETS, ' $1');
  if (UNIX_SECONDS.test(text) || UNIX_MILLIS.test(text)) return fromUnixNumber(Number(text));
  if (UNIX_MICROS_OR_NANOS.test(text)) return fromUnixDigits(text);
  const dotNet = DOT_NET_DATE.exec(text);
  if (dotNet) return fromUnixNumber(Number(dotNet[1]));
  if (EXCEL_SERIAL.test(text)) return fromExcelSerial(Number(text.replace(',', '.')), options);
  const bracketed = BRACKETED_ZONE.exec(text);
  if (bracketed) return readIsoInNamedZone(bracketed[1]!, bracketed[2]!, options);
  // One reader for feeds and files: `2026-11-12 09:30 ALMT` in a CSV column as in a feed.
  const zoned = zoneNamedAtEnd(text);
  if (zoned) return parseDate(zoned.rest, { ...options, timezone: zoned.zone });

  const parts =
    readIso(text) ?? readRfc822(text) ?? readDayFirst(text) ?? readWithTimeAndWords(text, options);
  if (!parts) return options.readAt ? readRelative(text, options, options.readAt) : undefined;
  return toInstant(parts, options);
}

/** Days back from today by the word a site writes for them. */
const DAYS_BACK: ReadonlyMap<string, number> = new Map([
  ['сегодня', 0], ['бүгін', 0], ['today', 0],
  ['вчера', 1], ['кеше', 1], ['yesterday', 1],
  ['позавчера', 2], ['алдыңғы күні', 2],
]);
const DAY_WORD_AND_TIME =
  /^(сегодня|вчера|позавчера|бүгін|кеше|алдыңғы күні|today|yesterday)(?![\p{L}])[\s,]*(?:в|во|at|сағат)?\s*(\d{1,2})[:.](\d{2})(?:\s*([ap])\.?\s*m\.?)?$/iu;
/** Minutes in each unit of a time ago. */
const UNIT_MINUTES: readonly [RegExp, number][] = [
  [/^(?:минут[уы]?|мин\.?|минут|minutes?|mins?)$/iu, 1],
  [/^(?:час(?:а|ов)?|ч\.?|сағат|hours?|hrs?)$/iu, 60],
  [/^(?:день|дня|дней|күн|days?)$/iu, 1440],
];
const TIME_AGO = /^(?:(\d{1,3})\s*)?(\p{L}+\.?)\s+(?:назад|бұрын|ago)$/iu;
const JUST_NOW = /^(?:только что|жаңа ғана|just now)$/iu;

/**
 * A recent post's date as sites print it, counted from `readAt` on the project's clock: "Сегодня,
 * 14:05", "вчера в 09:30", "5 минут назад". Left unread, such posts took their first-seen time,
 * which for an archive page read days later is the wrong day.
 */
function readRelative(text: string, options: DateParseOptions, now: Date): Date | undefined {
  const lower = text.toLowerCase().replace(/\s+/g, ' ');
  if (JUST_NOW.test(lower)) return now;
  const ago = TIME_AGO.exec(lower);
  if (ago) {
    const minutes = UNIT_MINUTES.find(([unit]) => unit.test(ago[2]!))?.[1];
    return minutes === undefined ? undefined : new Date(now.getTime() - Number(ago[1] ?? 1) * minutes * 60_000);
  }
  const dayWord = DAY_WORD_AND_TIME.exec(lower);
  if (!dayWord) return undefined;
  const today = new Date(zoneOffsets(options.timezone).toWallClock(now.getTime()));
  const day = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() - DAYS_BACK.get(dayWord[1]!)!));
  const hour = toTwentyFourHour(Number(dayWord[2]), dayWord[4]);
  return toInstant({
    year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate(),
    hour, minute: Number(dayWord[3]), second: 0, millisecond: 0, offset: undefined,
  }, options);
}

/** An ISO time followed by its zone's name: the offset, when written, wins over the name. */
function readIsoInNamedZone(
  text: string,
  zone: string,
  options: DateParseOptions,
): Date | undefined {
  const parts = readIso(text);
  if (!parts || !IANAZone.isValidZone(zone)) return undefined;
  return toInstant(parts, { ...options, timezone: zone });
}

/**
 * Unix time as a number: seconds below 10^11, milliseconds below 10^14, microseconds below 10^17,
 * nanoseconds above. Each unit's plausible years (1990 to 2100) lie inside its own range, so a
 * number is never read in two units.
 */
function fromUnixNumber(value: number): Date | undefined {
  if (!Number.isFinite(value) || value <= 0) return undefined;
  const millis = value < MILLIS_THRESHOLD ? value * 1000
    : value < MICROS_THRESHOLD ? value
    : value < NANOS_THRESHOLD ? value / 1000
    : value / 1_000_000;
  const date = new Date(millis);
  return inPlausibleRange(date.getUTCFullYear()) ? date : undefined;
}

/**
 * Microseconds or nanoseconds written as digits, read exactly to the millisecond: 19 digits are
 * more than a JavaScript number holds (a JSON reader keeps such a number as its digits).
 */
function fromUnixDigits(digits: string): Date | undefined {
  const fractionDigits = digits.length <= 16 ? 3 : 6;
  return fromUnixNumber(Number(digits.slice(0, -fractionDigits)));
}

/** A spreadsheet's serial day number, its fraction the time of day, on the project's wall clock. */
function fromExcelSerial(serial: number, options: DateParseOptions): Date | undefined {
  if (!(serial >= EXCEL_FIRST && serial < EXCEL_LAST)) return undefined;
  // Rounded to the second: Excel stores 14:30 as 0.6041666667 of a day, a few µs off.
  const wallClock = Math.round((EXCEL_EPOCH + serial * DAY_MS) / 1000) * 1000;
  return new Date(zoneOffsets(options.timezone).toInstant(wallClock));
}

function readIso(text: string): DateParts | undefined {
  const extended = ISO_DATE_TIME.exec(text);
  // The extended form's second group is the separator, which the basic form has none of.
  const fields = extended ? [extended[1], ...extended.slice(3)] : ISO_BASIC_DATE_TIME.exec(text)?.slice(1);
  if (!fields) return undefined;
  const [year, month, day, hour, minute, second, fraction, zone] = fields;
  return {
    year: Number(year),
    month: Number(month),
    day: Number(day),
    hour: Number(hour ?? 0),
    minute: Number(minute ?? 0),
    second: Number(second ?? 0),
    millisecond: fraction ? Number(fraction.slice(0, 3).padEnd(3, '0')) : 0,
    offset: zone === undefined ? undefined : readOffset(zone),
  };
}

/** `Tue, 12 Nov 2024 09:30:00 +0500`, `Пн, 12 ноя 2024 09:30:00 GMT`. */
function readRfc822(text: string): DateParts | undefined {
  const match = RFC_822.exec(text);
  const month = match ? monthNumber(match[2]!) : undefined;
  if (!match || month === undefined) return undefined;
  const [, day, , year, hour, minute, second, zone] = match;
  return {
    year: fullYear(Number(year), year!.length),
    month,
    day: Number(day),
    hour: Number(hour),
    minute: Number(minute),
    second: Number(second ?? 0),
    millisecond: 0,
    offset: /^[+-]/.test(zone!) ? readOffset(zone!) : 0,
  };
}

/** `12.11.2024 09:30`, `12.11.2024, 09:30:15`, `12.11.24`: day first, always. */
function readDayFirst(text: string): DateParts | undefined {
  const match = DAY_FIRST_DATE_TIME.exec(text);
  if (!match) return undefined;
  const [, day, month, year, hour, minute, second] = match;
  return {
    year: fullYear(Number(year), year!.length),
    month: Number(month),
    day: Number(day),
    hour: Number(hour ?? 0),
    minute: Number(minute ?? 0),
    second: Number(second ?? 0),
    millisecond: 0,
    offset: undefined,
  };
}

/**
 * `+05:00`, `+0500`, `+05`, `Z`, and after `UTC` or `GMT` (`UTC`, `UTC+5`, `GMT+05:30`, as
 * Python's `%Z` and logs write them) → minutes east of UTC.
 */
function readOffset(zone: string): number {
  const offset = zone.replace(/^(?:UTC|GMT)\s*/i, '');
  if (offset === '' || offset.toUpperCase() === 'Z') return 0;
  const sign = offset.startsWith('-') ? -1 : 1;
  const [digits = '', afterColon] = offset.slice(1).split(':');
  // Without a colon the last two of three or four digits are the minutes: +0530, +530.
  const hours = afterColon !== undefined || digits.length <= 2 ? digits : digits.slice(0, -2);
  const minutes = afterColon ?? (digits.length <= 2 ? '0' : digits.slice(-2));
  return sign * (Number(hours) * 60 + Number(minutes));
}

/**
 * Everything that is not ISO: take the time of day (and the zone right after it) out of the text,
 * then read what is left as a day-first numeric date, a date with slashes, or words and numbers
 * in any order (`12 Nov 2024`, `Nov 12, 2024`, `2024 жылғы 12 қараша`). A date with dots is
 * never read month-first.
 */
function readWithTimeAndWords(text: string, options: DateParseOptions): DateParts | undefined {
  let rest = text;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let offset: number | undefined;
  let twelveHourClock = false;

  const time = TIME_OF_DAY.exec(text);
  if (time) {
    hour = Number(time[1]);
    minute = Number(time[2]);
    second = Number(time[3] ?? 0);
    hour = toTwentyFourHour(hour, time[4]);
    twelveHourClock = time[4] !== undefined;

    const afterTime = text.slice(time.index + time[0].length);
    const zone = ZONE_AFTER_TIME.exec(afterTime);
    offset = zone ? zoneOffset(zone) : undefined;
    const zoneLength = zone?.[0].length ?? 0;
    rest = `${text.slice(0, time.index)} ${afterTime.slice(zoneLength)}`;
  }

  const order = options.numericOrder ?? (twelveHourClock ? 'month-first' : undefined);
  const date = readDayFirstNumbers(rest) ?? readSlashedNumbers(rest, order) ?? readIsoDay(rest)
    ?? readExcelDay(rest) ?? readWordsAndNumbers(rest);
  if (!date) return undefined;
  return { ...date, hour, minute, second, millisecond: 0, offset };
}

function toTwentyFourHour(hour: number, meridiem: string | undefined): number {
  if (!meridiem) return hour;
  const afternoon = meridiem.toLowerCase() === 'p';
  if (hour === 12) return afternoon ? 12 : 0;
  return afternoon ? hour + 12 : hour;
}

function zoneOffset(zone: RegExpExecArray): number | undefined {
  const [, utcPrefix, sign, hours, minutes, name] = zone;
  if (sign !== undefined && hours !== undefined) {
    return (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes ?? 0));
  }
  if (name !== undefined) return NAMED_ZONES.get(name.toLowerCase());
  return utcPrefix !== undefined ? 0 : undefined;
}

type CalendarDay = Pick<DateParts, 'year' | 'month' | 'day'>;

function readDayFirstNumbers(text: string): CalendarDay | undefined {
  const match = DAY_FIRST_DATE.exec(text.replace(FILLER_WORDS, ' ').replace(/,/g, ' ').trim());
  if (!match) return undefined;
  const [, day, month, year] = match;
  return { day: Number(day), month: Number(month), year: fullYear(Number(year), year!.length) };
}

/** An Excel serial day beside a time (`45361 14:30`: a Date column of numbers, a Time column). */
function readExcelDay(text: string): CalendarDay | undefined {
  const serial = Number(text.trim());
  if (!/^\d{5}$/.test(text.trim()) || serial < EXCEL_FIRST || serial >= EXCEL_LAST) return undefined;
  const day = new Date(EXCEL_EPOCH + serial * DAY_MS);
  return { year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate() };
}

/** `2024-03-10` left when a time the ISO form does not allow was taken out (`2:30 PM`). */
function readIsoDay(text: string): CalendarDay | undefined {
  const parts = readIso(text.trim());
  return parts && { year: parts.year, month: parts.month, day: parts.day };
}

/**
 * `3/13/2024` or `13/03/2024`: a part over 12 is the day; when neither is, `order` decides, and
 * without one `03/10/2024` stays unread rather than be put in the wrong month.
 */
function readSlashedNumbers(text: string, order: NumericDateOrder | undefined): CalendarDay | undefined {
  const match = SLASHED_DATE.exec(text.replace(FILLER_WORDS, ' ').replace(/,/g, ' ').trim());
  if (!match) return undefined;
  const [, first, , second, year] = match;
  const ambiguous = Number(first) <= 12 && Number(second) <= 12 && first !== second;
  if (ambiguous && order === undefined) return undefined;
  const monthFirst = Number(first) <= 12 && (Number(second) > 12 || order === 'month-first');
  const [month, day] = monthFirst ? [first, second] : [second, first];
  return { day: Number(day), month: Number(month), year: fullYear(Number(year), year!.length) };
}

/**
 * Words name the month and are otherwise ignored (weekdays, `г.`, `жылғы`); the first short
 * number is the day, a four-digit one the year, and a second short number a two-digit year
 * (`12 Nov 24`, which RFC 822 allows). Anything more is ambiguous and left unread.
 */
function readWordsAndNumbers(text: string): CalendarDay | undefined {
  let month: number | undefined;
  let year: number | undefined;
  const shortNumbers: number[] = [];

  for (const [token] of text.matchAll(WORDS_AND_NUMBERS)) {
    if (!isDigit(token.charCodeAt(0))) {
      month ??= monthNumber(token);
    } else if (token.length === 4 && year === undefined) {
      year = Number(token);
    } else if (token.length <= 2) {
      shortNumbers.push(Number(token));
    } else {
      return undefined;
    }
  }

  const [day, twoDigitYear, ...more] = shortNumbers;
  if (month === undefined || day === undefined || more.length > 0) return undefined;
  if (twoDigitYear !== undefined) {
    if (year !== undefined) return undefined;
    year = fullYear(twoDigitYear, 2);
  }
  return { year, month, day };
}

function fullYear(year: number, digits: number): number {
  return digits === 2 ? 2000 + year : year;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function toInstant(parts: DateParts, options: DateParseOptions): Date | undefined {
  const zone = parts.offset === undefined ? zoneOffsets(options.timezone) : undefined;
  const yearZone = zone ?? zoneOffsets(options.timezone);
  const year = parts.year ?? yearNotAfter(parts, yearZone, options.now);
  if (year === undefined || !inPlausibleRange(year) || !isRealTime(parts, year)) return undefined;

  const wallClock = wallClockOf(parts, year);
  const instant = zone ? zone.toInstant(wallClock) : wallClock - parts.offset! * 60_000;
  return new Date(instant);
}

/** The latest year in which the day and time fall on or before `now` (plus a day of clock skew). */
function yearNotAfter(
  parts: DateParts,
  zone: ZoneOffsets,
  now: Date | undefined,
): number | undefined {
  if (!now) return undefined;
  const currentYear = new Date(zone.toWallClock(now.getTime())).getUTCFullYear();
  const thisYear = zone.toInstant(wallClockOf(parts, currentYear));
  return thisYear > now.getTime() + 86_400_000 ? currentYear - 1 : currentYear;
}

function wallClockOf(parts: DateParts, year: number): number {
  const { month, day, hour, minute, second, millisecond } = parts;
  return Date.UTC(year, month - 1, day, hour, minute, second, millisecond);
}

/** Rejects 31 November, 24:30 and the like instead of rolling them over. */
function isRealTime(parts: DateParts, year: number): boolean {
  const { month, day, hour, minute, second } = parts;
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function inPlausibleRange(year: number): boolean {
  return year >= EARLIEST_YEAR && year <= LATEST_YEAR;
}
