import type { Migration } from '../migration.js';

/**
 * Orders of issue and agency rows that long periods read without sorting them:
 * - by score (then newest): an issue's excerpts for a quarter take the first rows of the index
 *   that fall in the quarter, instead of sorting the quarter's tens of thousands of rows; an
 *   agency's by its posts' negative probability, the same way;
 * - by day and time: alerts read an issue's newest dated posts backwards from the period's end.
 *   A post's day follows its time in one zone, so day-then-time is newest-first order.
 * The planner still sorts one index range of days when the period is short.
 */
export const rankIndexes: Migration = {
  version: 7,
  name: 'issue and agency rows indexed in excerpt order, issue rows by time, for long periods',
  sql: `
CREATE INDEX post_issues_by_score ON post_issues (issue_id, score DESC, published_at DESC, post_seq DESC) INCLUDE (day);
DROP INDEX post_issues_by_issue;
CREATE INDEX post_issues_by_issue ON post_issues (issue_id, day, published_at, post_seq) INCLUDE (score);
CREATE INDEX post_agencies_by_negative ON post_agencies (agency_id, negative DESC, published_at DESC, post_seq DESC)
  INCLUDE (day, rule);
ANALYZE post_issues;
ANALYZE post_agencies;
`,
};
