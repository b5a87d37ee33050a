const HOUR_MS = 3_600_000;

/**
 * The start of the UTC hour holding `instant`. Every zone tyndau serves is a whole number of hours
 * from UTC (Asia/Almaty is UTC+5 since 2024-03-01), so this is the same boundary as the local hour.
 */
// LIMITATION: in a half-hour zone (India, Iran) the stored hour is offset by 30 minutes from the
// local hour; still coarse, only labelled differently. Rounding in the project's zone would lift it.
export function roundDownToHour(instant: Date): Date {
  return new Date(Math.floor(instant.getTime() / HOUR_MS) * HOUR_MS);
}
