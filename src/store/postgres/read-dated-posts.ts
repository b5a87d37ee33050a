/**
 * What spike alerts and the health page read from a PostgreSQL store (see `dated-posts.ts`):
 * counts of original posts whose source gave a date, from their rollups, and such posts' texts.
 */
import type pg from 'pg';

import type { DayRange } from '../day-range.js';
import { WHOLE_CITY, type DatedCounts, type DatedPost, type DatedPostFilter } from '../dated-posts.js';
import { NEWEST_FIRST, rankedPostsSql } from './ranked-posts.js';
import { readSnapshot } from './read-snapshot.js';

const ORIGINAL_DATED = `p.amplifies_id IS NULL AND p.date_source = 'source' AND p.day BETWEEN $1 AND $2`;

// From the dated rollups (RollupTally's dated rules), so a season of counts reads a few thousand
// rollup rows rather than every post of the season.
const COUNT_QUERIES = {
  totals: `SELECT day, sum(originals) AS originals FROM rollup_dated_platform
    WHERE day BETWEEN $1 AND $2 GROUP BY day ORDER BY day`,
  platforms: `SELECT day, platform, originals FROM rollup_dated_platform
    WHERE day BETWEEN $1 AND $2 ORDER BY day, platform`,
  issueDistricts: `SELECT day, issue_id AS "issueId", district_id AS "districtId", originals FROM rollup_dated_issue
    WHERE day BETWEEN $1 AND $2 ORDER BY day, issue_id, district_id`,
  subjects: `SELECT day, subject_id AS "subjectId", originals FROM rollup_dated_subject
    WHERE day BETWEEN $1 AND $2 ORDER BY day, subject_id`,
} as const;

const POST_COLUMNS = 'p.kind, p.platform, p.day, p.outlet, p.url, p.title, p.text, p.normalised';

/** Counts of dated original posts in `range`, read in one snapshot. */
export async function readDatedCounts(pool: pg.Pool, range: DayRange): Promise<DatedCounts> {
  return await readSnapshot(pool, COUNT_QUERIES, [range.from, range.to]) as unknown as DatedCounts;
}

/** Original posts matching `filter` in `range` that still have their text, newest first. */
export async function readDatedPosts(
  pool: pg.Pool, filter: DatedPostFilter, range: DayRange, limit: number,
): Promise<DatedPost[]> {
  const bounds = [range.from, range.to, limit];
  let rows: DatedPost[];
  if ('subjectId' in filter) {
    // LIMITATION: subject rows carry no day, so this reads the range's posts of the subject
    // through a join; a day-placed index like the issues' would make it one range read.
    rows = (await pool.query<DatedPost>(`SELECT ${POST_COLUMNS} FROM post_subject_sentiment s
      JOIN posts p ON p.seq = s.post_seq WHERE s.subject_id = $4 AND ${ORIGINAL_DATED} AND p.text IS NOT NULL
      ORDER BY p.published_at DESC, p.seq DESC LIMIT $3`,
    [...bounds, filter.subjectId])).rows;
  } else {
    // Newest first straight from the issue index, backwards from the period's end, reading
    // only the posts shown.
    const inDistrict = filter.districtId !== WHOLE_CITY;
    const ranking = `SELECT i.post_seq, i.day, i.published_at AS rank, i.published_at FROM post_issues i
      ${inDistrict ? 'JOIN post_districts d ON d.post_seq = i.post_seq AND d.district_id = $5' : ''}
      WHERE i.issue_id = $4 AND i.day BETWEEN $1 AND $2`;
    rows = (await pool.query<DatedPost>(rankedPostsSql(ranking, NEWEST_FIRST, '$3', "p.date_source = 'source'"),
      [...bounds, filter.issueId, ...(inDistrict ? [filter.districtId] : [])])).rows;
  }
  // Social posts show no outlet or address (DESIGN rule 3), whatever a row holds.
  return rows.map(({ kind, platform, day, outlet, url, title, text, normalised }) => kind === 'article'
    ? { kind, platform, day, outlet, url, title, text, normalised }
    : { kind, platform, day, outlet: null, url: null, title, text, normalised });
}
