/**
 * A project whose store.sqlite named its own state file (accounts and sessions), or another
 * program's database: the store's tables were created beside that file's and posts imported
 * into it. Such a file is refused; a new file and a tyndau store open as before.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';

let folder: string;

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'tyndau-other-database-'));
});

afterEach(() => rmSync(folder, { recursive: true, force: true }));

function tablesOf(path: string): string[] {
  const database = new Database(path, { readonly: true });
  try {
    return database.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all() as string[];
  } finally {
    database.close();
  }
}

describe('opening a store file', () => {
  it("refuses a database of something else, naming its tables, and leaves it as it was", () => {
    const path = join(folder, 'tyndau-state.sqlite');
    const state = new Database(path);
    for (const table of ['users', 'sessions', 'alerts', 'digests', 'deliveries', 'logins']) {
      state.exec(`CREATE TABLE ${table} (id INTEGER PRIMARY KEY)`);
    }
    state.close();

    expect(() => openSqliteStore(path, { timezone: 'Asia/Almaty' })).toThrow(
      `store ${path}: a SQLite database of something else (tables alerts, deliveries, digests, logins, ` +
        'sessions and 1 more), not a tyndau store; name a new file in store.sqlite, or the store file ' +
        'the project used before',
    );
    expect(tablesOf(path)).toEqual(['alerts', 'deliveries', 'digests', 'logins', 'sessions', 'users']);
  });

  it('opens a new file and a tyndau store', () => {
    const path = join(folder, 'tyndau.sqlite');
    openSqliteStore(path, { timezone: 'Asia/Almaty' }).close();
    const again = openSqliteStore(path, { timezone: 'Asia/Almaty' });

    expect(again.countPosts()).toBe(0);
    again.close();
  });
});
