import type { Migration } from './migration.js';

/**
 * The schema step after which each import run records the posts it read apart from those it
 * stored for the first time, so that a file imported twice counts its posts once in collection
 * health; the same statements in either dialect (SQLite step 9, PostgreSQL step 10). Runs
 * recorded before it keep NULL for the split and count what they read. Part of two shipped
 * steps: never edit it, add a step.
 */
export function collectionNewAndStoredStep(version: number): Migration {
  return {
    version,
    name: 'collection runs count new posts apart from posts already stored',
    sql: `
ALTER TABLE collections RENAME COLUMN posts TO read;
ALTER TABLE collections ADD COLUMN inserted integer;
ALTER TABLE collections ADD COLUMN existing integer;
`,
  };
}
