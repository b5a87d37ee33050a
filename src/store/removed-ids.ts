/**
 * Analysis results that name an id the project no longer defines. A post with text loses them
 * when it is analysed again; a post whose text retention removed cannot be, so its results for a
 * removed subject, issue, slice, district or agency are deleted instead, and the rest of its
 * analysis stays as it was classified.
 */

/** The ids a project defines, by kind: all that stored analysis may go on naming. */
export interface ProjectIds {
  readonly subjects: readonly string[];
  readonly issues: readonly string[];
  readonly slices: readonly string[];
  readonly districts: readonly string[];
  readonly agencies: readonly string[];
}

/** A column of a per-post analysis table that holds an id of one kind; null where allowed. */
export interface AnalysisIdColumn {
  readonly table: string;
  readonly column: string;
  readonly kind: keyof ProjectIds;
}

/**
 * Every column of both stores' per-post analysis tables that names a project id. An agency
 * attribution made through an issue or a district goes when that issue or district goes.
 */
export const ANALYSIS_ID_COLUMNS: readonly AnalysisIdColumn[] = [
  { table: 'post_mentions', column: 'subject_id', kind: 'subjects' },
  { table: 'post_subject_sentiment', column: 'subject_id', kind: 'subjects' },
  { table: 'post_issues', column: 'issue_id', kind: 'issues' },
  { table: 'post_slices', column: 'slice_id', kind: 'slices' },
  { table: 'post_districts', column: 'district_id', kind: 'districts' },
  { table: 'post_agencies', column: 'agency_id', kind: 'agencies' },
  { table: 'post_agencies', column: 'issue_id', kind: 'issues' },
  { table: 'post_agencies', column: 'district_id', kind: 'districts' },
];

/** What `pruneRemovedIds` deleted: result rows, and the posts they belonged to. */
export interface PruneResult {
  readonly rows: number;
  readonly posts: number;
}
