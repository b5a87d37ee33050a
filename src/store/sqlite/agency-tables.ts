/**
 * The SQLite side of agency attribution: one row per post and agency in `post_agencies`, the four
 * agency rollups kept in step with it, and the reads the weak-points view needs.
 */
import type { Database, Statement } from 'better-sqlite3';

import type { AgencyAttribution } from '../../analyze/analysis.js';
import type { AgencyRollupName, AgencyRollupTally } from '../agency-rollup-tally.js';
import type { AgencyRollupSnapshot } from '../agency-rollups.js';
import type { DayRange } from '../store.js';

interface AgencyRollupTable {
  readonly table: string;
  readonly keyColumns: readonly string[];
  /**
   * Recount from the post tables, `posts` being the table of the posts it counts: key columns,
   * originals, amplifications (`AgencyRollupTally` rules).
   */
  readonly recount: (posts: string) => string;
  /** Read for a day range, with the interface's field names. */
  readonly read: string;
}

const COUNTS = 'sum(p.amplifies_id IS NULL), sum(p.amplifies_id IS NOT NULL)';
const attributed = (posts: string): string => `post_agencies a JOIN ${posts} p ON p.seq = a.post_seq`;
const COMPLAINT = "a.rule <> 'own-channel'";

const AGENCY_ROLLUPS: Readonly<Record<AgencyRollupName, AgencyRollupTable>> = {
  agency: {
    table: 'rollup_agency',
    keyColumns: ['day', 'agency_id', 'rule', 'sentiment'],
    recount: (posts) => `SELECT p.day, a.agency_id, a.rule, p.sentiment, ${COUNTS}
      FROM ${attributed(posts)} WHERE ${COMPLAINT} GROUP BY 1, 2, 3, 4`,
    read: `SELECT day, agency_id AS agencyId, rule, sentiment, originals, amplifications
      FROM rollup_agency WHERE day BETWEEN ? AND ? ORDER BY day, agency_id, rule, sentiment`,
  },
  agencyIssue: {
    table: 'rollup_agency_issue',
    keyColumns: ['day', 'agency_id', 'issue_id', 'sentiment'],
    recount: (posts) => `SELECT p.day, a.agency_id, i.issue_id, p.sentiment, ${COUNTS}
      FROM ${attributed(posts)} JOIN post_issues i ON i.post_seq = a.post_seq
      WHERE ${COMPLAINT} GROUP BY 1, 2, 3, 4`,
    read: `SELECT day, agency_id AS agencyId, issue_id AS issueId, sentiment, originals, amplifications
      FROM rollup_agency_issue WHERE day BETWEEN ? AND ? ORDER BY day, agency_id, issue_id, sentiment`,
  },
  agencyDistrict: {
    table: 'rollup_agency_district',
    keyColumns: ['day', 'agency_id', 'district_id'],
    recount: (posts) => `SELECT p.day, a.agency_id, d.district_id, ${COUNTS}
      FROM ${attributed(posts)} JOIN post_districts d ON d.post_seq = a.post_seq
      WHERE ${COMPLAINT} GROUP BY 1, 2, 3`,
    read: `SELECT day, agency_id AS agencyId, district_id AS districtId, originals, amplifications
      FROM rollup_agency_district WHERE day BETWEEN ? AND ? ORDER BY day, agency_id, district_id`,
  },
  agencyResponse: {
    table: 'rollup_agency_response',
    keyColumns: ['day', 'agency_id', 'issue_id', 'signal'],
    recount: (posts) => `SELECT p.day, a.agency_id, i.issue_id,
        CASE a.rule WHEN 'own-channel' THEN 'own-channel' ELSE 'press' END, ${COUNTS}
      FROM ${attributed(posts)} JOIN post_issues i ON i.post_seq = a.post_seq
      WHERE p.kind = 'article' AND a.rule IN ('own-channel', 'mention') GROUP BY 1, 2, 3, 4`,
    read: `SELECT day, agency_id AS agencyId, issue_id AS issueId, signal, originals, amplifications
      FROM rollup_agency_response WHERE day BETWEEN ? AND ? ORDER BY day, agency_id, issue_id, signal`,
  },
};

const NAMES = Object.keys(AGENCY_ROLLUPS) as AgencyRollupName[];

export interface AgencyPlacement {
  readonly day: string;
  readonly publishedAt: number;
  readonly negative: number;
}

/** Prepared statements for one post's attribution rows and the batch's rollup upserts. */
export class AgencyTables {
  readonly #insert: Statement;
  readonly #delete: Statement;
  readonly #upserts: Record<AgencyRollupName, Statement>;

  constructor(database: Database) {
    this.#insert = database.prepare(`INSERT INTO post_agencies
      (post_seq, agency_id, rule, issue_id, district_id, evidence, day, published_at, negative)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (post_seq, agency_id) DO NOTHING`);
    this.#delete = database.prepare('DELETE FROM post_agencies WHERE post_seq = ?');
    const upserts = {} as Record<AgencyRollupName, Statement>;
    for (const name of NAMES) upserts[name] = database.prepare(upsertSql(AGENCY_ROLLUPS[name]));
    this.#upserts = upserts;
  }

  /**
   * Stores a post's attributions; an agency given twice keeps its first (strongest) rule. The
   * post's day, time and negative probability go with each row, for reading excerpts in order.
   */
  insert(seq: number, attributions: readonly AgencyAttribution[], placement: AgencyPlacement): void {
    for (const entry of attributions) {
      this.#insert.run(
        seq, entry.agencyId, entry.rule, entry.issueId, entry.districtId, JSON.stringify(entry.evidence),
        placement.day, placement.publishedAt, placement.negative,
      );
    }
  }

  delete(seq: number): void {
    this.#delete.run(seq);
  }

  /** Adds the batch's tallies; call inside the transaction that stored the posts. */
  writeRollups(tally: AgencyRollupTally): void {
    for (const name of NAMES) {
      for (const row of tally.tables[name].values()) {
        this.#upserts[name].run(...row.key, row.originals, row.amplifications);
      }
    }
  }
}

function upsertSql(table: AgencyRollupTable): string {
  const columns = [...table.keyColumns, 'originals', 'amplifications'];
  return `INSERT INTO ${table.table} (${columns.join(', ')})
    VALUES (${columns.map(() => '?').join(', ')})
    ON CONFLICT (${table.keyColumns.join(', ')}) DO UPDATE SET
    originals = originals + excluded.originals, amplifications = amplifications + excluded.amplifications`;
}

/** Recounts the agency rollups from `post_agencies` and `posts` (`countedPosts`); call inside a transaction. */
export function rebuildAgencyRollups(database: Database, posts: string): void {
  for (const name of NAMES) {
    const table = AGENCY_ROLLUPS[name];
    const columns = [...table.keyColumns, 'originals', 'amplifications'];
    database.exec(`DELETE FROM ${table.table}`);
    database.exec(`INSERT INTO ${table.table} (${columns.join(', ')}) ${table.recount(posts)}`);
  }
}

/** Every agency rollup row of `range`, in one read transaction so the tables agree. */
export function readAgencyRollups(database: Database, range: DayRange): AgencyRollupSnapshot {
  const read = (name: AgencyRollupName) => database.prepare(AGENCY_ROLLUPS[name].read).all(range.from, range.to);
  return database.transaction(() => ({
    range,
    agencies: read('agency'),
    agencyIssues: read('agencyIssue'),
    agencyDistricts: read('agencyDistrict'),
    responses: read('agencyResponse'),
  }) as AgencyRollupSnapshot)();
}
