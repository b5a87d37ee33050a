/**
 * Weak points by agency: for each public body, how much residents raised about it in a period,
 * how negative it was (with a 95% Wilson interval), how that changed against the previous
 * period, on which issues and in which districts, whether the body or the press answered, and
 * a few redacted excerpts. Computed from the agency rollups only, and cut to the minimum group
 * size here, so that no view can show a small group by mistake. Bodies only: nothing here
 * describes a person.
 *
 * Ranking: by the lower end of the 95% interval for the number of negative posts about the body,
 * posts × (Wilson lower bound of the negative share). It grows with volume and with negativity,
 * and the wide interval of a small group pulls it down, so a dozen angry posts about a small
 * body do not outrank a steady stream about a large one.
 */
import type { AttributionRule } from '../analyze/analysis.js';
import type { AgencyReader, AgencyRollupSnapshot, ResponseSignal } from '../store/agency-rollups.js';
import { assertPeriod, previousPeriod } from '../store/day-range.js';
import type { DayRange, RollupCounts, Store } from '../store/store.js';
import { candidatesFor, distinctExcerpts, type Excerpt } from './excerpts.js';
import { comparePeriods, type ShareDirection } from './period-change.js';
import { sentimentShares, type Breakdown, type SentimentShares } from './period-insight.js';
import {
  foldSmallGroups, suppressParts, suppressSmall, type GroupSize, type ShownCount,
} from './small-groups.js';
import { wilsonInterval, type ShareEstimate } from './wilson-interval.js';

export type MapRule = Exclude<AttributionRule, 'own-channel'>;

const MAP_RULES: readonly MapRule[] = ['mention', 'issue-district', 'issue'];

/** Did the agency's own channel or the press answer an issue residents raised about it? */
export interface AgencyResponse {
  readonly issueId: string;
  /** The agency's own articles on the issue in the period. */
  readonly ownChannel: GroupSize;
  /** Other outlets' articles that name the agency on the issue. */
  readonly press: GroupSize;
  /** At least one article of either kind. */
  readonly answered: boolean;
}

export interface AgencyWeakPoint {
  readonly agencyId: string;
  /** 1 for the weakest point. */
  readonly rank: number;
  readonly originals: number;
  readonly amplifications: GroupSize;
  readonly sentiment: SentimentShares;
  /** The ranking score: the lower 95% bound of the number of negative posts. */
  readonly score: number;
  readonly previous: GroupSize;
  /** originals − previous; null when the previous count is hidden. */
  readonly absoluteChange: number | null;
  readonly relativeChange: number | null;
  /** Of the two-proportion test on the agency's share of all posts; null without posts before. */
  readonly pValue: number | null;
  readonly significant: boolean;
  /** Which way the tested share moved; a count may fall while its share rises. */
  readonly shareDirection: ShareDirection;
  /** Negative share in the previous period; null when that period had too few posts. */
  readonly previousNegative: ShareEstimate | null;
  /**
   * Posts by how they were attributed; each count hidden when small, and the smallest shown one
   * too ("x") when the hidden ones could be worked out as `originals` minus the rest.
   */
  readonly byRule: Readonly<Record<MapRule, ShownCount>>;
  /** Its issues with at least the minimum group size, most posts first. */
  readonly issues: readonly { readonly issueId: string; readonly originals: number; readonly negative: ShareEstimate }[];
  readonly districts: readonly { readonly districtId: string; readonly originals: number }[];
  /** One per shown issue, in the same order. */
  readonly responses: readonly AgencyResponse[];
  readonly excerpts: readonly Excerpt[];
}

export interface WeakPointsInsight {
  readonly period: DayRange;
  readonly previousPeriod: DayRange;
  readonly minGroupSize: number;
  /**
   * Agencies with at least the minimum group size, weakest first. A post may count for several
   * agencies, so the hidden ones' posts are not added up (`hiddenPosts` is always null).
   */
  readonly agencies: Breakdown<AgencyWeakPoint>;
}

export interface WeakPointsOptions {
  readonly period: DayRange;
  readonly minGroupSize: number;
  /** Representative excerpts per shown agency; default 2. */
  readonly excerptsPerAgency?: number;
}

// LIMITATION: a post attributed to several agencies counts for each, so agencies' counts overlap
// and do not add up to the period's posts; negative shares count the classifier's labels, and
// their intervals cover sampling error only, not the model's own error: agency rollups keep no
// language and kind of post, which the per-group correction needs. The digest names these shares
// "uncorrected" beside the corrected issue shares; agency rollups grouped by language and kind
// (as the issue rollups are) would let `rowSentimentShares` correct them too.
export function buildWeakPoints(store: Store & AgencyReader, options: WeakPointsOptions): WeakPointsInsight {
  const { period, minGroupSize } = options;
  assertPeriod(period, 'weak points: period');
  if (!Number.isInteger(minGroupSize) || minGroupSize < 1) {
    throw new Error(`weak points: minimum group size ${minGroupSize} must be a whole number of 1 or more`);
  }

  const previous = previousPeriod(period);
  const current = store.readAgencyRollups(period);
  const before = store.readAgencyRollups(previous);
  const totals = {
    current: totalOriginals(store, period),
    previous: totalOriginals(store, previous),
  };

  const entries = [...groupBy(current.agencies, (row) => row.agencyId)].map(([agencyId, rows]) =>
    weakPoint(agencyId, rows, { current, before, totals, minGroupSize }));
  entries.sort((a, b) => b.score - a.score || b.originals - a.originals || a.agencyId.localeCompare(b.agencyId));
  const folded = foldSmallGroups(entries, (entry) => entry.originals, minGroupSize);

  const excerptCount = options.excerptsPerAgency ?? 2;
  const shown = folded.shown.map((entry, index) => ({
    ...entry,
    rank: index + 1,
    excerpts: excerptCount > 0
      ? distinctExcerpts(store.readAgencyExcerptCandidates(entry.agencyId, period, candidatesFor(excerptCount)), excerptCount)
      : [],
  }));
  return {
    period,
    previousPeriod: previous,
    minGroupSize,
    agencies: { shown, hiddenGroups: folded.hiddenGroups, hiddenPosts: null },
  };
}

interface Context {
  readonly current: AgencyRollupSnapshot;
  readonly before: AgencyRollupSnapshot;
  readonly totals: { readonly current: number; readonly previous: number };
  readonly minGroupSize: number;
}

function weakPoint(agencyId: string, rows: readonly AgencyRow[], context: Context): AgencyWeakPoint {
  const { minGroupSize } = context;
  const originals = sumOriginals(rows);
  const sentiment = sentimentShares(originalsBy(rows, (row) => row.sentiment));
  const beforeRows = context.before.agencies.filter((row) => row.agencyId === agencyId);
  const before = sumOriginals(beforeRows);
  const shownBefore = suppressSmall(before, minGroupSize);
  const change = comparePeriods(
    { count: originals, total: context.totals.current },
    { count: before, total: context.totals.previous },
  );
  const byRuleCounts = originalsBy(rows, (row) => row.rule);
  const issues = shownIssues(context.current, agencyId, minGroupSize);

  return {
    agencyId,
    rank: 0,
    originals,
    amplifications: suppressSmall(rows.reduce((sum, row) => sum + row.amplifications, 0), minGroupSize),
    sentiment,
    score: originals * sentiment.shares.negative.low,
    previous: shownBefore,
    // A hidden previous count would be given away by the difference, so it goes with it.
    absoluteChange: shownBefore === null ? null : change.absolute,
    relativeChange: shownBefore === null ? null : change.relative,
    pValue: shownBefore === null ? null : change.pValue,
    significant: shownBefore !== null && change.significant,
    shareDirection: change.shareDirection,
    previousNegative: before >= minGroupSize
      ? sentimentShares(originalsBy(beforeRows, (row) => row.sentiment)).shares.negative
      : null,
    byRule: shownByRule(byRuleCounts, minGroupSize),
    issues,
    districts: shownCounts(
      context.current.agencyDistricts.filter((row) => row.agencyId === agencyId),
      (row) => row.districtId,
      minGroupSize,
    ).map(([districtId, count]) => ({ districtId, originals: count })),
    responses: issues.map((issue) => responseOf(context.current, agencyId, issue.issueId, minGroupSize)),
    excerpts: [],
  };
}

function shownIssues(snapshot: AgencyRollupSnapshot, agencyId: string, minGroupSize: number): AgencyWeakPoint['issues'] {
  const rows = snapshot.agencyIssues.filter((row) => row.agencyId === agencyId);
  return shownCounts(rows, (row) => row.issueId, minGroupSize).map(([issueId, count]) => {
    const negative = sumOriginals(rows.filter((row) => row.issueId === issueId && row.sentiment === 'negative'));
    return { issueId, originals: count, negative: wilsonInterval(negative, count) };
  });
}

/**
 * Each post counts for an agency by one rule, so the three counts add up to the agency's posts
 * shown beside them: 'named: <10, city-wide map: 22' under 23 posts gave the one named away.
 */
function shownByRule(counts: ReadonlyMap<MapRule, number>, minGroupSize: number): Record<MapRule, ShownCount> {
  const shown = suppressParts(MAP_RULES.map((rule) => counts.get(rule) ?? 0), minGroupSize);
  return Object.fromEntries(MAP_RULES.map((rule, index) => [rule, shown[index]!])) as Record<MapRule, ShownCount>;
}

function responseOf(
  snapshot: AgencyRollupSnapshot,
  agencyId: string,
  issueId: string,
  minGroupSize: number,
): AgencyResponse {
  const count = (signal: ResponseSignal): number => sumOriginals(snapshot.responses.filter((row) =>
    row.agencyId === agencyId && row.issueId === issueId && row.signal === signal));
  const ownChannel = count('own-channel');
  const press = count('press');
  return {
    issueId,
    ownChannel: suppressSmall(ownChannel, minGroupSize),
    press: suppressSmall(press, minGroupSize),
    answered: ownChannel + press > 0,
  };
}

/** Original posts of the period, the denominator of the agencies' shares for the change test. */
function totalOriginals(store: Store, range: DayRange): number {
  return store.readRollups(range).volume.reduce((sum, row) => sum + row.originals, 0);
}

type AgencyRow = AgencyRollupSnapshot['agencies'][number];

/** Counts per key of at least the minimum size, most first, ties by key. */
function shownCounts<R extends RollupCounts>(
  rows: readonly R[],
  keyOf: (row: R) => string,
  minGroupSize: number,
): [string, number][] {
  return [...originalsBy(rows, keyOf)]
    .filter(([, count]) => count >= minGroupSize)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

function groupBy<R, K>(rows: readonly R[], keyOf: (row: R) => K): Map<K, R[]> {
  const groups = new Map<K, R[]>();
  for (const row of rows) {
    const list = groups.get(keyOf(row)) ?? [];
    list.push(row);
    groups.set(keyOf(row), list);
  }
  return groups;
}

function originalsBy<R extends RollupCounts, K>(rows: readonly R[], keyOf: (row: R) => K): Map<K, number> {
  const counts = new Map<K, number>();
  for (const row of rows) counts.set(keyOf(row), (counts.get(keyOf(row)) ?? 0) + row.originals);
  return counts;
}

function sumOriginals(rows: readonly RollupCounts[]): number {
  return rows.reduce((sum, row) => sum + row.originals, 0);
}
