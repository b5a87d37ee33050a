import { afterEach, describe, expect, it } from 'vitest';

import { lastWeek, outsideStoredDaysNote, undatedDaysNote } from '../../src/cli/period.js';
import { openSqliteStore, type SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { makeItem } from '../store/make-post.js';

let store: SqliteStore;

afterEach(() => {
  store.close();
});

// The demo corpus imported a year after its dates: its undated records (5 %) land on the
// import day, and `tyndau report` with no dates used to write a digest of those alone.
function importedLaterWithUndatedRecords(): void {
  store = openSqliteStore(':memory:', { timezone: 'Asia/Almaty' });
  store.savePosts([
    makeItem({ nativeId: 'a', text: 'Автобус 92 опять не пришёл', publishedAt: '2025-11-25T04:00:00Z', firstSeen: '2026-12-04T19:58:00Z' }),
    makeItem({ nativeId: 'b', text: 'Нет горячей воды', publishedAt: '2025-11-30T06:00:00Z', firstSeen: '2026-12-04T19:58:00Z' }),
    makeItem({ nativeId: 'c', text: 'Жол жөндеуі аяқталмай жатыр', firstSeen: '2026-12-04T19:58:00Z' }),
  ]);
}

describe('the period of a command given no dates', () => {
  it('ends on the last day with a dated post, not on the import day of undated ones', () => {
    importedLaterWithUndatedRecords();

    expect(lastWeek(store, {})).toEqual({ from: '2025-11-24', to: '2025-11-30' });
  });

  it('keeps the day the user names', () => {
    importedLaterWithUndatedRecords();

    expect(lastWeek(store, { to: '2026-12-05' })).toEqual({ from: '2026-11-29', to: '2026-12-05' });
    expect(lastWeek(store, { from: '2025-11-01' })).toEqual({ from: '2025-11-01', to: '2025-11-07' });
  });

  it('names a given end that is not a day instead of failing on the default counted from it', () => {
    importedLaterWithUndatedRecords();

    expect(() => lastWeek(store, { to: 'x' })).toThrow('period: to "x" is not a day; write it as YYYY-MM-DD');
    expect(() => lastWeek(store, { from: '2025-13-01' })).toThrow('period: from "2025-13-01" is not a day');
    expect(() => lastWeek(store, { to: '2101-01-01' })).toThrow('period: to 2101-01-01 is outside the years 1990–2100');
  });
});

describe('the note on undated posts after a default period', () => {
  // A resident's posts copied from a chat have no dates: imported today, they sat after the
  // default week and the digest left them out without a word.
  it('names their import day and the --to that includes them', () => {
    importedLaterWithUndatedRecords();
    const period = lastWeek(store, {});

    expect(undatedDaysNote(store, {}, period)).toBe(
      'note: posts whose source gave no date count on their import day, 2026-12-05, after this period ' +
      '(it ends on the last day with a dated post); --to 2026-12-05 includes them\n',
    );
  });

  it('says nothing when the user named the period or no undated post follows it', () => {
    importedLaterWithUndatedRecords();

    expect(undatedDaysNote(store, { to: '2025-11-30' }, lastWeek(store, { to: '2025-11-30' }))).toBeNull();
    expect(undatedDaysNote(store, {}, { from: '2026-11-29', to: '2026-12-05' })).toBeNull();
  });
});

describe('the note on a period wholly outside the stored days', () => {
  // A Karaganda analyst asked for January with posts from October to December stored: the
  // digest, search, export and alerts gave zeros and nothing told them nothing was collected.
  it('names the stored days for a period before them, after them, or open toward them', () => {
    importedLaterWithUndatedRecords();
    const stored = 'the stored posts are dated 2025-11-25 … 2026-12-05, so the figures of this period are ' +
      'zeros because nothing was collected, not because nobody posted\n';

    expect(outsideStoredDaysNote(store, { from: '2025-01-01', to: '2025-01-07' }))
      .toBe(`note: nothing is stored for 2025-01-01 … 2025-01-07: ${stored}`);
    expect(outsideStoredDaysNote(store, { from: '2027-01-01' })).toBe(`note: nothing is stored for 2027-01-01 on: ${stored}`);
    expect(outsideStoredDaysNote(store, { to: '2025-11-24' })).toBe(`note: nothing is stored for days up to 2025-11-24: ${stored}`);
  });

  it('says nothing for a period that meets the stored days by one day, or for no period given', () => {
    importedLaterWithUndatedRecords();

    expect(outsideStoredDaysNote(store, { from: '2025-11-19', to: '2025-11-25' })).toBeNull();
    expect(outsideStoredDaysNote(store, { from: '2026-12-05' })).toBeNull();
    expect(outsideStoredDaysNote(store, {})).toBeNull();
  });
});
