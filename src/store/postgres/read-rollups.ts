import type pg from 'pg';

import type { DayRange, RollupSnapshot } from '../store.js';
import { readSnapshot } from './read-snapshot.js';

// Column aliases give the rows the interface's field names directly.
const QUERIES = {
  volume: `SELECT day, kind, platform, language, sentiment, originals, amplifications,
      first_seen_dates AS "firstSeenDates"
    FROM rollup_volume WHERE day BETWEEN $1 AND $2 ORDER BY day, kind, platform, language, sentiment`,
  issues: `SELECT day, issue_id AS "issueId", language, kind, sentiment, originals, amplifications
    FROM rollup_issue WHERE day BETWEEN $1 AND $2 ORDER BY day, issue_id, language, kind, sentiment`,
  subjects: `SELECT day, subject_id AS "subjectId", language, kind, sentiment, originals, amplifications
    FROM rollup_subject WHERE day BETWEEN $1 AND $2 ORDER BY day, subject_id, language, kind, sentiment`,
  districts: `SELECT day, district_id AS "districtId", language, kind, sentiment, originals, amplifications
    FROM rollup_district WHERE day BETWEEN $1 AND $2 ORDER BY day, district_id, language, kind, sentiment`,
  districtIssues: `SELECT day, district_id AS "districtId", issue_id AS "issueId", originals, amplifications
    FROM rollup_district_issue WHERE day BETWEEN $1 AND $2 ORDER BY day, district_id, issue_id`,
  slices: `SELECT day, slice_id AS "sliceId", language, kind, sentiment, originals, amplifications
    FROM rollup_slice WHERE day BETWEEN $1 AND $2 ORDER BY day, slice_id, language, kind, sentiment`,
  outlets: `SELECT day, outlet, originals, amplifications
    FROM rollup_outlet WHERE day BETWEEN $1 AND $2 ORDER BY day, outlet`,
  scopes: `SELECT day, scope, originals, amplifications
    FROM rollup_scope WHERE day BETWEEN $1 AND $2 ORDER BY day, scope`,
} as const;

/** Every rollup row of the days in `range`, read in one snapshot so the tables agree. */
export async function readRollups(pool: pg.Pool, range: DayRange): Promise<RollupSnapshot> {
  return { range, ...await readSnapshot(pool, QUERIES, [range.from, range.to]) } as unknown as RollupSnapshot;
}
