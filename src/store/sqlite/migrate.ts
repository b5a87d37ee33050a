import type { Database } from 'better-sqlite3';

import type { Migration } from '../migrations/migration.js';
import { writeTransaction } from './write-transaction.js';

/**
 * Brings the database's schema up to the newest of `migrations`, one transaction per step, and
 * records each applied step in `schema_version`. Refuses a database written by a newer tyndau
 * rather than guess at a schema it does not know.
 */
export function migrate(database: Database, migrations: readonly Migration[], path: string): number {
  refuseOtherDatabase(database, path);
  database.exec(`CREATE TABLE IF NOT EXISTS schema_version (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
  )`);
  const row = database.prepare('SELECT max(version) AS version FROM schema_version').get() as {
    version: number | null;
  };
  const current = row.version ?? 0;
  const newest = migrations.reduce((highest, step) => Math.max(highest, step.version), 0);
  if (current > newest) {
    throw new Error(
      `store ${path}: schema version ${current} is newer than this tyndau knows (${newest}); upgrade tyndau`,
    );
  }

  const record = database.prepare('INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)');
  const isApplied = database.prepare('SELECT 1 FROM schema_version WHERE version = ?').pluck();
  // Every step not yet applied, not only those above the highest: steps written on branches at
  // the same time may land in another order than their numbers.
  const applied = new Set(
    (database.prepare('SELECT version FROM schema_version').all() as { version: number }[]).map((row) => row.version),
  );
  const pending = migrations.filter((step) => !applied.has(step.version)).sort((a, b) => a.version - b.version);
  // Two commands opening a new store at once both find its steps pending; the one that waited
  // for the lock finds each step applied by the other and leaves it.
  const apply = writeTransaction(database, (step: Migration) => {
    if (isApplied.get(step.version) !== undefined) return;
    database.exec(step.sql);
    record.run(step.version, step.name, new Date().toISOString());
  });
  for (const step of pending) apply(step);
  return newest;
}

/** Tables listed when a database is refused; the rest are counted. */
const TABLES_LISTED = 5;

/**
 * Refuses a database that holds tables but no `schema_version`: another program's, or the
 * project's own state file (accounts and sessions) named as the store by mistake. Its tables were
 * kept and the store's created beside them, so posts went into a file that is no store.
 */
function refuseOtherDatabase(database: Database, path: string): void {
  const versioned = database.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'").get();
  if (versioned !== undefined) return;
  const tables = database.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck().all() as string[];
  if (tables.length === 0) return;

  const listed = tables.slice(0, TABLES_LISTED).join(', ');
  const more = tables.length > TABLES_LISTED ? ` and ${tables.length - TABLES_LISTED} more` : '';
  throw new Error(`store ${path}: a SQLite database of something else (tables ${listed}${more}), not a tyndau ` +
    'store; name a new file in store.sqlite, or the store file the project used before');
}
