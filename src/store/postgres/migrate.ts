import type pg from 'pg';

import type { Migration } from '../migrations/migration.js';

// Any fixed number: every tyndau process migrating the same database takes this lock, so that
// workers starting together apply each step once.
const MIGRATION_LOCK = 7_420_318;

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
    const newest = migrations.reduce((highest, step) => Math.max(highest, step.version), 0);
    if (current > newest) {
      throw new Error(
        `store ${label}: schema version ${current} is newer than this tyndau knows (${newest}); upgrade tyndau`,
      );
    }

    const pending = migrations.filter((step) => step.version > current).sort((a, b) => a.version - b.version);
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
