/**
 * A transaction that began as a reader and then writes cannot wait for another command's write
 * to end: SQLite fails it at once. The store's writes ask for the lock when they begin, and so
 * wait their turn.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { writeTransaction } from '../../src/store/sqlite/write-transaction.js';

let folder: string;
let path: string;

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'tyndau-write-transaction-'));
  path = join(folder, 'store.sqlite');
  const setup = new Database(path);
  setup.pragma('journal_mode = WAL');
  setup.exec('CREATE TABLE notes (text TEXT)');
  setup.close();
});

afterEach(() => rmSync(folder, { recursive: true, force: true }));

describe('a write transaction', () => {
  it('asks for the write lock when it begins, before its first read', () => {
    const other = new Database(path);
    const own = new Database(path, { timeout: 0 });
    other.exec('BEGIN IMMEDIATE');
    try {
      const count = () => own.prepare('SELECT count(*) FROM notes').pluck().get();

      expect(own.transaction(count)()).toBe(0);
      expect(() => writeTransaction(own, count)()).toThrow('database is locked');
    } finally {
      other.exec('ROLLBACK');
      own.close();
      other.close();
    }
  });

  it('commits what it wrote once the other writer is done', () => {
    const own = new Database(path);
    try {
      writeTransaction(own, (text: string) => own.prepare('INSERT INTO notes VALUES (?)').run(text))('одна');

      expect(own.prepare('SELECT text FROM notes').pluck().all()).toEqual(['одна']);
    } finally {
      own.close();
    }
  });
});
