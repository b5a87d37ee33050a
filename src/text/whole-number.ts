/**
 * A count a person typed (a page, a limit, a port, a number of days): plain decimal digits and
 * nothing else, or null. `Number()` alone also takes "1e3", "0x10", "0b1", " 2 ", "2.0" and the
 * empty string (as 0), so `--port ""` from an unset variable listened on a random port and
 * `page=1e3` read page 1000; each of those is a mistake to name, not a number to guess at.
 */
export function parseWholeNumber(text: string): number | null {
  if (!/^[0-9]{1,15}$/.test(text)) return null;
  return Number(text);
}
