import { IANAZone } from 'luxon';

/** A column's name without the time zone it names, and that zone as an IANA name. */
export interface ZonedColumnName {
  readonly name: string;
  readonly zone: string;
}

/** `Date (GMT)`, `Дата (UTC+6)`, `Date [Asia/Almaty]`, `Дата, МСК`. */
const ZONE_IN_BRACKETS = /^(.*?)[\s,]*[([]\s*([^()[\]]+?)\s*[)\]]$/u;
/** `Дата, МСК`, `created_at_utc`, `date_gmt`, `Time UTC+5`. */
const ZONE_AFTER_NAME = /^(.*?\p{L})[\s,_-]+((?:utc|gmt)(?:\s*[+-]\s*\d{1,2}(?::?00)?)?|msk|мск|almt)$/iu;
const UTC_OFFSET = /^(?:utc|gmt)\s*(?:([+-])\s*(\d{1,2})(?::?00)?)?$/i;
const NAMED_ZONES: ReadonlyMap<string, string> = new Map([
  ['z', 'UTC'],
  ['msk', 'Europe/Moscow'],
  ['мск', 'Europe/Moscow'],
  ['москва', 'Europe/Moscow'],
  ['almt', 'Asia/Almaty'],
  ['алматы', 'Asia/Almaty'],
  ['almaty', 'Asia/Almaty'],
]);
const LATEST_OFFSET_HOURS = 14;

/**
 * The name and zone of a date or time column whose name says the zone its times are written in,
 * as exports do when they are not written in the reader's zone: `Date (GMT)` (UTC), `Дата (UTC+6)`
 * (an export made in Almaty before 2024, when the city was at UTC+6), `Дата (МСК)` (Russian
 * listening tools write Moscow time), `date_gmt` (WordPress), `created_at_utc`. Undefined when
 * the name names no zone. Offsets of whole hours only: the zone database has no name for others.
 */
export function zonedColumnName(column: string): ZonedColumnName | undefined {
  const match = ZONE_IN_BRACKETS.exec(column.trim()) ?? ZONE_AFTER_NAME.exec(column.trim());
  if (!match || match[1]!.trim() === '') return undefined;
  const zone = zoneNamed(match[2]!);
  return zone === undefined ? undefined : { name: match[1]!.trim(), zone };
}

function zoneNamed(written: string): string | undefined {
  const named = NAMED_ZONES.get(written.toLowerCase());
  if (named) return named;

  const offset = UTC_OFFSET.exec(written);
  if (offset) {
    const hours = Number(offset[2] ?? 0);
    if (hours === 0) return 'UTC';
    // The zone database's Etc names count the other way: Etc/GMT-6 is six hours east of UTC.
    return hours > LATEST_OFFSET_HOURS ? undefined : `Etc/GMT${offset[1] === '+' ? '-' : '+'}${hours}`;
  }
  return written.includes('/') && IANAZone.isValidZone(written) ? written : undefined;
}
