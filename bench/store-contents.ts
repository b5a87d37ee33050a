/**
 * Compares what two SQLite stores hold, table by table, so that a change made for speed can be
 * shown to leave every result as it was: build a store from the same corpus with the code
 * before and after, then
 *
 *   node dist/bench/store-contents.js BEFORE.sqlite AFTER.sqlite
 *
 * Every table of posts, analysis results, rollups and search words is read in a fixed order,
 * and the search index term by term (with the post and position of each occurrence), so two
 * stores are equal here only if every stored field is. Tables that record when something ran
 * (collections, source runs, schema versions) are left out. Prints each table's row count and
 * the first rows that differ; exits with code 1 when any table differs.
 */
import { createHash } from 'node:crypto';

import Database from 'better-sqlite3';

/** Tables whose rows say when an import ran, not what it found. */
const CLOCK_TABLES = new Set(['collections', 'source_runs', 'schema_version', 'meta', 'source_state']);

const SHOWN_DIFFERENCES = 5;

interface TableContents {
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

function readStore(path: string): Map<string, TableContents> {
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

function firstDifferences(before: readonly string[], after: readonly string[]): string[] {
  const inAfter = new Set(after);
  const inBefore = new Set(before);
  const gone = before.filter((line) => !inAfter.has(line)).slice(0, SHOWN_DIFFERENCES);
  const added = after.filter((line) => !inBefore.has(line)).slice(0, SHOWN_DIFFERENCES);
  return [...gone.map((line) => `  - ${line.slice(0, 300)}`), ...added.map((line) => `  + ${line.slice(0, 300)}`)];
}

function compareStores(beforePath: string, afterPath: string): boolean {
  const before = readStore(beforePath);
  const after = readStore(afterPath);
  let same = true;
  for (const table of new Set([...before.keys(), ...after.keys()])) {
    const old = before.get(table);
    const now = after.get(table);
    const equal = old !== undefined && now !== undefined && old.digest === now.digest;
    console.log(`${equal ? 'same     ' : 'DIFFERENT'}  ${table}: ${old?.rows ?? '-'} / ${now?.rows ?? '-'} rows`);
    if (equal) continue;
    same = false;
    for (const line of firstDifferences(old?.lines ?? [], now?.lines ?? [])) console.log(line);
  }
  return same;
}

const [beforePath, afterPath] = process.argv.slice(2);
if (!beforePath || !afterPath) {
  console.error('usage: node dist/bench/store-contents.js BEFORE.sqlite AFTER.sqlite');
  process.exit(2);
}
process.exit(compareStores(beforePath, afterPath) ? 0 : 1);
