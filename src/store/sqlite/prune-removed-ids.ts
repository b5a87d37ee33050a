import type { Database } from 'better-sqlite3';

import { ANALYSIS_ID_COLUMNS, type ProjectIds, type PruneResult } from '../removed-ids.js';

/**
 * Deletes the results of posts without text that name an id `ids` does not hold, in the
 * caller's transaction. The id is tested first, so a store whose results all name known ids
 * looks up no post.
 */
export function pruneRemovedIds(database: Database, ids: ProjectIds): PruneResult {
  const posts = new Set<number>();
  let rows = 0;
  for (const { table, column, kind } of ANALYSIS_ID_COLUMNS) {
    const where = `${column} IS NOT NULL AND ${column} NOT IN (SELECT value FROM json_each(?))
      AND EXISTS (SELECT 1 FROM posts p WHERE p.seq = ${table}.post_seq AND p.text IS NULL)`;
    const known = JSON.stringify(ids[kind]);
    const stale = database.prepare(`SELECT post_seq FROM ${table} WHERE ${where}`).pluck().all(known) as number[];
    if (stale.length === 0) continue;
    for (const seq of stale) posts.add(seq);
    rows += database.prepare(`DELETE FROM ${table} WHERE ${where}`).run(known).changes;
  }
  return { rows, posts: posts.size };
}
