import type { Migration } from '../migration.js';

/**
 * Attribution of posts to agencies (public bodies) and its daily rollups. Posts stored before
 * this step have no attribution until `tyndau analyze` runs the stages again.
 *
 * `rule` is how the post was attributed (own-channel, mention, issue-district, issue); `evidence`
 * what matched, for explaining it. The agency rollups leave out the agency's own articles, which
 * are its answers, not what residents raise; those are counted, with news naming the agency, as
 * response signals per issue (`signal` own-channel or press, news articles only).
 */
export const agencyAttribution: Migration = {
  version: 2,
  name: 'agency attribution and its rollups',
  sql: `
CREATE TABLE post_agencies (
  post_seq INTEGER NOT NULL,
  agency_id TEXT NOT NULL,
  rule TEXT NOT NULL,
  issue_id TEXT,
  district_id TEXT,
  evidence TEXT NOT NULL,
  PRIMARY KEY (post_seq, agency_id)
) WITHOUT ROWID;
CREATE INDEX post_agencies_by_agency ON post_agencies (agency_id, post_seq);

CREATE TABLE rollup_agency (
  day TEXT NOT NULL,
  agency_id TEXT NOT NULL,
  rule TEXT NOT NULL,
  sentiment TEXT NOT NULL,
  originals INTEGER NOT NULL,
  amplifications INTEGER NOT NULL,
  PRIMARY KEY (day, agency_id, rule, sentiment)
) WITHOUT ROWID;

CREATE TABLE rollup_agency_issue (
  day TEXT NOT NULL,
  agency_id TEXT NOT NULL,
  issue_id TEXT NOT NULL,
  sentiment TEXT NOT NULL,
  originals INTEGER NOT NULL,
  amplifications INTEGER NOT NULL,
  PRIMARY KEY (day, agency_id, issue_id, sentiment)
) WITHOUT ROWID;

CREATE TABLE rollup_agency_district (
  day TEXT NOT NULL,
  agency_id TEXT NOT NULL,
  district_id TEXT NOT NULL,
  originals INTEGER NOT NULL,
  amplifications INTEGER NOT NULL,
  PRIMARY KEY (day, agency_id, district_id)
) WITHOUT ROWID;

CREATE TABLE rollup_agency_response (
  day TEXT NOT NULL,
  agency_id TEXT NOT NULL,
  issue_id TEXT NOT NULL,
  signal TEXT NOT NULL,
  originals INTEGER NOT NULL,
  amplifications INTEGER NOT NULL,
  PRIMARY KEY (day, agency_id, issue_id, signal)
) WITHOUT ROWID;
`,
};
