import type { Migration } from '../migration.js';

/**
 * An issue's rows carry their post's publication time besides its day and score, so that the
 * excerpts of one issue and period are sorted from one index range of `post_issues` alone (an
 * index-only scan), and only the few posts shown are read from `posts` (see ranked-posts.ts).
 * Existing rows are filled from `posts`.
 */
export const rankedIssueRows: Migration = {
  version: 4,
  name: 'issue rows carry publication time; excerpts ranked from their index',
  sql: `
ALTER TABLE post_issues ADD COLUMN published_at timestamptz;
UPDATE post_issues i SET published_at = p.published_at FROM posts p WHERE p.day = i.day AND p.seq = i.post_seq;
ALTER TABLE post_issues ALTER COLUMN published_at SET NOT NULL;
DROP INDEX post_issues_by_issue;
CREATE INDEX post_issues_by_issue ON post_issues (issue_id, day) INCLUDE (score, published_at, post_seq);
ANALYZE post_issues;
`,
};
