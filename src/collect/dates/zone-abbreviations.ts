import { IANAZone } from 'luxon';

/**
 * Zone abbreviations that Kazakh, Russian and Central Asian sites and exports write after a time
 * (`2026-11-12 09:30 ALMT`, `… 14:03 MSK`), by the IANA zone they name. The zone, not a fixed
 * offset: ALMT was UTC+6 until 2024-03-01 and UTC+5 after, MSK UTC+4 from 2011 to 2014.
 * Abbreviations that name several zones (CST, IST, EET in some tools) are left out.
 */
const ZONES_BY_ABBREVIATION: ReadonlyMap<string, string> = new Map([
  ['ALMT', 'Asia/Almaty'],
  ['AQTT', 'Asia/Aqtau'],
  ['ORAT', 'Asia/Oral'],
  ['QYZT', 'Asia/Qyzylorda'],
  ['MSK', 'Europe/Moscow'],
  ['YEKT', 'Asia/Yekaterinburg'],
  ['OMST', 'Asia/Omsk'],
  ['NOVT', 'Asia/Novosibirsk'],
  ['KRAT', 'Asia/Krasnoyarsk'],
  ['IRKT', 'Asia/Irkutsk'],
  ['KGT', 'Asia/Bishkek'],
  ['UZT', 'Asia/Tashkent'],
  ['TJT', 'Asia/Dushanbe'],
  ['TMT', 'Asia/Ashgabat'],
]);

/** A listed abbreviation closing a date, after its time or day, bare or in brackets: `(ALMT)`. */
const ABBREVIATION_AT_END = /^(.*\d)\s*\(?([A-Za-z]{3,4})\)?$/;

/** An IANA zone's name closing a date without brackets (`2025-12-05T14:03:00 Europe/Moscow`). */
const ZONE_NAME_AT_END = /^(.*\d)\s+([A-Za-z]+(?:\/[A-Za-z0-9_+-]+){1,2})$/;

/**
 * The date without the zone that closes it, an abbreviation or an IANA name (as Java and some
 * databases print a zoned time), and that zone; undefined without one.
 */
export function zoneNamedAtEnd(text: string): { rest: string; zone: string } | undefined {
  const named = ZONE_NAME_AT_END.exec(text);
  if (named && IANAZone.isValidZone(named[2]!)) return { rest: named[1]!, zone: named[2]! };
  const match = ABBREVIATION_AT_END.exec(text);
  const zone = match ? ZONES_BY_ABBREVIATION.get(match[2]!.toUpperCase()) : undefined;
  return zone === undefined ? undefined : { rest: match![1]!, zone };
}
