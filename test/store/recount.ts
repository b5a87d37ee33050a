/**
 * An independent recount of every rollup, straight from the post tables of a store, written
 * apart from the store's own code so that a test comparing the two can catch a drift in either.
 * The SQL is plain enough for both SQLite and PostgreSQL.
 */
import type { RollupSnapshot } from '../../src/store/store.js';
import type { Row } from './store-backends.js';

/**
 * With `setAsideElsewhere` (the default, as the project's), posts about other places only count
 * in the outlet and scope rollups alone.
 */
export async function recountFromPostTables(
  rows: (sql: string) => Promise<Row[]>,
  setAsideElsewhere = true,
): Promise<Record<string, Row[]>> {
  const counted = setAsideElsewhere ? "(p.scope IS NULL OR p.scope <> 'elsewhere')" : '1 = 1';
  const counts = `sum(CASE WHEN p.amplifies_id IS NULL THEN 1 ELSE 0 END) AS originals,
    sum(CASE WHEN p.amplifies_id IS NULL THEN 0 ELSE 1 END) AS amplifications`;
  return {
    volume: await rows(`SELECT p.day, p.kind, p.platform, p.language, p.sentiment, ${counts},
        sum(CASE WHEN p.date_source = 'first-seen' THEN 1 ELSE 0 END) AS "firstSeenDates"
      FROM posts p WHERE ${counted} GROUP BY p.day, p.kind, p.platform, p.language, p.sentiment`),
    issues: await rows(`SELECT p.day, x.issue_id AS "issueId", p.language, p.kind, p.sentiment, ${counts}
      FROM posts p JOIN post_issues x ON x.post_seq = p.seq WHERE ${counted}
      GROUP BY p.day, x.issue_id, p.language, p.kind, p.sentiment`),
    subjects: await rows(`SELECT p.day, x.subject_id AS "subjectId", p.language, p.kind, x.sentiment, ${counts}
      FROM posts p JOIN post_subject_sentiment x ON x.post_seq = p.seq WHERE ${counted}
      GROUP BY p.day, x.subject_id, p.language, p.kind, x.sentiment`),
    districts: await rows(`SELECT p.day, x.district_id AS "districtId", p.language, p.kind, p.sentiment, ${counts}
      FROM posts p JOIN post_districts x ON x.post_seq = p.seq WHERE ${counted}
      GROUP BY p.day, x.district_id, p.language, p.kind, p.sentiment`),
    districtIssues: await rows(`SELECT p.day, d.district_id AS "districtId", i.issue_id AS "issueId", ${counts}
      FROM posts p JOIN post_districts d ON d.post_seq = p.seq JOIN post_issues i ON i.post_seq = p.seq WHERE ${counted}
      GROUP BY p.day, d.district_id, i.issue_id`),
    slices: await rows(`SELECT p.day, x.slice_id AS "sliceId", p.language, p.kind, p.sentiment, ${counts}
      FROM posts p JOIN post_slices x ON x.post_seq = p.seq WHERE ${counted}
      GROUP BY p.day, x.slice_id, p.language, p.kind, p.sentiment`),
    outlets: await rows(`SELECT p.day, p.outlet, ${counts}
      FROM posts p WHERE p.kind = 'article' AND p.outlet IS NOT NULL GROUP BY p.day, p.outlet`),
    scopes: await rows(`SELECT p.day, CASE WHEN p.scope IS NULL THEN 'none' ELSE p.scope END AS scope, ${counts}
      FROM posts p GROUP BY p.day, CASE WHEN p.scope IS NULL THEN 'none' ELSE p.scope END`),
  };
}

/** The snapshot's tables as plain rows sorted the same way as a recount, for `toEqual`. */
export function sortedTables(snapshot: RollupSnapshot | Record<string, Row[]>): Record<string, Row[]> {
  const tables: Record<string, Row[]> = {};
  for (const name of ['volume', 'issues', 'subjects', 'districts', 'districtIssues', 'slices', 'outlets', 'scopes']) {
    const rows = (snapshot as unknown as Record<string, Row[]>)[name] ?? [];
    tables[name] = rows.map((row) => ({ ...row })).sort((a, b) => keyOf(a).localeCompare(keyOf(b)));
  }
  return tables;
}

function keyOf(row: Row): string {
  return Object.keys(row).sort().map((key) => `${key}=${String(row[key])}`).join('|');
}
