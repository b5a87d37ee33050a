/**
 * An instant as a clock on the project's wall reads it. Operators compare the dashboard's and the
 * digest's times with their own watch: a UTC time told an Almaty analyst who imported at 09:00
 * that the import ran at 04:00, and one after 19:00 UTC fell on the day before.
 */

type ClockParts = Readonly<Record<string, string>>;

function wallClock(timezone: string, options: Intl.DateTimeFormatOptions): (instant: Date) => ClockParts {
  const format = new Intl.DateTimeFormat('en-CA', {
    timeZone: timezone, year: 'numeric', month: '2-digit', day: '2-digit',
    hour: '2-digit', minute: '2-digit', hourCycle: 'h23', ...options,
  });
  return (instant) => Object.fromEntries(format.formatToParts(instant).map((part) => [part.type, part.value]));
}

/** `2025-01-10 14:05` in `timezone`. */
export function localTimeFormat(timezone: string): (instant: Date) => string {
  const partsOf = wallClock(timezone, {});
  return (instant) => {
    const parts = partsOf(instant);
    return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
  };
}

/**
 * `2026-12-06T06:55:49+05:00` in `timezone`: the wall clock to the second with its offset written
 * out, for lines a script may read as well as an operator.
 */
export function localIsoTimeFormat(timezone: string): (instant: Date) => string {
  const partsOf = wallClock(timezone, { second: '2-digit', timeZoneName: 'longOffset' });
  return (instant) => {
    const parts = partsOf(instant);
    // "GMT+05:00", or "GMT" alone for a zero offset.
    const offset = parts.timeZoneName === 'GMT' ? '+00:00' : parts.timeZoneName!.slice('GMT'.length);
    return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}${offset}`;
  };
}
