/**
 * What spike alerts and the health page read from a PostgreSQL store (see `dated-posts.ts`):
 * counts and texts of original posts whose source gave a date. Every read names the day range on
 * `posts`, so only the months it covers are read.
 */
import type pg from 'pg';

import type { DayRange } from '../day-range.js';
import { WHOLE_CITY, type DatedCounts, type DatedPost, type DatedPostFilter } from '../dated-posts.js';

const ORIGINAL_DATED = `p.amplifies_id IS NULL AND p.date_source = 'source' AND p.day BETWEEN $1 AND $2`;
const WITH_ISSUE = 'post_issues i JOIN posts p ON p.day = i.day AND p.seq = i.post_seq';

const COUNT_QUERIES = {
  totals: `SELECT p.day, count(*) AS originals FROM posts p WHERE ${ORIGINAL_DATED}
    GROUP BY p.day ORDER BY p.day`,
  platforms: `SELECT p.day, p.platform, count(*) AS originals FROM posts p WHERE ${ORIGINAL_DATED}
    GROUP BY p.day, p.platform ORDER BY p.day, p.platform`,
  issueDistricts: `SELECT p.day, i.issue_id AS "issueId", d.district_id AS "districtId", count(*) AS originals
      FROM ${WITH_ISSUE} JOIN post_districts d ON d.post_seq = i.post_seq
      WHERE ${ORIGINAL_DATED} AND i.day BETWEEN $1 AND $2 GROUP BY p.day, i.issue_id, d.district_id
    UNION ALL
    SELECT p.day, i.issue_id AS "issueId", '${WHOLE_CITY}' AS "districtId", count(*) AS originals
      FROM ${WITH_ISSUE}
      WHERE ${ORIGINAL_DATED} AND i.day BETWEEN $1 AND $2 GROUP BY p.day, i.issue_id
    ORDER BY 1, 2, 3`,
  subjects: `SELECT p.day, s.subject_id AS "subjectId", count(*) AS originals
      FROM post_subject_sentiment s JOIN posts p ON p.seq = s.post_seq
      WHERE ${ORIGINAL_DATED} GROUP BY p.day, s.subject_id ORDER BY p.day, s.subject_id`,
} as const;

const POST_COLUMNS = 'p.kind, p.platform, p.day, p.outlet, p.url, p.title, p.text, p.normalised';
const WITH_TEXT = `${ORIGINAL_DATED} AND p.text IS NOT NULL`;
const POST_ORDER = 'ORDER BY p.published_at DESC, p.seq DESC LIMIT $3';

/** Counts of dated original posts in `range`, read in one snapshot. */
export async function readDatedCounts(pool: pg.Pool, range: DayRange): Promise<DatedCounts> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const read = async (sql: string) => (await client.query(sql, [range.from, range.to])).rows;
    const counts = {
      totals: await read(COUNT_QUERIES.totals),
      platforms: await read(COUNT_QUERIES.platforms),
      issueDistricts: await read(COUNT_QUERIES.issueDistricts),
      subjects: await read(COUNT_QUERIES.subjects),
    } as DatedCounts;
    await client.query('COMMIT');
    return counts;
  } finally {
    client.release();
  }
}

/** Original posts matching `filter` in `range` that still have their text, newest first. */
export async function readDatedPosts(
  pool: pg.Pool, filter: DatedPostFilter, range: DayRange, limit: number,
): Promise<DatedPost[]> {
  const bounds = [range.from, range.to, limit];
  let rows: DatedPost[];
  if ('subjectId' in filter) {
    rows = (await pool.query<DatedPost>(`SELECT ${POST_COLUMNS} FROM post_subject_sentiment s
      JOIN posts p ON p.seq = s.post_seq WHERE s.subject_id = $4 AND ${WITH_TEXT} ${POST_ORDER}`,
    [...bounds, filter.subjectId])).rows;
  } else if (filter.districtId === WHOLE_CITY) {
    rows = (await pool.query<DatedPost>(`SELECT ${POST_COLUMNS} FROM ${WITH_ISSUE}
      WHERE i.issue_id = $4 AND i.day BETWEEN $1 AND $2 AND ${WITH_TEXT} ${POST_ORDER}`,
    [...bounds, filter.issueId])).rows;
  } else {
    rows = (await pool.query<DatedPost>(`SELECT ${POST_COLUMNS} FROM ${WITH_ISSUE}
      JOIN post_districts d ON d.post_seq = i.post_seq
      WHERE i.issue_id = $4 AND d.district_id = $5 AND i.day BETWEEN $1 AND $2 AND ${WITH_TEXT} ${POST_ORDER}`,
    [...bounds, filter.issueId, filter.districtId])).rows;
  }
  // Social posts show no outlet or address (DESIGN rule 3), whatever a row holds.
  return rows.map((row) => row.kind === 'article' ? row : { ...row, outlet: null, url: null });
}
