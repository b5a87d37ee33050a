/**
 * What the weak-points view reads from a store: daily counts of the posts attributed to each
 * agency (public body), by rule, issue and district, and the response signals per issue. A
 * store that keeps agency attribution implements `AgencyReader` beside `Store`.
 */
import type { AttributionRule, SentimentLabel } from '../analyze/analysis.js';
import type { DayRange, ExcerptCandidate, RollupCounts } from './store.js';

/** `rule` is never own-channel here: the agency's own articles are its answers, not complaints. */
export interface AgencyRollupRow extends RollupCounts {
  readonly day: string;
  readonly agencyId: string;
  readonly rule: Exclude<AttributionRule, 'own-channel'>;
  readonly sentiment: SentimentLabel;
}

export interface AgencyIssueRollupRow extends RollupCounts {
  readonly day: string;
  readonly agencyId: string;
  readonly issueId: string;
  readonly sentiment: SentimentLabel;
}

export interface AgencyDistrictRollupRow extends RollupCounts {
  readonly day: string;
  readonly agencyId: string;
  readonly districtId: string;
}

/**
 * News articles only. `own-channel`: published by the agency's own outlet on the issue;
 * `press`: another outlet's article that names the agency on the issue.
 */
export type ResponseSignal = 'own-channel' | 'press';

export interface AgencyResponseRollupRow extends RollupCounts {
  readonly day: string;
  readonly agencyId: string;
  readonly issueId: string;
  readonly signal: ResponseSignal;
}

export interface AgencyRollupSnapshot {
  readonly range: DayRange;
  readonly agencies: readonly AgencyRollupRow[];
  readonly agencyIssues: readonly AgencyIssueRollupRow[];
  readonly agencyDistricts: readonly AgencyDistrictRollupRow[];
  readonly responses: readonly AgencyResponseRollupRow[];
}

export interface AgencyReader {
  /** Every agency rollup row of the days in `range`. */
  readAgencyRollups(range: DayRange): AgencyRollupSnapshot;
  /**
   * Original posts attributed to `agencyId` in `range` (its own articles left out) that still
   * have their text, most negative first; `issueScore` holds the probability of negative.
   */
  readAgencyExcerptCandidates(agencyId: string, range: DayRange, limit: number): ExcerptCandidate[];
}

/** Whether `store` keeps agency attribution (the SQLite store does). */
export function isAgencyReader<S extends object>(store: S): store is S & AgencyReader {
  return typeof (store as Partial<AgencyReader>).readAgencyRollups === 'function';
}
