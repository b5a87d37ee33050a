import type { Database } from 'better-sqlite3';

import type { DayRange } from '../day-range.js';
import { WHOLE_CITY, type DatedCounts, type DatedPost, type DatedPostFilter } from '../dated-posts.js';

const ORIGINAL_DATED = `p.amplifies_id IS NULL AND p.date_source = 'source' AND p.day BETWEEN ? AND ?`;

const COUNT_QUERIES = {
  totals: `SELECT p.day, count(*) AS originals FROM posts p WHERE ${ORIGINAL_DATED}
    GROUP BY p.day ORDER BY p.day`,
  platforms: `SELECT p.day, p.platform, count(*) AS originals FROM posts p WHERE ${ORIGINAL_DATED}
    GROUP BY p.day, p.platform ORDER BY p.day, p.platform`,
  issueDistricts: `SELECT p.day, i.issue_id AS issueId, d.district_id AS districtId, count(*) AS originals
      FROM post_issues i JOIN posts p ON p.seq = i.post_seq
      JOIN post_districts d ON d.post_seq = i.post_seq
      WHERE ${ORIGINAL_DATED} GROUP BY p.day, i.issue_id, d.district_id
    UNION ALL
    SELECT p.day, i.issue_id AS issueId, '${WHOLE_CITY}' AS districtId, count(*) AS originals
      FROM post_issues i JOIN posts p ON p.seq = i.post_seq
      WHERE ${ORIGINAL_DATED} GROUP BY p.day, i.issue_id
    ORDER BY 1, 2, 3`,
  subjects: `SELECT p.day, s.subject_id AS subjectId, count(*) AS originals
      FROM post_subject_sentiment s JOIN posts p ON p.seq = s.post_seq
      WHERE ${ORIGINAL_DATED} GROUP BY p.day, s.subject_id ORDER BY p.day, s.subject_id`,
} as const;

const POST_COLUMNS = 'p.kind, p.platform, p.day, p.outlet, p.url, p.title, p.text, p.normalised';
const POST_ORDER = 'ORDER BY p.published_at DESC, p.seq DESC LIMIT ?';

/** Counts of dated original posts in `range`, in one read transaction. */
export function readDatedCounts(database: Database, range: DayRange): DatedCounts {
  const read = (sql: string, times: number) =>
    database.prepare(sql).all(...Array.from({ length: times }, () => [range.from, range.to]).flat());
  return database.transaction(() => ({
    totals: read(COUNT_QUERIES.totals, 1),
    platforms: read(COUNT_QUERIES.platforms, 1),
    issueDistricts: read(COUNT_QUERIES.issueDistricts, 2),
    subjects: read(COUNT_QUERIES.subjects, 1),
  }) as DatedCounts)();
}

export function readDatedPosts(
  database: Database,
  filter: DatedPostFilter,
  range: DayRange,
  limit: number,
): DatedPost[] {
  const withText = `${ORIGINAL_DATED} AND p.text IS NOT NULL`;
  let rows: DatedPost[];
  if ('subjectId' in filter) {
    rows = database.prepare(`SELECT ${POST_COLUMNS} FROM post_subject_sentiment s
      JOIN posts p ON p.seq = s.post_seq WHERE s.subject_id = ? AND ${withText} ${POST_ORDER}`)
      .all(filter.subjectId, range.from, range.to, limit) as DatedPost[];
  } else if (filter.districtId === WHOLE_CITY) {
    rows = database.prepare(`SELECT ${POST_COLUMNS} FROM post_issues i
      JOIN posts p ON p.seq = i.post_seq WHERE i.issue_id = ? AND ${withText} ${POST_ORDER}`)
      .all(filter.issueId, range.from, range.to, limit) as DatedPost[];
  } else {
    rows = database.prepare(`SELECT ${POST_COLUMNS} FROM post_issues i
      JOIN posts p ON p.seq = i.post_seq JOIN post_districts d ON d.post_seq = i.post_seq
      WHERE i.issue_id = ? AND d.district_id = ? AND ${withText} ${POST_ORDER}`)
      .all(filter.issueId, filter.districtId, range.from, range.to, limit) as DatedPost[];
  }
  return rows.map((row) => row.kind === 'article' ? row : { ...row, outlet: null, url: null });
}
