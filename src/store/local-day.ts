/**
 * Turns instants into the project's local calendar day. Day boundaries follow the project's zone,
 * not the host's: a post at 23:30 in Almaty belongs to that Almaty day wherever tyndau runs.
 */
const QUARTER_HOUR_MS = 900_000;

export class LocalDayCalendar {
  readonly timezone: string;
  readonly #format: Intl.DateTimeFormat;
  // Zone offsets change only at quarter-hour marks (even Nepal's and Chatham's), so every instant
  // of one quarter hour falls on the same local day; posts arrive clustered in time, so the cache
  // turns a costly Intl call per post into a map look-up.
  readonly #dayByQuarterHour = new Map<number, string>();

  constructor(timezone: string) {
    try {
      this.#format = new Intl.DateTimeFormat('en-US', {
        timeZone: timezone, year: 'numeric', month: '2-digit', day: '2-digit',
      });
    } catch {
      throw new Error(`timezone "${timezone}" is not an IANA zone name; use one like Asia/Almaty`);
    }
    this.timezone = timezone;
  }

  /** The local day of `instant`, as `YYYY-MM-DD`. */
  dayOf(instant: Date): string {
    const quarter = Math.floor(instant.getTime() / QUARTER_HOUR_MS);
    const cached = this.#dayByQuarterHour.get(quarter);
    if (cached !== undefined) return cached;

    if (this.#dayByQuarterHour.size > 100_000) this.#dayByQuarterHour.clear();
    const day = this.#compute(instant);
    this.#dayByQuarterHour.set(quarter, day);
    return day;
  }

  #compute(instant: Date): string {
    if (Number.isNaN(instant.getTime())) {
      throw new Error('local day: the post has an invalid date; the importer must give a real date or none');
    }
    let year = '';
    let month = '';
    let day = '';
    for (const part of this.#format.formatToParts(instant)) {
      if (part.type === 'year') year = part.value;
      else if (part.type === 'month') month = part.value;
      else if (part.type === 'day') day = part.value;
    }
    return `${year.padStart(4, '0')}-${month}-${day}`;
  }
}
