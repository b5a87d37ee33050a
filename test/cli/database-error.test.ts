import { describe, expect, it } from 'vitest';

import { describeDatabaseError } from '../../src/cli/database-error.js';

function sqliteError(message: string, code: string): Error {
  return Object.assign(new Error(message), { code });
}

describe('a SQLite error told to the user', () => {
  it('says another command holds the store and that what was stored is kept', () => {
    expect(describeDatabaseError(sqliteError('database is locked', 'SQLITE_BUSY_SNAPSHOT'))).toBe(
      'SQLite: database is locked: another tyndau command (import, analyze, collect or serve) kept writing '
        + 'to it for over a minute; run this again when that one ends. Posts stored before this stopped '
        + 'are kept, and an import run again stores only the rest',
    );
  });

  it('says the disk is full', () => {
    expect(describeDatabaseError(sqliteError('database or disk is full', 'SQLITE_FULL'))).toBe(
      'SQLite: database or disk is full: the disk is full; free some space and run this again '
        + '(posts stored before this stopped are kept)',
    );
  });

  it('leaves other errors as they are', () => {
    expect(describeDatabaseError(new Error('feed: no items'))).toBeUndefined();
    expect(describeDatabaseError(sqliteError('no such table: posts', 'SQLITE_ERROR'))).toBeUndefined();
  });
});
