import type { Migration } from '../migration.js';

/**
 * Attribution of posts to agencies (public bodies) and its daily rollups, as in the SQLite store.
 * Posts stored before this step have no attribution until `tyndau analyze` runs the stages again.
 *
 * `rule` is how the post was attributed (own-channel, mention, issue-district, issue); `evidence`
 * what matched, as a JSON list, for explaining it. The post's day, publication time and negative
 * probability are repeated, so that an agency's excerpts for a week come in order from one
 * index range, and only the few posts shown are read from that week's partitions. The
 * agency rollups leave out the agency's own articles, which are its answers; those are counted,
 * with news naming the agency, as response signals per issue (news articles only).
 */
export const agencyAttribution: Migration = {
  version: 3,
  name: 'agency attribution and its rollups',
  sql: `
CREATE TABLE post_agencies (
  post_seq bigint NOT NULL,
  agency_id text NOT NULL,
  day date NOT NULL,
  rule text NOT NULL,
  issue_id text,
  district_id text,
  evidence text NOT NULL,
  published_at timestamptz NOT NULL,
  negative real NOT NULL,
  PRIMARY KEY (post_seq, agency_id)
);
CREATE INDEX post_agencies_by_agency ON post_agencies (agency_id, day) INCLUDE (negative, published_at, rule, post_seq);

CREATE TABLE rollup_agency (
  day date NOT NULL,
  agency_id text NOT NULL,
  rule text NOT NULL,
  sentiment text NOT NULL,
  originals integer NOT NULL,
  amplifications integer NOT NULL,
  PRIMARY KEY (day, agency_id, rule, sentiment)
);

CREATE TABLE rollup_agency_issue (
  day date NOT NULL,
  agency_id text NOT NULL,
  issue_id text NOT NULL,
  sentiment text NOT NULL,
  originals integer NOT NULL,
  amplifications integer NOT NULL,
  PRIMARY KEY (day, agency_id, issue_id, sentiment)
);

CREATE TABLE rollup_agency_district (
  day date NOT NULL,
  agency_id text NOT NULL,
  district_id text NOT NULL,
  originals integer NOT NULL,
  amplifications integer NOT NULL,
  PRIMARY KEY (day, agency_id, district_id)
);

CREATE TABLE rollup_agency_response (
  day date NOT NULL,
  agency_id text NOT NULL,
  issue_id text NOT NULL,
  signal text NOT NULL,
  originals integer NOT NULL,
  amplifications integer NOT NULL,
  PRIMARY KEY (day, agency_id, issue_id, signal)
);
`,
};
