import type { Migration } from '../migration.js';

/**
 * Issue and agency rows in excerpt order without the day first, for long periods: a quarter or
 * a year holds most of an issue's posts, so walking its rows from the best down finds the
 * period's best at once, where the day-first index asks every day of the period for its best
 * (365 reads an issue for a year). The day follows the time, so that the walk can skip rows
 * outside the period without reading `posts`.
 */
export const rankOrderIndexes: Migration = {
  version: 7,
  name: 'issue and agency rows indexed in excerpt order for long periods',
  sql: `
CREATE INDEX post_issues_by_rank ON post_issues (issue_id, score, published_at, day);
CREATE INDEX post_agencies_by_rank ON post_agencies (agency_id, negative, published_at, day, post_seq, rule);
`,
};
