/**
 * Every stored field of a SQLite store, table by table, in a fixed order: what
 * `bench/store-contents.ts` compares between two stores and what the stored-analysis snapshot
 * test holds a fixture import to. Tables that record when something ran (collections, source
 * runs, schema versions) are left out, and so is `analysis_versions`, whose rows hash the code of
 * each stage: a change made for speed changes them and nothing an analysis says.
 */
import { createHash } from 'node:crypto';

import Database from 'better-sqlite3';

/** Tables whose rows say when an import ran, not what it found. */
const CLOCK_TABLES = new Set([
  'collections', 'source_runs', 'schema_version', 'meta', 'source_state', 'analysis_versions',
]);

export interface TableContents {
  readonly rows: number;
  readonly digest: string;
  readonly lines: readonly string[];
}

function storedTables(database: Database.Database): string[] {
  const rows = database.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'
    AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'posts_search%' ORDER BY name`).all() as { name: string }[];
  return rows.map((row) => row.name).filter((name) => !CLOCK_TABLES.has(name));
}

function readTable(database: Database.Database, table: string): string[] {
  const columns = (database.prepare(`SELECT name FROM pragma_table_info(?)`).all(table) as { name: string }[])
    .map((column) => `"${column.name}"`);
  const rows = database.prepare(`SELECT ${columns.join(', ')} FROM "${table}" ORDER BY ${columns.join(', ')}`)
    .raw().all() as unknown[][];
  return rows.map((row) => JSON.stringify(row));
}

/** Every term of the contentless search index with the post and position it occurs at. */
function readSearchIndex(database: Database.Database): string[] {
  database.exec('CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_terms USING fts5vocab(main, posts_search, instance)');
  const rows = database.prepare('SELECT term, doc, col, "offset" FROM temp.search_terms ORDER BY doc, "offset", term')
    .raw().all() as unknown[][];
  return rows.map((row) => JSON.stringify(row));
}

function contents(lines: readonly string[]): TableContents {
  const hash = createHash('sha256');
  for (const line of lines) hash.update(`${line}\n`);
  return { rows: lines.length, digest: hash.digest('hex'), lines };
}

export function readStore(path: string): Map<string, TableContents> {
  const database = new Database(path, { readonly: false, fileMustExist: true });
  try {
    const tables = new Map<string, TableContents>();
    for (const table of storedTables(database)) tables.set(table, contents(readTable(database, table)));
    tables.set('posts_search (terms)', contents(readSearchIndex(database)));
    return tables;
  } finally {
    database.close();
  }
}

