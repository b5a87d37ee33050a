/**
 * The PostgreSQL side of agency attribution: one row per post and agency in `post_agencies`, the
 * four agency rollups kept in step with it (the rules of `AgencyRollupTally`), and the reads
 * the weak-points view needs.
 */
import type pg from 'pg';

import type { AgencyAttribution } from '../../analyze/analysis.js';
import type { AgencyRollupName, AgencyRollupTally } from '../agency-rollup-tally.js';
import type { AgencyRollupSnapshot } from '../agency-rollups.js';
import type { DayRange, ExcerptCandidate } from '../store.js';
import { BY_RANK, candidateOf, excerptPosts, rankedPostsSql, type CandidateRow } from './ranked-posts.js';
import { readSnapshot } from './read-snapshot.js';
import { RECOUNTED, recountTable, writeTallies, type RollupTable } from './rollup-tables.js';

const attributed = (posts: string): string => `post_agencies a JOIN ${posts} p ON p.day = a.day AND p.seq = a.post_seq`;
const COMPLAINT = "rule <> 'own-channel'";

const AGENCY_TABLES: Readonly<Record<AgencyRollupName, RollupTable & { readonly read: string }>> = {
  agency: {
    table: 'rollup_agency',
    keyColumns: ['day', 'agency_id', 'rule', 'sentiment'],
    keyTypes: ['date', 'text', 'text', 'text'],
    countColumns: ['originals', 'amplifications'],
    recount: (posts) => `SELECT p.day, a.agency_id, a.rule, p.sentiment, ${RECOUNTED}
      FROM ${attributed(posts)} WHERE a.${COMPLAINT} GROUP BY 1, 2, 3, 4`,
    read: `SELECT day, agency_id AS "agencyId", rule, sentiment, originals, amplifications
      FROM rollup_agency WHERE day BETWEEN $1 AND $2 ORDER BY day, agency_id, rule, sentiment`,
  },
  agencyIssue: {
    table: 'rollup_agency_issue',
    keyColumns: ['day', 'agency_id', 'issue_id', 'sentiment'],
    keyTypes: ['date', 'text', 'text', 'text'],
    countColumns: ['originals', 'amplifications'],
    recount: (posts) => `SELECT p.day, a.agency_id, i.issue_id, p.sentiment, ${RECOUNTED}
      FROM ${attributed(posts)} JOIN post_issues i ON i.post_seq = a.post_seq
      WHERE a.${COMPLAINT} GROUP BY 1, 2, 3, 4`,
    read: `SELECT day, agency_id AS "agencyId", issue_id AS "issueId", sentiment, originals, amplifications
      FROM rollup_agency_issue WHERE day BETWEEN $1 AND $2 ORDER BY day, agency_id, issue_id, sentiment`,
  },
  agencyDistrict: {
    table: 'rollup_agency_district',
    keyColumns: ['day', 'agency_id', 'district_id'],
    keyTypes: ['date', 'text', 'text'],
    countColumns: ['originals', 'amplifications'],
    recount: (posts) => `SELECT p.day, a.agency_id, d.district_id, ${RECOUNTED}
      FROM ${attributed(posts)} JOIN post_districts d ON d.post_seq = a.post_seq
      WHERE a.${COMPLAINT} GROUP BY 1, 2, 3`,
    read: `SELECT day, agency_id AS "agencyId", district_id AS "districtId", originals, amplifications
      FROM rollup_agency_district WHERE day BETWEEN $1 AND $2 ORDER BY day, agency_id, district_id`,
  },
  agencyResponse: {
    table: 'rollup_agency_response',
    keyColumns: ['day', 'agency_id', 'issue_id', 'signal'],
    keyTypes: ['date', 'text', 'text', 'text'],
    countColumns: ['originals', 'amplifications'],
    recount: (posts) => `SELECT p.day, a.agency_id, i.issue_id,
        CASE a.rule WHEN 'own-channel' THEN 'own-channel' ELSE 'press' END, ${RECOUNTED}
      FROM ${attributed(posts)} JOIN post_issues i ON i.post_seq = a.post_seq
      WHERE p.kind = 'article' AND a.rule IN ('own-channel', 'mention') GROUP BY 1, 2, 3, 4`,
    read: `SELECT day, agency_id AS "agencyId", issue_id AS "issueId", signal, originals, amplifications
      FROM rollup_agency_response WHERE day BETWEEN $1 AND $2 ORDER BY day, agency_id, issue_id, signal`,
  },
};

const NAMES = Object.keys(AGENCY_TABLES) as AgencyRollupName[];

/** A stored post's attributions, with what of the post orders its excerpts. */
export interface AgencyEntry {
  readonly seq: number;
  readonly day: string;
  readonly publishedAt: Date;
  readonly negative: number;
  readonly agencies: readonly AgencyAttribution[];
}

/**
 * Writes the attribution rows of each entry; an agency given twice for one post keeps its first
 * (strongest) rule, as in the SQLite store. Call inside the transaction that stored the posts.
 */
export async function insertAgencyRows(client: pg.PoolClient, entries: readonly AgencyEntry[]): Promise<void> {
  const columns: unknown[][] = [[], [], [], [], [], [], [], [], []];
  for (const { seq, day, publishedAt, negative, agencies } of entries) {
    const seen = new Set<string>();
    for (const entry of agencies) {
      if (seen.has(entry.agencyId)) continue;
      seen.add(entry.agencyId);
      const values = [
        seq, entry.agencyId, day, entry.rule, entry.issueId, entry.districtId, JSON.stringify(entry.evidence),
        publishedAt, negative,
      ];
      values.forEach((value, index) => columns[index]!.push(value));
    }
  }
  if (columns[0]!.length === 0) return;
  await client.query(`INSERT INTO post_agencies
      (post_seq, agency_id, day, rule, issue_id, district_id, evidence, published_at, negative)
    SELECT * FROM unnest($1::bigint[], $2::text[], $3::date[], $4::text[], $5::text[], $6::text[], $7::text[],
      $8::timestamptz[], $9::real[])`, columns);
}

/** Adds the batch's agency tallies; call inside the transaction that stored the posts. */
export async function writeAgencyRollups(client: pg.PoolClient, tally: AgencyRollupTally): Promise<void> {
  for (const name of NAMES) await writeTallies(client, AGENCY_TABLES[name], tally.tables[name]);
}

/** Recounts the agency rollups from `post_agencies` and `posts` (`countedPosts`); call inside a transaction. */
export async function rebuildAgencyRollups(client: pg.PoolClient, posts: string): Promise<void> {
  for (const name of NAMES) await recountTable(client, AGENCY_TABLES[name], posts);
}

/** Every agency rollup row of `range`, read in one snapshot so the tables agree. */
export async function readAgencyRollups(pool: pg.Pool, range: DayRange): Promise<AgencyRollupSnapshot> {
  const queries = {
    agencies: AGENCY_TABLES.agency.read,
    agencyIssues: AGENCY_TABLES.agencyIssue.read,
    agencyDistricts: AGENCY_TABLES.agencyDistrict.read,
    responses: AGENCY_TABLES.agencyResponse.read,
  };
  return { range, ...await readSnapshot(pool, queries, [range.from, range.to]) } as unknown as AgencyRollupSnapshot;
}

/**
 * Original posts attributed to the agency (not its own articles), most negative, then newest,
 * first. The ranking comes from `post_agencies` alone; posts are read only until `limit` of them
 * pass what it cannot tell (text still held, an original).
 */
export async function readAgencyExcerptCandidates(
  pool: pg.Pool, agencyId: string, range: DayRange, limit: number, setAsideElsewhere = true,
): Promise<ExcerptCandidate[]> {
  const ranking = `SELECT post_seq, day, negative AS rank, published_at
      FROM post_agencies WHERE agency_id = $1 AND day BETWEEN $2 AND $3 AND ${COMPLAINT}`;
  const result = await pool.query<CandidateRow>(rankedPostsSql(ranking, BY_RANK, '$4', excerptPosts(setAsideElsewhere)),
    [agencyId, range.from, range.to, limit]);
  return result.rows.map(candidateOf);
}
