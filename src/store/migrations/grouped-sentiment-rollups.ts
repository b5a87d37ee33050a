/**
 * The schema step that keys the issue, subject, district and slice rollups also by each post's
 * language and kind, in either dialect (SQLite step 8, PostgreSQL step 9). Part of two shipped
 * steps: never edit it, add a step.
 */

/** The four rollups, each with its id column, the post table it counts and whose sentiment. */
const GROUPED_ROLLUPS = [
  { table: 'rollup_issue', id: 'issue_id', rows: 'post_issues', sentiment: 'p.sentiment' },
  { table: 'rollup_subject', id: 'subject_id', rows: 'post_subject_sentiment', sentiment: 'x.sentiment' },
  { table: 'rollup_district', id: 'district_id', rows: 'post_districts', sentiment: 'p.sentiment' },
  { table: 'rollup_slice', id: 'slice_id', rows: 'post_slices', sentiment: 'p.sentiment' },
] as const;

/** What differs between the dialects in these statements. */
export interface RollupDialect {
  readonly dayType: string;
  readonly textType: string;
  readonly countType: string;
  /** After the closing parenthesis of CREATE TABLE. */
  readonly tableOptions: string;
  /** Originals, then amplifications, of the posts `p` of a group. */
  readonly counts: string;
}

/** Drops the four rollups and creates them again by language and kind, recounted from the post tables. */
export function groupedSentimentRollupsSql(dialect: RollupDialect): string {
  const { dayType, textType, countType } = dialect;
  return GROUPED_ROLLUPS.map(({ table, id, rows, sentiment }) => `
DROP TABLE ${table};
CREATE TABLE ${table} (
  day ${dayType} NOT NULL,
  ${id} ${textType} NOT NULL,
  language ${textType} NOT NULL,
  kind ${textType} NOT NULL,
  sentiment ${textType} NOT NULL,
  originals ${countType} NOT NULL,
  amplifications ${countType} NOT NULL,
  PRIMARY KEY (day, ${id}, language, kind, sentiment)
)${dialect.tableOptions};
INSERT INTO ${table} (day, ${id}, language, kind, sentiment, originals, amplifications)
  SELECT p.day, x.${id}, p.language, p.kind, ${sentiment}, ${dialect.counts}
  FROM ${rows} x JOIN posts p ON p.seq = x.post_seq GROUP BY 1, 2, 3, 4, 5;
`).join('');
}
