import type pg from 'pg';

import type { Migration } from '../migrations/migration.js';

// Any fixed number: every tyndau process migrating the same database takes this lock, so that
// workers starting together apply each step once.
const MIGRATION_LOCK = 7_420_318;

/**
 * Whether the server takes no writes: a streaming replica, or a database or role set to
 * read-only transactions (what a reporting account often is).
 */
export async function isReadOnly(pool: pg.Pool): Promise<boolean> {
  const result = await pool.query<{ read_only: boolean }>(
    "SELECT pg_is_in_recovery() OR current_setting('transaction_read_only') = 'on' AS read_only",
  );
  return result.rows[0]!.read_only;
}

/**
 * Checks, without writing, that a read-only server holds the newest schema of `migrations`:
 * it cannot be migrated, so a store written by an older tyndau must be opened once on the
 * primary first, and one written by a newer tyndau is refused as `migrate` refuses it.
 */
export async function assertMigrated(pool: pg.Pool, migrations: readonly Migration[], label: string): Promise<void> {
  const present = await pool.query<{ present: boolean }>("SELECT to_regclass('schema_version') IS NOT NULL AS present");
  const current = present.rows[0]!.present
    ? (await pool.query<{ version: number | null }>('SELECT max(version) AS version FROM schema_version')).rows[0]?.version ?? 0
    : 0;
  const newest = newestKnown(migrations, current, label);
  if (current < newest) {
    throw new Error(
      `store ${label}: the server is read-only and holds schema version ${current}, this tyndau needs ${newest}; ` +
      'run any tyndau command once against the primary to migrate it',
    );
  }
}

/**
 * The newest version of `migrations`; refuses a database at `current`, written by a newer tyndau,
 * rather than guess at a schema this one does not know.
 */
function newestKnown(migrations: readonly Migration[], current: number, label: string): number {
  const newest = migrations.reduce((highest, step) => Math.max(highest, step.version), 0);
  if (current > newest) {
    throw new Error(`store ${label}: schema version ${current} is newer than this tyndau knows (${newest}); upgrade tyndau`);
  }
  return newest;
}

/**
 * Brings the schema up to the newest of `migrations`, one transaction per step, recording each
 * in `schema_version`. Refuses a database written by a newer tyndau rather than guess at a schema
 * it does not know. `label` names the database in errors.
 */
export async function migrate(pool: pg.Pool, migrations: readonly Migration[], label: string): Promise<number> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await client.query(`CREATE TABLE IF NOT EXISTS schema_version (
      version integer PRIMARY KEY,
      name text NOT NULL,
      applied_at text NOT NULL
    )`);
    const result = await client.query<{ version: number | null }>('SELECT max(version) AS version FROM schema_version');
    const current = result.rows[0]?.version ?? 0;
    const newest = newestKnown(migrations, current, label);

    // Every step not yet applied, not only those above the highest, as in the SQLite store:
    // steps written on branches at the same time may land in another order than their numbers.
    const applied = new Set((await client.query<{ version: number }>('SELECT version FROM schema_version')).rows
      .map((row) => row.version));
    const pending = migrations.filter((step) => !applied.has(step.version)).sort((a, b) => a.version - b.version);
    for (const step of pending) {
      await client.query('BEGIN');
      try {
        await client.query(step.sql);
        await client.query('INSERT INTO schema_version (version, name, applied_at) VALUES ($1, $2, $3)', [
          step.version, step.name, new Date().toISOString(),
        ]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
    }
    return newest;
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    client.release();
  }
}
