/** What to do about the SQLite errors a user can meet, by the family of SQLite's code. */
const ADVICE: ReadonlyMap<string, string> = new Map([
  ['SQLITE_BUSY', 'another tyndau command (import, analyze, collect or serve) kept writing to it for over a '
    + 'minute; run this again when that one ends. Posts stored before this stopped are kept, and an '
    + 'import run again stores only the rest'],
  ['SQLITE_LOCKED', 'another command holds it; run this again when that one ends'],
  ['SQLITE_FULL', 'the disk is full; free some space and run this again (posts stored before this '
    + 'stopped are kept)'],
  ['SQLITE_READONLY', 'it cannot be written (a read-only file, folder or disk); check its permissions'],
  ['SQLITE_CORRUPT', 'the file is damaged; restore it from a backup, or import the files into a new store'],
  ['SQLITE_NOTADB', 'it is not a SQLite database; check the store path in the project file'],
  ['SQLITE_IOERR', 'the disk could not be read or written; check the disk and run this again'],
  ['SQLITE_CANTOPEN', 'it cannot be opened; check that the file and its folder exist and are writable'],
]);

/**
 * A SQLite error (`SqliteError: database is locked`, code `SQLITE_BUSY_SNAPSHOT`) in words that say
 * what to do, or undefined for any other error. Two commands writing one store at once, and a full
 * disk, are the usual causes.
 */
export function describeDatabaseError(error: unknown): string | undefined {
  if (!(error instanceof Error)) return undefined;
  const { code } = error as { code?: unknown };
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return undefined;
  const family = code.split('_').slice(0, 2).join('_');
  const advice = ADVICE.get(family);
  return advice === undefined ? undefined : `SQLite: ${error.message}: ${advice}`;
}
