import { IANAZone } from 'luxon';

/** Offsets change on whole quarter hours at most; one lookup serves every instant in a quarter. */
const BUCKET_MILLIS = 15 * 60_000;
/** Enough quarters for years of posts; past it the cache starts again rather than grow. */
const MAX_CACHED_QUARTERS = 200_000;

/**
 * Converts wall-clock times of one IANA zone to instants. Asking the zone database (through
 * `Intl`) for every post costs more than the rest of an import together, so each zone's offset is
 * looked up once per quarter hour of UTC time and remembered.
 */
export class ZoneOffsets {
  readonly #zone: IANAZone;
  readonly #offsets = new Map<number, number>();

  constructor(timezone: string) {
    const zone = IANAZone.create(timezone);
    if (!zone.isValid) {
      throw new Error(
        `date parser: unknown time zone "${timezone}"; use an IANA name such as Asia/Almaty`,
      );
    }
    this.#zone = zone;
  }

  /** Minutes east of UTC in this zone at an instant. */
  offsetAt(instant: number): number {
    const quarter = Math.floor(instant / BUCKET_MILLIS);
    let offset = this.#offsets.get(quarter);
    if (offset === undefined) {
      offset = this.#zone.offset(quarter * BUCKET_MILLIS);
      if (this.#offsets.size >= MAX_CACHED_QUARTERS) this.#offsets.clear();
      this.#offsets.set(quarter, offset);
    }
    return offset;
  }

  /**
   * The instant at which this zone's clocks showed a wall-clock time (given as if it were UTC).
   * Two passes settle times near a change of offset, such as Almaty's move from UTC+6 to UTC+5 on
   * 2024-03-01. A time that a change skipped takes the offset in force after the change.
   */
  toInstant(wallClock: number): number {
    const guess = wallClock - this.offsetAt(wallClock) * 60_000;
    return wallClock - this.offsetAt(guess) * 60_000;
  }

  /** The wall-clock time (as if it were UTC) this zone's clocks showed at an instant. */
  toWallClock(instant: number): number {
    return instant + this.offsetAt(instant) * 60_000;
  }
}

const zones = new Map<string, ZoneOffsets>();

/** The shared converter of a zone; throws for a name the zone database does not know. */
export function zoneOffsets(timezone: string): ZoneOffsets {
  let zone = zones.get(timezone);
  if (!zone) {
    zone = new ZoneOffsets(timezone);
    zones.set(timezone, zone);
  }
  return zone;
}
