/** IANA time zones as the runtime's Intl knows them. */

/** True for a zone name Intl accepts: `Asia/Almaty`, `UTC`, the old link `Asia/Alma-Ata`. */
export function isTimeZone(name: string): boolean {
  return canonicalTimeZone(name) !== undefined;
}

/** The zone's canonical spelling (`asia/almaty` → `Asia/Almaty`), or undefined if unknown. */
export function canonicalTimeZone(name: string): string | undefined {
  // Intl accepts offsets such as "+05:00" as zones on newer runtimes; a project names a place.
  if (!/^[A-Za-z]/.test(name)) return undefined;
  try {
    return new Intl.DateTimeFormat('en', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

/** Every canonical zone name, for "did you mean" suggestions. */
export function knownTimeZones(): readonly string[] {
  return Intl.supportedValuesOf('timeZone');
}
