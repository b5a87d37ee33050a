import type { Database, Statement } from 'better-sqlite3';

import type { RollupName, RollupTally } from '../rollup-tally.js';

interface RollupTable {
  readonly table: string;
  readonly keyColumns: readonly string[];
  readonly firstSeenDates: boolean;
  /**
   * A recount from the post tables, selecting the key columns, then originals and
   * amplifications (and first-seen dates for volume). It follows the rules of `RollupTally`.
   */
  readonly recount: string;
}

const ORIGINAL = 'sum(p.amplifies_id IS NULL)';
const AMPLIFICATION = 'sum(p.amplifies_id IS NOT NULL)';

export const ROLLUP_TABLES: Readonly<Record<RollupName, RollupTable>> = {
  volume: {
    table: 'rollup_volume',
    keyColumns: ['day', 'kind', 'platform', 'language', 'sentiment'],
    firstSeenDates: true,
    recount: `SELECT p.day, p.kind, p.platform, p.language, p.sentiment, ${ORIGINAL}, ${AMPLIFICATION},
        sum(p.date_source = 'first-seen')
      FROM posts p GROUP BY 1, 2, 3, 4, 5`,
  },
  issue: {
    table: 'rollup_issue',
    keyColumns: ['day', 'issue_id', 'sentiment'],
    firstSeenDates: false,
    recount: `SELECT p.day, i.issue_id, p.sentiment, ${ORIGINAL}, ${AMPLIFICATION}
      FROM post_issues i JOIN posts p ON p.seq = i.post_seq GROUP BY 1, 2, 3`,
  },
  subject: {
    table: 'rollup_subject',
    keyColumns: ['day', 'subject_id', 'sentiment'],
    firstSeenDates: false,
    recount: `SELECT p.day, s.subject_id, s.sentiment, ${ORIGINAL}, ${AMPLIFICATION}
      FROM post_subject_sentiment s JOIN posts p ON p.seq = s.post_seq GROUP BY 1, 2, 3`,
  },
  district: {
    table: 'rollup_district',
    keyColumns: ['day', 'district_id', 'sentiment'],
    firstSeenDates: false,
    recount: `SELECT p.day, d.district_id, p.sentiment, ${ORIGINAL}, ${AMPLIFICATION}
      FROM post_districts d JOIN posts p ON p.seq = d.post_seq GROUP BY 1, 2, 3`,
  },
  districtIssue: {
    table: 'rollup_district_issue',
    keyColumns: ['day', 'district_id', 'issue_id'],
    firstSeenDates: false,
    recount: `SELECT p.day, d.district_id, i.issue_id, ${ORIGINAL}, ${AMPLIFICATION}
      FROM post_districts d JOIN post_issues i ON i.post_seq = d.post_seq JOIN posts p ON p.seq = d.post_seq
      GROUP BY 1, 2, 3`,
  },
  slice: {
    table: 'rollup_slice',
    keyColumns: ['day', 'slice_id', 'sentiment'],
    firstSeenDates: false,
    recount: `SELECT p.day, s.slice_id, p.sentiment, ${ORIGINAL}, ${AMPLIFICATION}
      FROM post_slices s JOIN posts p ON p.seq = s.post_seq GROUP BY 1, 2, 3`,
  },
  outlet: {
    table: 'rollup_outlet',
    keyColumns: ['day', 'outlet'],
    firstSeenDates: false,
    recount: `SELECT p.day, p.outlet, ${ORIGINAL}, ${AMPLIFICATION}
      FROM posts p WHERE p.kind = 'article' AND p.outlet IS NOT NULL GROUP BY 1, 2`,
  },
};

const ROLLUP_NAMES = Object.keys(ROLLUP_TABLES) as RollupName[];

function countColumns(table: RollupTable): string[] {
  return table.firstSeenDates ? ['originals', 'amplifications', 'first_seen_dates'] : ['originals', 'amplifications'];
}

/** Prepared upserts that add a batch's tallies to the rollup tables. */
export class RollupWriter {
  readonly #upserts: Record<RollupName, Statement>;

  constructor(database: Database) {
    const upserts = {} as Record<RollupName, Statement>;
    for (const name of ROLLUP_NAMES) {
      const table = ROLLUP_TABLES[name];
      const counts = countColumns(table);
      const columns = [...table.keyColumns, ...counts];
      upserts[name] = database.prepare(
        `INSERT INTO ${table.table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})
         ON CONFLICT (${table.keyColumns.join(', ')}) DO UPDATE SET
         ${counts.map((column) => `${column} = ${column} + excluded.${column}`).join(', ')}`,
      );
    }
    this.#upserts = upserts;
  }

  /** Adds every tally; call inside the transaction that stored the posts. */
  write(tally: RollupTally): void {
    for (const name of ROLLUP_NAMES) {
      const upsert = this.#upserts[name];
      const withFirstSeen = ROLLUP_TABLES[name].firstSeenDates;
      for (const row of tally.tables[name].values()) {
        if (withFirstSeen) upsert.run(...row.key, row.originals, row.amplifications, row.firstSeenDates);
        else upsert.run(...row.key, row.originals, row.amplifications);
      }
    }
  }
}

/** Recounts every rollup from the post tables; call inside a transaction. */
export function rebuildRollups(database: Database): void {
  for (const name of ROLLUP_NAMES) {
    const table = ROLLUP_TABLES[name];
    const columns = [...table.keyColumns, ...countColumns(table)];
    database.exec(`DELETE FROM ${table.table}`);
    database.exec(`INSERT INTO ${table.table} (${columns.join(', ')}) ${table.recount}`);
  }
}
