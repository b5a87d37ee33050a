export { distinctExcerpts, representativeExcerpts, shorten, type Excerpt } from './excerpts.js';
export { twoSidedPValue } from './normal-distribution.js';
export { comparePeriods, type PeriodChange, type PeriodCounts } from './period-change.js';
export {
  buildPeriodInsight,
  sentimentShares,
  SENTIMENT_LABELS,
  shownFirstSeenDates,
  shownSplit,
  type Breakdown,
  type DayVolume,
  type DistrictInsight,
  type IssueExcerpts,
  type IssueInsight,
  type LanguageInsight,
  type OutletInsight,
  type PeriodInsight,
  type PeriodInsightOptions,
  type PeriodTotals,
  type PlatformInsight,
  type SentimentShares,
  type SliceInsight,
  type SubjectInsight,
} from './period-insight.js';
export {
  foldSmallGroups,
  foldSmallParts,
  HIDDEN_BESIDE_SMALL,
  suppressParts,
  suppressSmall,
  type FoldedGroups,
  type GroupSize,
  type ShownCount,
} from './small-groups.js';
export { wilsonInterval, Z_95, type ShareEstimate } from './wilson-interval.js';
export {
  buildWeakPoints,
  type AgencyResponse,
  type AgencyWeakPoint,
  type WeakPointsInsight,
  type WeakPointsOptions,
} from './weak-points.js';
