/**
 * Opening a store written before the issue, subject, district and slice rollups carried each
 * post's language and kind: the schema step rebuilds those four from the post tables, on both
 * backends and on a SQLite file written by an older tyndau.
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { RollupSnapshot } from '../../src/store/store.js';
import { recountFromPostTables, sortedTables } from './recount.js';
import { sampleItems } from './sample-items.js';
import { BACKEND_NAMES, createBackend, type Row, type StoreBackend } from './store-backends.js';

const WHOLE_MONTH = { from: '2024-11-01', to: '2024-11-30' };
const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'store', 'schema-5-before-day-columns.sqlite');

/** The four tables as the schema before the step keyed them: day, id and sentiment only. */
const PREVIOUS_KEYS = [
  { table: 'rollup_issue', id: 'issue_id' },
  { table: 'rollup_subject', id: 'subject_id' },
  { table: 'rollup_district', id: 'district_id' },
  { table: 'rollup_slice', id: 'slice_id' },
] as const;

function previousShape(dayType: string): string {
  return PREVIOUS_KEYS.map(({ table, id }) => `
    ALTER TABLE ${table} RENAME TO ${table}_grouped;
    CREATE TABLE ${table} (
      day ${dayType} NOT NULL, ${id} text NOT NULL, sentiment text NOT NULL,
      originals integer NOT NULL, amplifications integer NOT NULL,
      PRIMARY KEY (day, ${id}, sentiment)
    );
    INSERT INTO ${table} (day, ${id}, sentiment, originals, amplifications)
      SELECT day, ${id}, sentiment, sum(originals), sum(amplifications) FROM ${table}_grouped GROUP BY 1, 2, 3;
    DROP TABLE ${table}_grouped;`).join('\n');
}

const GROUPED_STEP_NAME = 'issue, subject, district and slice rollups by language and kind of post';

/** The collection runs as the step after it found them: the posts they read, not split. */
const BEFORE_COLLECTION_SPLIT = `
  ALTER TABLE collections DROP COLUMN inserted;
  ALTER TABLE collections DROP COLUMN existing;
  ALTER TABLE collections RENAME COLUMN read TO posts;`;

/** SQLite only: before posts recorded their analysis stage versions. */
const BEFORE_ANALYSIS_VERSIONS = `
  DROP TABLE analysis_versions;
  ALTER TABLE posts DROP COLUMN analysis_versions_id;
  ALTER TABLE posts DROP COLUMN language_shares;`;

/** Before posts had a scope. */
const BEFORE_POST_SCOPE = `
  DROP TABLE rollup_scope;
  ALTER TABLE posts DROP COLUMN scope;`;

/** Posts per issue, district, slice and subject, whatever the language and kind. */
function totalsOf(snapshot: RollupSnapshot): Record<string, number> {
  const totals: Record<string, number> = {};
  const add = (key: string, row: { originals: number; amplifications: number }) => {
    totals[key] = (totals[key] ?? 0) + row.originals + row.amplifications;
  };
  for (const row of snapshot.issues) add(`issue ${row.issueId}`, row);
  for (const row of snapshot.subjects) add(`subject ${row.subjectId}`, row);
  for (const row of snapshot.districts) add(`district ${row.districtId}`, row);
  for (const row of snapshot.slices) add(`slice ${row.sliceId}`, row);
  return totals;
}

function groupsOf(rows: readonly { language: string; kind: string }[]): string[] {
  return [...new Set(rows.map((row) => `${row.language} ${row.kind}`))].sort();
}

describe.each(BACKEND_NAMES)('%s store of the schema before grouped rollups', (backendName) => {
  let backend: StoreBackend;

  beforeAll(async () => {
    backend = await createBackend(backendName);
  });

  afterAll(async () => {
    await backend.dispose();
  });

  it('rebuilds the issue, subject, district and slice rollups by language and kind on opening', async () => {
    const location = await backend.location();
    let store = location.open();
    store.savePosts(sampleItems(400));
    const before = store.readRollups(WHOLE_MONTH);
    store.close();
    // The step and every later one undone, so that they run again in order on opening.
    const step = backend.migrations.find((migration) => migration.name === GROUPED_STEP_NAME)!.version;
    await location.execute(`${previousShape(backendName === 'sqlite' ? 'TEXT' : 'date')}
      ${BEFORE_COLLECTION_SPLIT}
      ${backendName === 'sqlite' ? BEFORE_ANALYSIS_VERSIONS : ''}
      ${BEFORE_POST_SCOPE}
      DELETE FROM schema_version WHERE version >= ${step};`);
    expect(await location.rows('SELECT count(*) AS n FROM rollup_issue')).not.toEqual([{ n: 0 }]);

    store = location.open();
    const after = store.readRollups(WHOLE_MONTH);
    const versions = await location.rows('SELECT version FROM schema_version ORDER BY version');
    store.close();

    expect(versions.map((row: Row) => row['version'])).toEqual(backend.migrations.map((step) => step.version));
    expect(sortedTables(after)).toEqual(sortedTables(await recountFromPostTables(location.rows)));
    expect(sortedTables(after)).toEqual(sortedTables(before));
    expect(groupsOf(after.issues)).toEqual(['en article', 'en social', 'kk article', 'kk social', 'ru article', 'ru social']);
  });
});

describe('a SQLite file written by schema 5', () => {
  let folder: string;

  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'tyndau-grouped-rollups-'));
  });

  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('gets the four rollups rebuilt by language and kind, with the same posts per issue, subject, district and slice', async () => {
    const path = join(folder, 'tyndau.sqlite');
    copyFileSync(FIXTURE, path);
    const old = new Database(FIXTURE, { readonly: true });
    const oldTotals = Object.fromEntries(PREVIOUS_KEYS.flatMap(({ table, id }) =>
      (old.prepare(`SELECT '${table.replace('rollup_', '')} ' || ${id} AS key, sum(originals + amplifications) AS posts
        FROM ${table} GROUP BY ${id}`).all() as { key: string; posts: number }[]).map((row) => [row.key, row.posts])));
    old.close();

    const store = openSqliteStore(path, { timezone: 'Asia/Almaty' });
    const snapshot = store.readRollups({ from: '2024-11-01', to: '2024-11-30' });
    store.close();
    const rows = async (sql: string) => {
      const database = new Database(path, { readonly: true });
      try {
        return database.prepare(sql).all() as Row[];
      } finally {
        database.close();
      }
    };

    expect(sortedTables(snapshot)).toEqual(sortedTables(await recountFromPostTables(rows)));
    expect(totalsOf(snapshot)).toEqual(oldTotals);
    expect(totalsOf(snapshot)['issue transport']).toBe(104);
    expect(groupsOf(snapshot.issues)).toEqual(['en article', 'en social', 'kk article', 'kk social', 'ru article', 'ru social']);
  });
});
