import type { Database } from 'better-sqlite3';

import type { DayRange, RollupSnapshot } from '../store.js';

// Column aliases give the rows the interface's field names directly.
const QUERIES = {
  volume: `SELECT day, kind, platform, language, sentiment, originals, amplifications,
      first_seen_dates AS firstSeenDates
    FROM rollup_volume WHERE day BETWEEN ? AND ? ORDER BY day, kind, platform, language, sentiment`,
  issues: `SELECT day, issue_id AS issueId, language, kind, sentiment, originals, amplifications
    FROM rollup_issue WHERE day BETWEEN ? AND ? ORDER BY day, issue_id, language, kind, sentiment`,
  subjects: `SELECT day, subject_id AS subjectId, language, kind, sentiment, originals, amplifications
    FROM rollup_subject WHERE day BETWEEN ? AND ? ORDER BY day, subject_id, language, kind, sentiment`,
  districts: `SELECT day, district_id AS districtId, language, kind, sentiment, originals, amplifications
    FROM rollup_district WHERE day BETWEEN ? AND ? ORDER BY day, district_id, language, kind, sentiment`,
  districtIssues: `SELECT day, district_id AS districtId, issue_id AS issueId, originals, amplifications
    FROM rollup_district_issue WHERE day BETWEEN ? AND ? ORDER BY day, district_id, issue_id`,
  slices: `SELECT day, slice_id AS sliceId, language, kind, sentiment, originals, amplifications
    FROM rollup_slice WHERE day BETWEEN ? AND ? ORDER BY day, slice_id, language, kind, sentiment`,
  outlets: `SELECT day, outlet, originals, amplifications
    FROM rollup_outlet WHERE day BETWEEN ? AND ? ORDER BY day, outlet`,
  scopes: `SELECT day, scope, originals, amplifications
    FROM rollup_scope WHERE day BETWEEN ? AND ? ORDER BY day, scope`,
} as const;

/** Every rollup row of the days in `range`, in one read transaction so the tables agree. */
export function readRollups(database: Database, range: DayRange): RollupSnapshot {
  const read = (sql: string) => database.prepare(sql).all(range.from, range.to);
  return database.transaction(() => ({
    range,
    volume: read(QUERIES.volume),
    issues: read(QUERIES.issues),
    subjects: read(QUERIES.subjects),
    districts: read(QUERIES.districts),
    districtIssues: read(QUERIES.districtIssues),
    slices: read(QUERIES.slices),
    outlets: read(QUERIES.outlets),
    scopes: read(QUERIES.scopes),
  }) as RollupSnapshot)();
}
