import type { Database, Statement } from 'better-sqlite3';

import { WHOLE_CITY } from '../dated-posts.js';
import type { DatedRollupName, RollupName, RollupTally, Tally } from '../rollup-tally.js';

type CountColumn = 'originals' | 'amplifications' | 'first_seen_dates';

interface RollupTable {
  readonly table: string;
  readonly keyColumns: readonly string[];
  readonly countColumns: readonly CountColumn[];
  /**
   * A recount from the post tables, selecting the key columns, then the count columns in their
   * order. It follows the rules of `RollupTally`; `posts` is the table of the posts it counts.
   */
  readonly recount: (posts: string) => string;
  /** Counts the posts set aside as about other places too: collection, not the city's figures. */
  readonly countsSetAside?: boolean;
}

const TALLY_FIELDS: Readonly<Record<CountColumn, keyof Tally>> = {
  originals: 'originals',
  amplifications: 'amplifications',
  first_seen_dates: 'firstSeenDates',
};
const BOTH: readonly CountColumn[] = ['originals', 'amplifications'];

const ORIGINAL = 'sum(p.amplifies_id IS NULL)';
const AMPLIFICATION = 'sum(p.amplifies_id IS NOT NULL)';

export const ROLLUP_TABLES: Readonly<Record<RollupName, RollupTable>> = {
  volume: {
    table: 'rollup_volume',
    keyColumns: ['day', 'kind', 'platform', 'language', 'sentiment'],
    countColumns: [...BOTH, 'first_seen_dates'],
    recount: (posts) => `SELECT p.day, p.kind, p.platform, p.language, p.sentiment, ${ORIGINAL}, ${AMPLIFICATION},
        sum(p.date_source = 'first-seen')
      FROM ${posts} p GROUP BY 1, 2, 3, 4, 5`,
  },
  issue: {
    table: 'rollup_issue',
    keyColumns: ['day', 'issue_id', 'language', 'kind', 'sentiment'],
    countColumns: BOTH,
    recount: (posts) => `SELECT p.day, i.issue_id, p.language, p.kind, p.sentiment, ${ORIGINAL}, ${AMPLIFICATION}
      FROM post_issues i JOIN ${posts} p ON p.seq = i.post_seq GROUP BY 1, 2, 3, 4, 5`,
  },
  subject: {
    table: 'rollup_subject',
    keyColumns: ['day', 'subject_id', 'language', 'kind', 'sentiment'],
    countColumns: BOTH,
    recount: (posts) => `SELECT p.day, s.subject_id, p.language, p.kind, s.sentiment, ${ORIGINAL}, ${AMPLIFICATION}
      FROM post_subject_sentiment s JOIN ${posts} p ON p.seq = s.post_seq GROUP BY 1, 2, 3, 4, 5`,
  },
  district: {
    table: 'rollup_district',
    keyColumns: ['day', 'district_id', 'language', 'kind', 'sentiment'],
    countColumns: BOTH,
    recount: (posts) => `SELECT p.day, d.district_id, p.language, p.kind, p.sentiment, ${ORIGINAL}, ${AMPLIFICATION}
      FROM post_districts d JOIN ${posts} p ON p.seq = d.post_seq GROUP BY 1, 2, 3, 4, 5`,
  },
  districtIssue: {
    table: 'rollup_district_issue',
    keyColumns: ['day', 'district_id', 'issue_id'],
    countColumns: BOTH,
    recount: (posts) => `SELECT p.day, d.district_id, i.issue_id, ${ORIGINAL}, ${AMPLIFICATION}
      FROM post_districts d JOIN post_issues i ON i.post_seq = d.post_seq JOIN ${posts} p ON p.seq = d.post_seq
      GROUP BY 1, 2, 3`,
  },
  slice: {
    table: 'rollup_slice',
    keyColumns: ['day', 'slice_id', 'language', 'kind', 'sentiment'],
    countColumns: BOTH,
    recount: (posts) => `SELECT p.day, s.slice_id, p.language, p.kind, p.sentiment, ${ORIGINAL}, ${AMPLIFICATION}
      FROM post_slices s JOIN ${posts} p ON p.seq = s.post_seq GROUP BY 1, 2, 3, 4, 5`,
  },
  outlet: {
    table: 'rollup_outlet',
    keyColumns: ['day', 'outlet'],
    countColumns: BOTH,
    countsSetAside: true,
    recount: (posts) => `SELECT p.day, p.outlet, ${ORIGINAL}, ${AMPLIFICATION}
      FROM ${posts} p WHERE p.kind = 'article' AND p.outlet IS NOT NULL GROUP BY 1, 2`,
  },
  scope: {
    table: 'rollup_scope',
    keyColumns: ['day', 'scope'],
    countColumns: BOTH,
    countsSetAside: true,
    recount: (posts) => `SELECT p.day, coalesce(p.scope, 'none'), ${ORIGINAL}, ${AMPLIFICATION}
      FROM ${posts} p GROUP BY 1, 2`,
  },
};

const ORIGINAL_DATED = "p.amplifies_id IS NULL AND p.date_source = 'source'";

/** The rollups of dated originals; the recounts follow `RollupTally`'s dated rules. */
const DATED_ROLLUP_TABLES: Readonly<Record<DatedRollupName, RollupTable>> = {
  datedPlatform: {
    table: 'rollup_dated_platform',
    keyColumns: ['day', 'platform'],
    countColumns: ['originals'],
    countsSetAside: true,
    recount: (posts) => `SELECT p.day, p.platform, count(*) FROM ${posts} p WHERE ${ORIGINAL_DATED} GROUP BY 1, 2`,
  },
  datedIssue: {
    table: 'rollup_dated_issue',
    keyColumns: ['day', 'issue_id', 'district_id'],
    countColumns: ['originals'],
    recount: (posts) => `SELECT p.day, i.issue_id, d.district_id, count(*)
        FROM post_issues i JOIN ${posts} p ON p.seq = i.post_seq JOIN post_districts d ON d.post_seq = i.post_seq
        WHERE ${ORIGINAL_DATED} GROUP BY 1, 2, 3
      UNION ALL
      SELECT p.day, i.issue_id, '${WHOLE_CITY}', count(*)
        FROM post_issues i JOIN ${posts} p ON p.seq = i.post_seq WHERE ${ORIGINAL_DATED} GROUP BY 1, 2`,
  },
  datedSubject: {
    table: 'rollup_dated_subject',
    keyColumns: ['day', 'subject_id'],
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

/** Prepared upserts that add a batch's tallies to the rollup tables. */
export class RollupWriter {
  readonly #upserts: readonly Statement[];

  constructor(database: Database) {
    this.#upserts = ALL_TABLES.map(({ table }) => {
      const counts = table.countColumns;
      const columns = [...table.keyColumns, ...counts];
      return database.prepare(
        `INSERT INTO ${table.table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})
         ON CONFLICT (${table.keyColumns.join(', ')}) DO UPDATE SET
         ${counts.map((column) => `${column} = ${column} + excluded.${column}`).join(', ')}`,
      );
    });
  }

  /** Adds every tally; call inside the transaction that stored the posts. */
  write(tally: RollupTally): void {
    ALL_TABLES.forEach(({ table, tallies }, index) => {
      const upsert = this.#upserts[index]!;
      const fields = table.countColumns.map((column) => TALLY_FIELDS[column]);
      for (const row of tallies(tally).values()) {
        upsert.run(...row.key, ...fields.map((field) => row[field] as number));
      }
    });
  }
}

/**
 * The posts the city's figures count: with `setAsideElsewhere`, every post but those about other
 * places only. SQLite flattens the subquery into each recount's join.
 */
export function countedPosts(setAsideElsewhere: boolean): string {
  return setAsideElsewhere ? "(SELECT * FROM posts WHERE scope IS NOT 'elsewhere')" : 'posts';
}

/** Recounts every rollup from the post tables; call inside a transaction. */
export function rebuildRollups(database: Database, setAsideElsewhere: boolean): void {
  for (const { table } of ALL_TABLES) {
    const columns = [...table.keyColumns, ...table.countColumns];
    const posts = table.countsSetAside === true ? 'posts' : countedPosts(setAsideElsewhere);
    database.exec(`DELETE FROM ${table.table}`);
    database.exec(`INSERT INTO ${table.table} (${columns.join(', ')}) ${table.recount(posts)}`);
  }
}
