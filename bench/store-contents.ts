/**
 * Compares what two SQLite stores hold, table by table, so that a change made for speed can be
 * shown to leave every result as it was: build a store from the same corpus with the code
 * before and after, then
 *
 *   node dist/bench/store-contents.js BEFORE.sqlite AFTER.sqlite
 *
 * Every table of posts, analysis results, rollups and search words is read in a fixed order,
 * and the search index term by term (with the post and position of each occurrence), so two
 * stores are equal here only if every stored field is (`bench/store-tables.ts` says which
 * tables are left out). Prints each table's row count and the first rows that differ; exits
 * with code 1 when any table differs.
 */
import { readStore } from './store-tables.js';

const SHOWN_DIFFERENCES = 5;

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
