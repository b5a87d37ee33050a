/**
 * An instant as a clock on the project's wall reads it. Operators compare the dashboard's and the
 * digest's times with their own watch: a UTC time told an Almaty analyst who imported at 09:00
 * that the import ran at 04:00, and one after 19:00 UTC fell on the day before.
 */

/** `2025-01-10 14:05` in `timezone`. */
export function localTimeFormat(timezone: string): (instant: Date) => string {
  const format = new Intl.DateTimeFormat('en-CA', {
    timeZone: timezone, year: 'numeric', month: '2-digit', day: '2-digit',
    hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  });
  return (instant) => {
    const parts = Object.fromEntries(format.formatToParts(instant).map((part) => [part.type, part.value]));
    return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
  };
}
