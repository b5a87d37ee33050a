import { describe, expect, it } from 'vitest';

import { parseDate, unknownZoneAtEnd, type DateParseOptions } from '../../src/collect/dates/parse-date.js';

const almaty: DateParseOptions = { timezone: 'Asia/Almaty' };

function iso(value: string | number, options: DateParseOptions = almaty): string | undefined {
  return parseDate(value, options)?.toISOString();
}

describe('parseDate', () => {
  it('reads RFC 822 with a Russian weekday and month abbreviation and honours its offset', () => {
    expect(iso('Пн, 12 ноя 2024 09:30:00 +0500')).toBe('2024-11-12T04:30:00.000Z');
  });

  it('reads the English RFC 822 form with GMT and with a named US zone', () => {
    expect(iso('Tue, 12 Nov 2024 09:30:00 GMT')).toBe('2024-11-12T09:30:00.000Z');
    expect(iso('Tue, 12 Nov 2024 09:30:00 EST')).toBe('2024-11-12T14:30:00.000Z');
    expect(iso('Tue, 12 Nov 24 09:30 +05:00')).toBe('2024-11-12T04:30:00.000Z');
  });

  it("reads Europe's zone names after the time, not the project's clock in their place", () => {
    expect(iso('Tue, 12 Nov 2024 10:30:00 CET')).toBe('2024-11-12T09:30:00.000Z');
    expect(iso('Wed, 12 Jun 2024 10:30:00 CEST')).toBe('2024-06-12T08:30:00.000Z');
    expect(iso('Wed, 12 Jun 2024 10:30:00 EEST')).toBe('2024-06-12T07:30:00.000Z');
    expect(iso('12.06.2024 10:30 WEST')).toBe('2024-06-12T09:30:00.000Z');
  });

  it('names a zone abbreviation it does not know, and none it knows, for a note on the record', () => {
    const closing = ['Tue, 12 Nov 2024 10:30:00 KST', '12.11.2024 10:30 (IST)', 'Tue, 12 Nov 2024 10:30:00 MSD',
      'Tue, 12 Nov 2024 10:30:00 GMT', '12.11.2024 10:30 ALMT', 'Nov 12, 2024 10:30 PM', '12.11.2024 10:30', 'Tue, 12 Nov 2024 10:30:00 CEST'];
    expect(closing.map(unknownZoneAtEnd)).toEqual(['KST', 'IST', 'MSD', undefined, undefined, undefined, undefined, undefined]);
  });

  it('reads "12 нояб." with a year and a time, without an offset, in the project zone', () => {
    expect(iso('12 нояб. 2024 г., 09:30')).toBe('2024-11-12T04:30:00.000Z');
    expect(iso('12 ноября 2024')).toBe('2024-11-11T19:00:00.000Z');
  });

  it('reads a Kazakh site\'s 12.11.2024 09:30 as 12 November, never month-first', () => {
    expect(iso('12.11.2024 09:30')).toBe('2024-11-12T04:30:00.000Z');
    expect(iso('09:30 12.11.2024')).toBe('2024-11-12T04:30:00.000Z');
    expect(iso('05.03.2024, 18:00:15')).toBe('2024-03-05T13:00:15.000Z');
    expect(iso('12.11.24')).toBe('2024-11-11T19:00:00.000Z');
  });

  it('takes offset-less times in the given zone, not the host zone', () => {
    expect(iso('12.11.2024 09:30', { timezone: 'Europe/Moscow' })).toBe('2024-11-12T06:30:00.000Z');
    expect(iso('2024-11-12T09:30:00', { timezone: 'UTC' })).toBe('2024-11-12T09:30:00.000Z');
  });

  it('respects Almaty moving from UTC+6 to UTC+5 on 2024-03-01', () => {
    expect(iso('29.02.2024 12:00')).toBe('2024-02-29T06:00:00.000Z');
    expect(iso('02.03.2024 12:00')).toBe('2024-03-02T07:00:00.000Z');
  });

  it('reads Kazakh month names, abbreviations and case endings', () => {
    expect(iso('12 қараша 2024 ж. 09:30')).toBe('2024-11-12T04:30:00.000Z');
    expect(iso('2024 жылғы 12 қарашада')).toBe('2024-11-11T19:00:00.000Z');
    expect(iso('5 қаң. 2025')).toBe('2025-01-04T19:00:00.000Z');
    expect(iso('1 желтоқсан 2024')).toBe('2024-11-30T19:00:00.000Z');
    expect(iso('3 sáýir 2024')).toBe('2024-04-02T19:00:00.000Z');
  });

  it('reads September as Kazakh news sites write it in the 2018 Latin alphabet, with a dotless ı', () => {
    expect(iso('3 qyrkúıek 2024')).toBe('2024-09-02T19:00:00.000Z');
    expect(iso('3 Qyrkúıek 2024, 10:00')).toBe('2024-09-03T05:00:00.000Z');
  });

  it('reads ISO 8601 with Z, with an offset, with fractions and date-only', () => {
    expect(iso('2024-11-12T04:30:00Z')).toBe('2024-11-12T04:30:00.000Z');
    expect(iso('2024-11-12T09:30:00.250+05:00')).toBe('2024-11-12T04:30:00.250Z');
    expect(iso('2024-11-12 09:30')).toBe('2024-11-12T04:30:00.000Z');
    expect(iso('2024-11-12')).toBe('2024-11-11T19:00:00.000Z');
  });

  it('reads an ISO date written year first with slashes or dots, and a bracketed zone name', () => {
    expect(iso('2024/11/12 09:30')).toBe('2024-11-12T04:30:00.000Z');
    expect(iso('2024.11.12')).toBe('2024-11-11T19:00:00.000Z');
    expect(iso('2024/1/5 09:30')).toBe('2024-01-05T03:30:00.000Z');
    expect(iso('2024-11-12T09:30+05:00[Asia/Almaty]')).toBe('2024-11-12T04:30:00.000Z');
    expect(iso('2024-11-12T09:30:00[Europe/Moscow]')).toBe('2024-11-12T06:30:00.000Z');
    expect(iso('2024-11-12T09:30:00[Asia/Nowhere]')).toBeUndefined();
    expect(iso('2024/11-12')).toBeUndefined();
  });

  it('reads ISO 8601\'s basic format with its T, as iCalendar and some exporters write it', () => {
    expect(iso('20241205T100000Z')).toBe('2024-12-05T10:00:00.000Z');
    expect(iso('20241205T1000+0500')).toBe('2024-12-05T05:00:00.000Z');
    // No zone: the project's, as for the extended form.
    expect(iso('20241205T100000')).toBe('2024-12-05T05:00:00.000Z');
    expect(iso('20241305T100000Z')).toBeUndefined();
  });

  it('reads an ISO time followed by UTC or GMT and an offset, as Python\'s %Z and logs write it', () => {
    expect(iso('2024-11-12 04:30:00 UTC')).toBe('2024-11-12T04:30:00.000Z');
    expect(iso('2024-11-12 09:30:00 UTC+5')).toBe('2024-11-12T04:30:00.000Z');
    expect(iso('2024-11-12T09:30:00 GMT+05:00')).toBe('2024-11-12T04:30:00.000Z');
    expect(iso('2024-11-12 10:00 UTC+530')).toBe('2024-11-12T04:30:00.000Z');
    expect(iso('2024-11-12 04:30 gmt')).toBe('2024-11-12T04:30:00.000Z');
    expect(iso('2024-11-12T09:30:00+0500')).toBe('2024-11-12T04:30:00.000Z');
    expect(iso('2024-11-12T09:30:00-03')).toBe('2024-11-12T12:30:00.000Z');
  });

  it('reads unix seconds with a fraction, as Python writes them', () => {
    expect(iso('1731385800.25')).toBe('2024-11-12T04:30:00.250Z');
    expect(iso(1731385800.25)).toBe('2024-11-12T04:30:00.250Z');
  });

  it('reads unix seconds and milliseconds, as numbers and digit strings', () => {
    expect(iso(1731385800)).toBe('2024-11-12T04:30:00.000Z');
    expect(iso('1731385800')).toBe('2024-11-12T04:30:00.000Z');
    expect(iso(1731385800123)).toBe('2024-11-12T04:30:00.123Z');
  });

  it('reads unix microseconds and nanoseconds, as numbers and digit strings, to the millisecond', () => {
    expect(iso(1731385800123456)).toBe('2024-11-12T04:30:00.123Z');
    expect(iso('1731385800123456')).toBe('2024-11-12T04:30:00.123Z');
    expect(iso('1731385800123456789')).toBe('2024-11-12T04:30:00.123Z');
    // A number this long has lost its last digits; what is left still names the millisecond.
    expect(iso(Number('1731385800123456789'))).toBe('2024-11-12T04:30:00.123Z');
    expect(iso('946684800000000')).toBe('2000-01-01T00:00:00.000Z');
  });

  it('reads no date from a long number of another length or outside 1990 to 2100', () => {
    expect([
      iso('17313858001234'), iso('17313858001234567'), iso('17313858001234567890'),
      iso(Number('99999999999999999999')), iso('9999999999999999'), iso('0000000000000001'),
    ]).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
  });

  it('reads the Twitter-style asctime form and English month-first words', () => {
    expect(iso('Tue Nov 12 04:30:00 +0000 2024')).toBe('2024-11-12T04:30:00.000Z');
    expect(iso('November 12, 2024 9:30 AM')).toBe('2024-11-12T04:30:00.000Z');
    expect(iso('November 12, 2024 12:15 PM', { timezone: 'UTC' })).toBe('2024-11-12T12:15:00.000Z');
  });

  it('gives a year-less date the latest year that is not in the future', () => {
    const now = new Date('2025-01-10T00:00:00Z');
    const almatyNow = { timezone: 'Asia/Almaty', now };
    expect(iso('12 нояб., 09:30', almatyNow)).toBe('2024-11-12T04:30:00.000Z');
    expect(iso('5 янв 10:00', { timezone: 'Asia/Almaty', now })).toBe('2025-01-05T05:00:00.000Z');
    expect(iso('12 нояб., 09:30')).toBeUndefined();
  });

  it('leaves unreadable and impossible dates undefined', () => {
    expect(iso('вчера')).toBeUndefined();
    expect(iso('11/12/2024')).toBeUndefined();
    expect(iso('31.11.2024')).toBeUndefined();
    expect(iso('5 minutes ago')).toBeUndefined();
    expect(iso('')).toBeUndefined();
    expect(iso(0)).toBeUndefined();
  });

  it('names an unknown zone in its error', () => {
    expect(() => parseDate('12.11.2024', { timezone: 'Asia/Nowhere' })).toThrow(/Asia\/Nowhere/);
  });
});

describe('parseDate: spreadsheet dates', () => {
  it('reads Excel serial numbers as the wall clock of the project zone', () => {
    expect(iso(45361.6041666667)).toBe('2024-03-10T09:30:00.000Z');
    expect(iso('45361')).toBe('2024-03-09T19:00:00.000Z');
    // 2024-02-29 18:00 was UTC+6 in Almaty.
    expect(iso('45351.75')).toBe('2024-02-29T12:00:00.000Z');
  });

  it('reads a date with slashes by the part over 12, else by the order given, else not at all', () => {
    expect(iso('3/13/2024')).toBe('2024-03-12T19:00:00.000Z');
    expect(iso('13/03/2024')).toBe('2024-03-12T19:00:00.000Z');
    expect(iso('03/10/2024 14:30')).toBeUndefined();
    expect(iso('03/10/2024 14:30', { ...almaty, numericOrder: 'day-first' })).toBe('2024-10-03T09:30:00.000Z');
    expect(iso('03/10/2024 14:30', { ...almaty, numericOrder: 'month-first' })).toBe('2024-03-10T09:30:00.000Z');
    expect(iso('03/03/2024')).toBe('2024-03-02T19:00:00.000Z');
    expect(iso('13-03-2024')).toBe('2024-03-12T19:00:00.000Z');
  });

  it('reads a date with slashes and a 12-hour clock month first, as US tools write it', () => {
    expect(iso('03/10/2024 2:30 PM')).toBe('2024-03-10T09:30:00.000Z');
    expect(iso('03/10/2024 12:05 AM')).toBe('2024-03-09T19:05:00.000Z');
  });

  it('reads an ISO day with a 12-hour time, as a Date column beside a Time column joins them', () => {
    expect(iso('2024-03-10 2:30 PM')).toBe('2024-03-10T09:30:00.000Z');
    expect(iso('2024-03-10 9:05')).toBe('2024-03-10T04:05:00.000Z');
    expect(iso('45361 14:30')).toBe('2024-03-10T09:30:00.000Z');
  });

  it('leaves a slashed date that fits neither order unread', () => {
    expect(iso('13/13/2024')).toBeUndefined();
    expect(iso('3/10/2024/1')).toBeUndefined();
  });
});

// News sites and channels print recent posts as "Сегодня, 14:05" or "5 минут назад"; unread,
// they took the first-seen time, the wrong day for an archive page read days later.
describe('parseDate with the time of reading', () => {
  // 10:30 on Thursday 5 December 2024 in Almaty (UTC+5).
  const readAt = new Date('2024-12-05T05:30:00Z');
  const reading: DateParseOptions = { timezone: 'Asia/Almaty', now: readAt, readAt };

  it.each([
    ['Сегодня, 14:05', '2024-12-05T09:05:00.000Z'],
    ['сегодня в 9:30', '2024-12-05T04:30:00.000Z'],
    ['Вчера в 23:59', '2024-12-04T18:59:00.000Z'],
    ['позавчера, 08.15', '2024-12-03T03:15:00.000Z'],
    ['Бүгін, 10:00', '2024-12-05T05:00:00.000Z'],
    ['кеше 14:05', '2024-12-04T09:05:00.000Z'],
    ['Yesterday at 2:05 PM', '2024-12-04T09:05:00.000Z'],
    ['today 12:00 am', '2024-12-04T19:00:00.000Z'],
    ['5 минут назад', '2024-12-05T05:25:00.000Z'],
    ['час назад', '2024-12-05T04:30:00.000Z'],
    ['2 часа назад', '2024-12-05T03:30:00.000Z'],
    ['3 сағат бұрын', '2024-12-05T02:30:00.000Z'],
    ['45 mins ago', '2024-12-05T04:45:00.000Z'],
    ['2 дня назад', '2024-12-03T05:30:00.000Z'],
    ['только что', '2024-12-05T05:30:00.000Z'],
  ])('reads %j counted from the time of reading', (text, expected) => {
    expect(iso(text, reading)).toBe(expected);
  });

  it('leaves them unread without a time of reading (a file\'s import time is none), and words that are no date', () => {
    expect(iso('Сегодня, 14:05')).toBeUndefined();
    expect(iso('5 минут назад', { timezone: 'Asia/Almaty', now: readAt })).toBeUndefined();
    expect(iso('5 лет назад', reading)).toBeUndefined();
    expect(iso('сегодня', reading)).toBeUndefined();
    expect(iso('сегодняшний 14:05', reading)).toBeUndefined();
    expect(iso('Сегодня, 25:05', reading)).toBeUndefined();
  });
});

describe('parseDate: a zone abbreviation after the date', () => {
  const moscow: DateParseOptions = { timezone: 'Europe/Moscow' };

  it('places the time in the zone it names, not the project zone, in a feed date as in ISO', () => {
    expect(iso('Thu, 12 Nov 2025 09:30:00 ALMT', moscow)).toBe('2025-11-12T04:30:00.000Z');
    expect(iso('2025-11-12T09:30:00 ALMT', moscow)).toBe('2025-11-12T04:30:00.000Z');
    expect(iso('2025-11-12 09:30 (QYZT)', moscow)).toBe('2025-11-12T04:30:00.000Z');
    expect(iso('2025-11-12 09:30 MSK')).toBe('2025-11-12T06:30:00.000Z');
  });

  it('lets a written offset win over the abbreviation, and leaves a word it does not list unread', () => {
    expect(iso('2025-11-12T09:30:00+06:00 ALMT')).toBe('2025-11-12T03:30:00.000Z');
    expect(iso('2025-11-12 09:30 XYZT')).toBeUndefined();
  });
});

describe("parseDate: .NET's JSON date", () => {
  it('reads /Date(ms)/ as unix milliseconds, an offset after them naming only the writer\'s zone', () => {
    expect(iso('/Date(1764925380000)/')).toBe('2025-12-05T09:03:00.000Z');
    expect(iso('/Date(1764925500000+0500)/')).toBe('2025-12-05T09:05:00.000Z');
    expect(iso('/Date(abc)/')).toBeUndefined();
  });
});
