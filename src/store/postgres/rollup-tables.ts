import type pg from 'pg';

import { WHOLE_CITY } from '../dated-posts.js';
import type { DatedRollupName, RollupName, RollupTally, Tally } from '../rollup-tally.js';

type CountColumn = 'originals' | 'amplifications' | 'first_seen_dates';

const COUNTED: readonly CountColumn[] = ['originals', 'amplifications'];

/** A daily rollup table: its key, and how to recount it from the post tables. */
export interface RollupTable {
  readonly table: string;
  readonly keyColumns: readonly string[];
  /** PostgreSQL type of each key column, for the arrays a batch is sent as. */
  readonly keyTypes: readonly string[];
  /** What the table counts per key, in the order the recount selects them. */
  readonly countColumns: readonly CountColumn[];
  /**
   * A recount from the post tables, selecting the key columns, then the count columns. It
   * follows the rules of `RollupTally`; `posts` is the table of the posts it counts.
   */
  readonly recount: (posts: string) => string;
  /** Counts the posts set aside as about other places too: collection, not the city's figures. */
  readonly countsSetAside?: boolean;
}

/** The two counts of a recount over posts `p`. */
export const RECOUNTED = `count(*) FILTER (WHERE p.amplifies_id IS NULL),
  count(*) FILTER (WHERE p.amplifies_id IS NOT NULL)`;

const ROLLUP_TABLES: Readonly<Record<RollupName, RollupTable>> = {
  volume: {
    table: 'rollup_volume',
    keyColumns: ['day', 'kind', 'platform', 'language', 'sentiment'],
    keyTypes: ['date', 'text', 'text', 'text', 'text'],
    countColumns: [...COUNTED, 'first_seen_dates'],
    recount: (posts) => `SELECT p.day, p.kind, p.platform, p.language, p.sentiment, ${RECOUNTED},
        count(*) FILTER (WHERE p.date_source = 'first-seen')
      FROM ${posts} p GROUP BY 1, 2, 3, 4, 5`,
  },
  issue: {
    table: 'rollup_issue',
    keyColumns: ['day', 'issue_id', 'language', 'kind', 'sentiment'],
    keyTypes: ['date', 'text', 'text', 'text', 'text'],
    countColumns: COUNTED,
    recount: (posts) => `SELECT p.day, i.issue_id, p.language, p.kind, p.sentiment, ${RECOUNTED}
      FROM post_issues i JOIN ${posts} p ON p.seq = i.post_seq GROUP BY 1, 2, 3, 4, 5`,
  },
  subject: {
    table: 'rollup_subject',
    keyColumns: ['day', 'subject_id', 'language', 'kind', 'sentiment'],
    keyTypes: ['date', 'text', 'text', 'text', 'text'],
    countColumns: COUNTED,
    recount: (posts) => `SELECT p.day, s.subject_id, p.language, p.kind, s.sentiment, ${RECOUNTED}
      FROM post_subject_sentiment s JOIN ${posts} p ON p.seq = s.post_seq GROUP BY 1, 2, 3, 4, 5`,
  },
  district: {
    table: 'rollup_district',
    keyColumns: ['day', 'district_id', 'language', 'kind', 'sentiment'],
    keyTypes: ['date', 'text', 'text', 'text', 'text'],
    countColumns: COUNTED,
    recount: (posts) => `SELECT p.day, d.district_id, p.language, p.kind, p.sentiment, ${RECOUNTED}
      FROM post_districts d JOIN ${posts} p ON p.seq = d.post_seq GROUP BY 1, 2, 3, 4, 5`,
  },
  districtIssue: {
    table: 'rollup_district_issue',
    keyColumns: ['day', 'district_id', 'issue_id'],
    keyTypes: ['date', 'text', 'text'],
    countColumns: COUNTED,
    recount: (posts) => `SELECT p.day, d.district_id, i.issue_id, ${RECOUNTED}
      FROM post_districts d JOIN post_issues i ON i.post_seq = d.post_seq JOIN ${posts} p ON p.seq = d.post_seq
      GROUP BY 1, 2, 3`,
  },
  slice: {
    table: 'rollup_slice',
    keyColumns: ['day', 'slice_id', 'language', 'kind', 'sentiment'],
    keyTypes: ['date', 'text', 'text', 'text', 'text'],
    countColumns: COUNTED,
    recount: (posts) => `SELECT p.day, s.slice_id, p.language, p.kind, p.sentiment, ${RECOUNTED}
      FROM post_slices s JOIN ${posts} p ON p.seq = s.post_seq GROUP BY 1, 2, 3, 4, 5`,
  },
  outlet: {
    table: 'rollup_outlet',
    keyColumns: ['day', 'outlet'],
    keyTypes: ['date', 'text'],
    countColumns: COUNTED,
    countsSetAside: true,
    recount: (posts) => `SELECT p.day, p.outlet, ${RECOUNTED}
      FROM ${posts} p WHERE p.kind = 'article' AND p.outlet IS NOT NULL GROUP BY 1, 2`,
  },
  scope: {
    table: 'rollup_scope',
    keyColumns: ['day', 'scope'],
    keyTypes: ['date', 'text'],
    countColumns: COUNTED,
    countsSetAside: true,
    recount: (posts) => `SELECT p.day, coalesce(p.scope, 'none'), ${RECOUNTED} FROM ${posts} p GROUP BY 1, 2`,
  },
};

const ORIGINAL_DATED = "p.amplifies_id IS NULL AND p.date_source = 'source'";

/** The rollups of dated originals, which alerts and collection health read; `RollupTally`'s dated rules. */
const DATED_ROLLUP_TABLES: Readonly<Record<DatedRollupName, RollupTable>> = {
  datedPlatform: {
    table: 'rollup_dated_platform',
    keyColumns: ['day', 'platform'],
    keyTypes: ['date', 'text'],
    countColumns: ['originals'],
    countsSetAside: true,
    recount: (posts) => `SELECT p.day, p.platform, count(*) FROM ${posts} p WHERE ${ORIGINAL_DATED} GROUP BY 1, 2`,
  },
  datedIssue: {
    table: 'rollup_dated_issue',
    keyColumns: ['day', 'issue_id', 'district_id'],
    keyTypes: ['date', 'text', 'text'],
    countColumns: ['originals'],
    recount: (posts) => `SELECT p.day, i.issue_id, d.district_id, count(*)
        FROM post_issues i JOIN ${posts} p ON p.day = i.day AND p.seq = i.post_seq
        JOIN post_districts d ON d.post_seq = i.post_seq
        WHERE ${ORIGINAL_DATED} GROUP BY 1, 2, 3
      UNION ALL
      SELECT p.day, i.issue_id, '${WHOLE_CITY}', count(*)
        FROM post_issues i JOIN ${posts} p ON p.day = i.day AND p.seq = i.post_seq
        WHERE ${ORIGINAL_DATED} GROUP BY 1, 2`,
  },
  datedSubject: {
    table: 'rollup_dated_subject',
    keyColumns: ['day', 'subject_id'],
    keyTypes: ['date', 'text'],
    countColumns: ['originals'],
    recount: (posts) => `SELECT p.day, s.subject_id, count(*)
      FROM post_subject_sentiment s JOIN ${posts} p ON p.seq = s.post_seq WHERE ${ORIGINAL_DATED} GROUP BY 1, 2`,
  },
};

/** Every rollup table with where its tallies come from in a `RollupTally`. */
const ALL_TABLES: readonly { table: RollupTable; tallies: (tally: RollupTally) => Map<string, Tally> }[] = [
  ...(Object.keys(ROLLUP_TABLES) as RollupName[]).map((name) => ({
    table: ROLLUP_TABLES[name], tallies: (tally: RollupTally) => tally.tables[name],
  })),
  ...(Object.keys(DATED_ROLLUP_TABLES) as DatedRollupName[]).map((name) => ({
    table: DATED_ROLLUP_TABLES[name], tallies: (tally: RollupTally) => tally.dated[name],
  })),
];

/** The upsert that adds one batch's tallies to a rollup table, every row sent as arrays. */
function upsertSql(table: RollupTable): string {
  const counts = table.countColumns;
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
  for (const { table, tallies } of ALL_TABLES) await writeTallies(client, table, tallies(tally));
}

/** Adds the tallies of one table, in key order (see `writeRollups`). */
export async function writeTallies(client: pg.PoolClient, table: RollupTable, tallies: Map<string, Tally>): Promise<void> {
  const rows = [...tallies.values()];
  if (rows.length === 0) return;
  rows.sort((a, b) => compareKeys(a.key, b.key));

  const columns: unknown[][] = table.keyColumns.map((_, index) => rows.map((row) => row.key[index]));
  for (const column of table.countColumns) columns.push(rows.map((row) => countOf(row, column)));
  await client.query(upsertSql(table), columns);
}

/**
 * The posts the city's figures count: with `setAsideElsewhere`, every post but those about other
 * places only. The planner pulls the subquery up into each recount's join.
 */
export function countedPosts(setAsideElsewhere: boolean): string {
  return setAsideElsewhere ? "(SELECT * FROM posts WHERE scope IS DISTINCT FROM 'elsewhere')" : 'posts';
}

/** Recounts every rollup from the post tables; call inside a transaction. */
export async function rebuildRollups(client: pg.PoolClient, setAsideElsewhere: boolean): Promise<void> {
  for (const { table } of ALL_TABLES) {
    await recountTable(client, table, table.countsSetAside === true ? 'posts' : countedPosts(setAsideElsewhere));
  }
}

/** Replaces one rollup table's rows with a recount from the post tables, `posts` those it counts. */
export async function recountTable(client: pg.PoolClient, table: RollupTable, posts: string): Promise<void> {
  const columns = [...table.keyColumns, ...table.countColumns];
  await client.query(`DELETE FROM ${table.table}`);
  await client.query(`INSERT INTO ${table.table} (${columns.join(', ')}) ${table.recount(posts)}`);
}

function countOf(tally: Tally, column: CountColumn): number {
  switch (column) {
    case 'originals':
      return tally.originals;
    case 'amplifications':
      return tally.amplifications;
    case 'first_seen_dates':
      return tally.firstSeenDates;
  }
}

function compareKeys(first: readonly string[], second: readonly string[]): number {
  for (let index = 0; index < first.length; index++) {
    const a = first[index]!;
    const b = second[index]!;
    if (a !== b) return a < b ? -1 : 1;
  }
  return 0;
}
