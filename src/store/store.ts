/**
 * The store: where gated, analysed posts and their daily rollups live. SQLite (embedded, one file)
 * implements it in `sqlite/`; a server database will implement the same interface. Nothing here
 * names a dialect.
 *
 * There is no author anywhere in it (DESIGN rule 1), and per-source figures exist only as
 * collection volume for health monitoring.
 */
import type { Platform, PostKind } from '../collect/raw-post.js';
import type { Analysis, LanguageCode, PostScope, SentimentLabel } from '../analyze/analysis.js';
import type { StageRerun } from '../analyze/pipeline.js';
import type { StageVersions } from '../analyze/stage-versions.js';
import type { Post } from '../privacy/post.js';
import type { Query } from '../query/ast.js';
import type { DayRange } from './day-range.js';
import type { ProjectIds, PruneResult } from './removed-ids.js';

export type { DayRange } from './day-range.js';

export interface StoredItem {
  readonly post: Post;
  readonly analysis: Analysis;
}

export interface SaveResult {
  /** Posts stored for the first time. */
  readonly inserted: number;
  /** Posts already stored (same id): left as they were, first-seen date included. */
  readonly existing: number;
}

/**
 * Collection volume of one run over one source and platform: the only per-source figure kept. A
 * file holding posts of several platforms is recorded once for each of them.
 */
export interface CollectionRecord {
  /** A file name or feed title, for health monitoring; never attached to a post. */
  readonly sourceLabel: string;
  readonly platform: Platform;
  readonly format: string;
  readonly at: Date;
  /** Posts read, each either new or already stored. */
  readonly read: number;
  /** Of those, posts stored for the first time. */
  readonly inserted: number;
  /** Of those, posts already stored (same id), left as they were. */
  readonly existing: number;
  /** Records that could not be read or that the privacy gate refused. */
  readonly skipped: number;
}

/** What re-analysis sees of a stored post: the redacted text and what the analyzer needs. */
export interface StoredPostText {
  readonly kind: PostKind;
  readonly platform: Platform;
  readonly title: string | null;
  readonly text: string;
  readonly declaredLanguage: string | null;
  /** A news article's outlet, to recognise an agency's own channel; absent when not read. */
  readonly outlet?: string | null;
  /** When only some stages changed: the stages to run and what they read of the stored analysis. */
  readonly rerun?: StageRerun;
  /** What the stored search entry was made from (`AnalysisInput.indexed`). */
  readonly indexed?: { readonly normalised: string; readonly language: LanguageCode };
  /** Redaction changed since the post was stored: redact its title and text again (`AnalysisInput.redact`). */
  readonly redact?: boolean;
}

export interface ReanalysisOptions {
  /**
   * The versions of the stages about to run. A store that records them re-analyses only the
   * posts analysed with other versions, and in each only the stages that changed and the stages
   * reading their results. Absent: every stage of every post.
   */
  readonly versions?: StageVersions;
  /** Every stage of every post, whatever versions they record. */
  readonly full?: boolean;
}

export interface SearchOptions {
  readonly limit: number;
  readonly offset: number;
  /** First local day to include, `YYYY-MM-DD`. */
  readonly from?: string;
  /** Last local day to include, `YYYY-MM-DD`. */
  readonly to?: string;
}

/** A passage of redacted text with the places the query matched, as offsets into `text`. */
export interface Snippet {
  readonly text: string;
  readonly highlights: readonly { readonly start: number; readonly end: number }[];
}

/**
 * One found post. Social posts show only platform and day besides the text (DESIGN rule 3);
 * news articles also show outlet and URL.
 */
export interface SearchHit {
  readonly kind: PostKind;
  readonly platform: Platform;
  readonly day: string;
  readonly language: LanguageCode;
  readonly sentiment: SentimentLabel;
  /** News only; null for social posts. */
  readonly outlet: string | null;
  /** News only; null for social posts. */
  readonly url: string | null;
  /** True for a repost or forward of another post. */
  readonly amplification: boolean;
  /** About the project's place, only about other places, or about none (`none` until analysed). */
  readonly scope: PostScope;
  readonly snippet: Snippet;
}

export interface SearchResult {
  /** Every post that matched within the day range, not only this page. */
  readonly total: number;
  readonly hits: readonly SearchHit[];
  /** Matching posts per local day, days in order. */
  readonly byDay: readonly { readonly day: string; readonly posts: number }[];
  readonly bySentiment: Readonly<Record<SentimentLabel, number>>;
}

export interface RetentionResult {
  /** Social posts whose text (and search entry) was removed now. */
  readonly textsRemoved: number;
}

/**
 * Every rollup row counts originals and amplifications (reposts, forwards) apart, so a repost
 * wave never passes for many residents saying the same thing.
 */
export interface RollupCounts {
  readonly originals: number;
  readonly amplifications: number;
}

/**
 * Posts of one language and kind with one sentiment: the group whose own measured confusion
 * corrects the sentiment shares of a breakdown (the classifier errs differently on Russian tweets
 * and on Kazakh news).
 */
export interface GroupedSentimentRow extends RollupCounts {
  readonly language: LanguageCode;
  readonly kind: PostKind;
  readonly sentiment: SentimentLabel;
}

export interface VolumeRollupRow extends GroupedSentimentRow {
  readonly day: string;
  readonly platform: Platform;
  /** Of these posts, how many carry the import time because the source gave no date. */
  readonly firstSeenDates: number;
}

export interface IssueRollupRow extends GroupedSentimentRow {
  readonly day: string;
  readonly issueId: string;
}

/** `sentiment` is the sentiment toward the subject, not the post's overall tone. */
export interface SubjectRollupRow extends GroupedSentimentRow {
  readonly day: string;
  readonly subjectId: string;
}

export interface DistrictRollupRow extends GroupedSentimentRow {
  readonly day: string;
  readonly districtId: string;
}

export interface DistrictIssueRollupRow extends RollupCounts {
  readonly day: string;
  readonly districtId: string;
  readonly issueId: string;
}

export interface SliceRollupRow extends GroupedSentimentRow {
  readonly day: string;
  readonly sliceId: string;
}

/**
 * News only, and volume only: there is deliberately no sentiment per outlet, so the store
 * cannot be used to sort the press into "loyal" and "hostile" (DESIGN rule 8).
 */
export interface OutletRollupRow extends RollupCounts {
  readonly day: string;
  readonly outlet: string;
}

/**
 * Every post by its scope, counted whether or not it is set aside: how many posts about other
 * places the figures leave out (`elsewhere`), and how many are about the city or no place.
 */
export interface ScopeRollupRow extends RollupCounts {
  readonly day: string;
  readonly scope: PostScope;
}

export interface RollupSnapshot {
  readonly range: DayRange;
  readonly volume: readonly VolumeRollupRow[];
  readonly issues: readonly IssueRollupRow[];
  readonly subjects: readonly SubjectRollupRow[];
  readonly districts: readonly DistrictRollupRow[];
  readonly districtIssues: readonly DistrictIssueRollupRow[];
  readonly slices: readonly SliceRollupRow[];
  readonly outlets: readonly OutletRollupRow[];
  readonly scopes: readonly ScopeRollupRow[];
}

/** A stored original post about an issue, for representative excerpts. */
export interface ExcerptCandidate {
  readonly kind: PostKind;
  readonly platform: Platform;
  readonly day: string;
  /** News only. */
  readonly outlet: string | null;
  /** News only. */
  readonly url: string | null;
  readonly title: string | null;
  /** Redacted text. */
  readonly text: string;
  /** Normalised text, for telling copies apart. */
  readonly normalised: string;
  readonly issueScore: number;
}

/** What the runs over one source and platform brought in, added up. */
export interface CollectionVolume {
  readonly sourceLabel: string;
  readonly platform: Platform;
  readonly format: string;
  readonly runs: number;
  /**
   * New posts: stored for the first time by these runs. A file imported again adds nothing here.
   * Runs recorded before the ledger told new posts from stored ones count all they read.
   */
  readonly posts: number;
  /** Posts read over all runs, a re-read post once a run. */
  readonly read: number;
  /** Posts read that were already stored. */
  readonly existing: number;
  readonly skipped: number;
  readonly lastAt: Date;
}

export interface Store {
  /**
   * Stores posts with their analysis in one transaction and updates the rollups with it.
   * Idempotent by post id: a post already stored is left exactly as it was.
   */
  savePosts(items: readonly StoredItem[]): SaveResult;

  recordCollection(record: CollectionRecord): void;

  /**
   * Runs `analyze` again over every stored post that still has its text, `batchSize` posts per
   * transaction, then rebuilds the rollups. Returns how many posts were re-analysed.
   * An analysis carrying a `redaction` replaces the post's title and text with the redacted
   * ones and adds what was removed to the post's count of redactions.
   */
  reanalyze(analyze: (post: StoredPostText) => Analysis, batchSize?: number, options?: ReanalysisOptions): number;

  /**
   * Posts matching a Boolean query (docs/query-language.md), newest first. Query text is parsed
   * without the project's ids; parse with `parseQuery` and the project's vocabulary to check
   * ids and use saved queries.
   */
  search(query: string | Query, options: SearchOptions): SearchResult;

  /** Removes the text and search entry of social posts older than `days`; analysis and rollups stay. */
  applyRetention(now: Date, days: number): RetentionResult;

  /**
   * Deletes what posts without text (past retention, or stored without any) say about subjects,
   * issues, slices, districts and agencies that `ids` no longer holds, and recounts the rollups
   * when anything went: such posts cannot be analysed again under the project as it is now.
   */
  pruneRemovedIds(ids: ProjectIds): PruneResult;

  countPosts(): number;

  /** First and last local day holding a post, or null for an empty store. */
  storedDays(): DayRange | null;

  /** Every rollup row of the days in `range`. */
  readRollups(range: DayRange): RollupSnapshot;

  /** Original posts about `issueId` in `range` that still have their text, highest score first. */
  readExcerptCandidates(issueId: string, range: DayRange, limit: number): ExcerptCandidate[];

  /** Collection volume per source since `since` (all time when omitted). */
  readCollectionVolumes(since?: Date): CollectionVolume[];

  close(): void;
}
