/**
 * A count with its English noun in the number the count takes: "1 file failed", "0 files
 * failed", "1 near duplicate". Command output is English; reports speak each language through
 * `Intl.PluralRules` (see delivery/alert-message.ts).
 */
export function counted(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}
