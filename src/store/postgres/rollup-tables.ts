import type pg from 'pg';

import type { RollupName, RollupTally, Tally } from '../rollup-tally.js';

/** A daily rollup table: its key, and how to recount it from the post tables. */
export interface RollupTable {
  readonly table: string;
  readonly keyColumns: readonly string[];
  /** PostgreSQL type of each key column, for the arrays a batch is sent as. */
  readonly keyTypes: readonly string[];
  /** Whether the table counts first-seen dates besides originals and amplifications. */
  readonly firstSeenDates: boolean;
  /**
   * A recount from the post tables, selecting the key columns, then originals and
   * amplifications (and first-seen dates for volume). It follows the rules of `RollupTally`.
   */
  readonly recount: string;
}

/** The two counts of a recount over posts `p`. */
export const RECOUNTED = `count(*) FILTER (WHERE p.amplifies_id IS NULL),
  count(*) FILTER (WHERE p.amplifies_id IS NOT NULL)`;

const ROLLUP_TABLES: Readonly<Record<RollupName, RollupTable>> = {
  volume: {
    table: 'rollup_volume',
    keyColumns: ['day', 'kind', 'platform', 'language', 'sentiment'],
    keyTypes: ['date', 'text', 'text', 'text', 'text'],
    firstSeenDates: true,
    recount: `SELECT p.day, p.kind, p.platform, p.language, p.sentiment, ${RECOUNTED},
        count(*) FILTER (WHERE p.date_source = 'first-seen')
      FROM posts p GROUP BY 1, 2, 3, 4, 5`,
  },
  issue: {
    table: 'rollup_issue',
    keyColumns: ['day', 'issue_id', 'sentiment'],
    keyTypes: ['date', 'text', 'text'],
    firstSeenDates: false,
    recount: `SELECT p.day, i.issue_id, p.sentiment, ${RECOUNTED}
      FROM post_issues i JOIN posts p ON p.seq = i.post_seq GROUP BY 1, 2, 3`,
  },
  subject: {
    table: 'rollup_subject',
    keyColumns: ['day', 'subject_id', 'sentiment'],
    keyTypes: ['date', 'text', 'text'],
    firstSeenDates: false,
    recount: `SELECT p.day, s.subject_id, s.sentiment, ${RECOUNTED}
      FROM post_subject_sentiment s JOIN posts p ON p.seq = s.post_seq GROUP BY 1, 2, 3`,
  },
  district: {
    table: 'rollup_district',
    keyColumns: ['day', 'district_id', 'sentiment'],
    keyTypes: ['date', 'text', 'text'],
    firstSeenDates: false,
    recount: `SELECT p.day, d.district_id, p.sentiment, ${RECOUNTED}
      FROM post_districts d JOIN posts p ON p.seq = d.post_seq GROUP BY 1, 2, 3`,
  },
  districtIssue: {
    table: 'rollup_district_issue',
    keyColumns: ['day', 'district_id', 'issue_id'],
    keyTypes: ['date', 'text', 'text'],
    firstSeenDates: false,
    recount: `SELECT p.day, d.district_id, i.issue_id, ${RECOUNTED}
      FROM post_districts d JOIN post_issues i ON i.post_seq = d.post_seq JOIN posts p ON p.seq = d.post_seq
      GROUP BY 1, 2, 3`,
  },
  slice: {
    table: 'rollup_slice',
    keyColumns: ['day', 'slice_id', 'sentiment'],
    keyTypes: ['date', 'text', 'text'],
    firstSeenDates: false,
    recount: `SELECT p.day, s.slice_id, p.sentiment, ${RECOUNTED}
      FROM post_slices s JOIN posts p ON p.seq = s.post_seq GROUP BY 1, 2, 3`,
  },
  outlet: {
    table: 'rollup_outlet',
    keyColumns: ['day', 'outlet'],
    keyTypes: ['date', 'text'],
    firstSeenDates: false,
    recount: `SELECT p.day, p.outlet, ${RECOUNTED}
      FROM posts p WHERE p.kind = 'article' AND p.outlet IS NOT NULL GROUP BY 1, 2`,
  },
};

const ROLLUP_NAMES = Object.keys(ROLLUP_TABLES) as RollupName[];

function countColumns(table: RollupTable): string[] {
  return table.firstSeenDates ? ['originals', 'amplifications', 'first_seen_dates'] : ['originals', 'amplifications'];
}

/** The upsert that adds one batch's tallies to a rollup table, every row sent as arrays. */
function upsertSql(table: RollupTable): string {
  const counts = countColumns(table);
  const columns = [...table.keyColumns, ...counts];
  const types = [...table.keyTypes, ...counts.map(() => 'integer')];
  return `INSERT INTO ${table.table} (${columns.join(', ')})
    SELECT * FROM unnest(${types.map((type, index) => `$${index + 1}::${type}[]`).join(', ')})
    ON CONFLICT (${table.keyColumns.join(', ')}) DO UPDATE SET
    ${counts.map((column) => `${column} = ${table.table}.${column} + excluded.${column}`).join(', ')}`;
}

/**
 * Adds every tally; call inside the transaction that stored the posts. Rows go in key order, so
 * two workers updating the same days lock the rows in the same order and never deadlock.
 */
export async function writeRollups(client: pg.PoolClient, tally: RollupTally): Promise<void> {
  for (const name of ROLLUP_NAMES) await writeTallies(client, ROLLUP_TABLES[name], tally.tables[name]);
}

/** Adds the tallies of one table, in key order (see `writeRollups`). */
export async function writeTallies(client: pg.PoolClient, table: RollupTable, tallies: Map<string, Tally>): Promise<void> {
  const rows = [...tallies.values()];
  if (rows.length === 0) return;
  rows.sort((a, b) => compareKeys(a.key, b.key));

  const columns: unknown[][] = table.keyColumns.map((_, index) => rows.map((row) => row.key[index]));
  columns.push(rows.map((row) => row.originals), rows.map((row) => row.amplifications));
  if (table.firstSeenDates) columns.push(rows.map((row) => row.firstSeenDates));
  await client.query(upsertSql(table), columns);
}

/** Recounts every rollup from the post tables; call inside a transaction. */
export async function rebuildRollups(client: pg.PoolClient): Promise<void> {
  for (const name of ROLLUP_NAMES) await recountTable(client, ROLLUP_TABLES[name]);
}

/** Replaces one rollup table's rows with a recount from the post tables. */
export async function recountTable(client: pg.PoolClient, table: RollupTable): Promise<void> {
  const columns = [...table.keyColumns, ...countColumns(table)];
  await client.query(`DELETE FROM ${table.table}`);
  await client.query(`INSERT INTO ${table.table} (${columns.join(', ')}) ${table.recount}`);
}

function compareKeys(first: readonly string[], second: readonly string[]): number {
  for (let index = 0; index < first.length; index++) {
    const a = first[index]!;
    const b = second[index]!;
    if (a !== b) return a < b ? -1 : 1;
  }
  return 0;
}
