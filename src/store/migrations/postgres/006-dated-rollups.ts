import type { Migration } from '../migration.js';

/**
 * Rollups of original posts whose source gave their date, which spike alerts and collection
 * health read (`DatedCounts`): per platform, per issue and district ('*' for the whole city), and
 * per subject. A season of counts then reads a few thousand rollup rows instead of every post of
 * the season. The step counts the posts already stored.
 */
export const datedRollups: Migration = {
  version: 6,
  name: 'rollups of dated original posts for alerts and collection health',
  sql: `
CREATE TABLE rollup_dated_platform (
  day date NOT NULL,
  platform text NOT NULL,
  originals integer NOT NULL,
  PRIMARY KEY (day, platform)
);

CREATE TABLE rollup_dated_issue (
  day date NOT NULL,
  issue_id text NOT NULL,
  district_id text NOT NULL,
  originals integer NOT NULL,
  PRIMARY KEY (day, issue_id, district_id)
);

CREATE TABLE rollup_dated_subject (
  day date NOT NULL,
  subject_id text NOT NULL,
  originals integer NOT NULL,
  PRIMARY KEY (day, subject_id)
);

INSERT INTO rollup_dated_platform (day, platform, originals)
  SELECT day, platform, count(*) FROM posts
  WHERE amplifies_id IS NULL AND date_source = 'source' GROUP BY 1, 2;

INSERT INTO rollup_dated_issue (day, issue_id, district_id, originals)
  SELECT p.day, i.issue_id, d.district_id, count(*)
    FROM post_issues i JOIN posts p ON p.day = i.day AND p.seq = i.post_seq
    JOIN post_districts d ON d.post_seq = i.post_seq
    WHERE p.amplifies_id IS NULL AND p.date_source = 'source' GROUP BY 1, 2, 3
  UNION ALL
  SELECT p.day, i.issue_id, '*', count(*)
    FROM post_issues i JOIN posts p ON p.day = i.day AND p.seq = i.post_seq
    WHERE p.amplifies_id IS NULL AND p.date_source = 'source' GROUP BY 1, 2;

INSERT INTO rollup_dated_subject (day, subject_id, originals)
  SELECT p.day, s.subject_id, count(*)
    FROM post_subject_sentiment s JOIN posts p ON p.seq = s.post_seq
    WHERE p.amplifies_id IS NULL AND p.date_source = 'source' GROUP BY 1, 2;
`,
};
