/**
 * The project's own working state beside the post store: accounts and sessions, alert history and
 * the digest archive. One SQLite file; each part creates its tables when first opened. Kept apart
 * from the post store so that a server store (PostgreSQL) deployment keeps the same state file.
 */
import { dirname, join } from 'node:path';

import Database from 'better-sqlite3';
import type { Database as Connection } from 'better-sqlite3';

import type { Project } from '../project/project.js';
import { makeFolder } from '../make-folder.js';

export type StateDatabase = Connection;

export const STATE_FILE_NAME = 'tyndau-state.sqlite';

/** The state file of a project: beside its project file. */
export function stateFileOf(project: Project): string {
  return join(project.dir, STATE_FILE_NAME);
}

export function openStateDatabase(path: string): StateDatabase {
  if (path !== ':memory:') makeFolder(dirname(path));
  let database: Connection;
  try {
    database = new Database(path, { timeout: 5000 });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`state ${path}: cannot open it (${reason}); check that the folder is writable`);
  }
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = NORMAL');
  return database;
}
