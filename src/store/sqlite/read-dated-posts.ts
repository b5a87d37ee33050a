import type { Database } from 'better-sqlite3';

import type { DayRange } from '../day-range.js';
import { WHOLE_CITY, type DatedCounts, type DatedPost, type DatedPostFilter } from '../dated-posts.js';
import { firstRankedPosts, type RankedSeq } from './ranked-posts.js';

// From the dated rollups (RollupTally's dated rules), so a season of counts reads a few thousand
// rollup rows rather than every post of the season.
const COUNT_QUERIES = {
  totals: `SELECT day, sum(originals) AS originals FROM rollup_dated_platform
    WHERE day BETWEEN ? AND ? GROUP BY day ORDER BY day`,
  platforms: `SELECT day, platform, originals FROM rollup_dated_platform
    WHERE day BETWEEN ? AND ? ORDER BY day, platform`,
  issueDistricts: `SELECT day, issue_id AS issueId, district_id AS districtId, originals FROM rollup_dated_issue
    WHERE day BETWEEN ? AND ? ORDER BY day, issue_id, district_id`,
  subjects: `SELECT day, subject_id AS subjectId, originals FROM rollup_dated_subject
    WHERE day BETWEEN ? AND ? ORDER BY day, subject_id`,
} as const;

const POST_COLUMNS = 'p.kind, p.platform, p.day, p.outlet, p.url, p.title, p.text, p.normalised';
const ORIGINAL_DATED_WITH_TEXT = "p.amplifies_id IS NULL AND p.date_source = 'source' AND p.text IS NOT NULL";
const DATED_POST = `SELECT ${POST_COLUMNS} FROM posts p WHERE p.seq = ? AND ${ORIGINAL_DATED_WITH_TEXT}`;
const NEWEST_FIRST = 'ORDER BY i.published_at DESC, i.post_seq DESC LIMIT ?';

/** Counts of dated original posts in `range`, in one read transaction. */
export function readDatedCounts(database: Database, range: DayRange): DatedCounts {
  const read = (sql: string) => database.prepare(sql).all(range.from, range.to);
  return database.transaction(() => ({
    totals: read(COUNT_QUERIES.totals),
    platforms: read(COUNT_QUERIES.platforms),
    issueDistricts: read(COUNT_QUERIES.issueDistricts),
    subjects: read(COUNT_QUERIES.subjects),
  }) as DatedCounts)();
}

export function readDatedPosts(
  database: Database,
  filter: DatedPostFilter,
  range: DayRange,
  limit: number,
): DatedPost[] {
  let rows: DatedPost[];
  if ('subjectId' in filter) {
    // LIMITATION: subject rows carry no day, so this reads the range's posts through the day
    // index; a day-placed index like the issues' would make it a range read of one subject.
    rows = database.prepare(`SELECT ${POST_COLUMNS} FROM post_subject_sentiment s
      JOIN posts p ON p.seq = s.post_seq WHERE s.subject_id = ? AND p.day BETWEEN ? AND ?
        AND ${ORIGINAL_DATED_WITH_TEXT}
      ORDER BY p.published_at DESC, p.seq DESC LIMIT ?`)
      .all(filter.subjectId, range.from, range.to, limit) as DatedPost[];
  } else {
    const inDistrict = filter.districtId !== WHOLE_CITY;
    const newest = database.prepare(`SELECT i.post_seq AS seq, i.published_at AS rank, i.published_at AS publishedAt
      FROM post_issues i
      ${inDistrict ? 'JOIN post_districts d ON d.post_seq = i.post_seq AND d.district_id = ?' : ''}
      WHERE i.issue_id = ? AND i.day BETWEEN ? AND ? ${NEWEST_FIRST}`);
    const parameters = [...(inDistrict ? [filter.districtId] : []), filter.issueId, range.from, range.to];
    const ranking = (count: number) => newest.all(...parameters, count) as RankedSeq[];
    rows = firstRankedPosts<DatedPost>(ranking, database.prepare(DATED_POST), limit)
      .map(({ post }) => post);
  }
  return rows.map((row) => row.kind === 'article' ? row : { ...row, outlet: null, url: null });
}
