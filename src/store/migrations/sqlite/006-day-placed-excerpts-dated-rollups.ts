import type { Migration } from '../migration.js';

/**
 * Dashboard reads that stay fast at millions of posts.
 *
 * An issue's and an agency's rows carry their post's local day and publication time (and, for
 * agencies, the post's negative probability), so that an index starting with the issue or agency
 * and the day holds a period's posts in excerpt order: a digest reads one week of one issue
 * instead of every post ever filed under it. The store writes these columns with the post and
 * moves `day` with it when the project's zone changes. Existing rows are filled from `posts`.
 *
 * The dated rollups count original posts whose source gave their date, which spike alerts and
 * collection health read, per platform, per issue and district ('*' for the whole city), and per
 * subject. They are filled by the store's recount when it next opens (`rollups_stale`).
 */
export const dayPlacedExcerptsDatedRollups: Migration = {
  version: 6,
  name: 'issue and agency rows placed by day for excerpts; dated-post rollups for alerts',
  sql: `
CREATE TABLE post_issues_placed (
  post_seq INTEGER NOT NULL,
  issue_id TEXT NOT NULL,
  score REAL NOT NULL,
  day TEXT NOT NULL,
  published_at INTEGER NOT NULL,
  PRIMARY KEY (post_seq, issue_id)
) WITHOUT ROWID;
INSERT INTO post_issues_placed (post_seq, issue_id, score, day, published_at)
  SELECT i.post_seq, i.issue_id, i.score, p.day, p.published_at
  FROM post_issues i JOIN posts p ON p.seq = i.post_seq ORDER BY i.post_seq, i.issue_id;
DROP TABLE post_issues;
ALTER TABLE post_issues_placed RENAME TO post_issues;
CREATE INDEX post_issues_by_issue_day ON post_issues (issue_id, day, score, published_at);

CREATE TABLE post_agencies_placed (
  post_seq INTEGER NOT NULL,
  agency_id TEXT NOT NULL,
  rule TEXT NOT NULL,
  issue_id TEXT,
  district_id TEXT,
  evidence TEXT NOT NULL,
  day TEXT NOT NULL,
  published_at INTEGER NOT NULL,
  negative REAL NOT NULL,
  PRIMARY KEY (post_seq, agency_id)
) WITHOUT ROWID;
INSERT INTO post_agencies_placed
    (post_seq, agency_id, rule, issue_id, district_id, evidence, day, published_at, negative)
  SELECT a.post_seq, a.agency_id, a.rule, a.issue_id, a.district_id, a.evidence,
    p.day, p.published_at, p.p_negative
  FROM post_agencies a JOIN posts p ON p.seq = a.post_seq ORDER BY a.post_seq, a.agency_id;
DROP TABLE post_agencies;
ALTER TABLE post_agencies_placed RENAME TO post_agencies;
CREATE INDEX post_agencies_by_agency_day ON post_agencies (agency_id, day, negative, published_at, rule);

CREATE TABLE rollup_dated_platform (
  day TEXT NOT NULL,
  platform TEXT NOT NULL,
  originals INTEGER NOT NULL,
  PRIMARY KEY (day, platform)
) WITHOUT ROWID;

CREATE TABLE rollup_dated_issue (
  day TEXT NOT NULL,
  issue_id TEXT NOT NULL,
  district_id TEXT NOT NULL,
  originals INTEGER NOT NULL,
  PRIMARY KEY (day, issue_id, district_id)
) WITHOUT ROWID;

CREATE TABLE rollup_dated_subject (
  day TEXT NOT NULL,
  subject_id TEXT NOT NULL,
  originals INTEGER NOT NULL,
  PRIMARY KEY (day, subject_id)
) WITHOUT ROWID;

INSERT INTO meta (key, value) VALUES ('rollups_stale', '1')
  ON CONFLICT (key) DO UPDATE SET value = excluded.value;
`,
};
