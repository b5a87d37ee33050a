/**
 * Finds the spikes of one day, in two stages:
 *
 * 1. screening: every key's count against its weekday baseline, normalised by the day's total
 *    volume (an EARS-style standardised excess, widened by the key's own over-dispersion);
 * 2. confirmation: for the keys that pass, the day's posts are read and near-identical copies
 *    counted once; the distinct texts must still be improbable under a quasi-Poisson model.
 *
 * A key that passes screening only through copies of a few texts is reported as a campaign.
 * Nothing fires on a day with a collection gap, and posts whose date tyndau assigned itself
 * never count (the store leaves them out of dated counts).
 */
import { findCollectionGaps, type CollectionGap } from '../insight/collection-gaps.js';
import { addDays, type DayRange } from '../store/day-range.js';
import { WHOLE_CITY, type DatedCounts, type DatedPost, type DatedPostReader } from '../store/dated-posts.js';
import type { Platform } from '../collect/raw-post.js';
import type { Alert, AlertExcerpt, AlertTarget } from './alert.js';
import { isDistrictWord } from './district-words.js';
import { groupCopies } from './near-duplicates.js';
import { poissonUpperTail } from './poisson-tail.js';
import { topTerms } from './top-terms.js';
import { BASELINE_DAYS, GUARD_DAYS, weekdayBaseline, type Baseline, type DailyCounts } from './weekday-baseline.js';
import { shorten } from '../insight/excerpts.js';

export interface SpikeOptions {
  readonly day: string;
  /** No alert on fewer posts than this (DESIGN rule 5). */
  readonly minGroupSize: number;
  /** Screening threshold on the standardised excess; default 3. */
  readonly screeningZ?: number;
  /** Confirmation threshold on the p-value; default 0.001. */
  readonly confirmationP?: number;
  /** Each district's names by id (`districtNamesOf`), left out of its own alerts' top terms. */
  readonly districtNames?: ReadonlyMap<string, readonly string[]>;
}

export interface DayFindings {
  readonly day: string;
  /** Why nothing was judged, when nothing was. */
  readonly silence: 'collection-gap' | null;
  readonly gaps: readonly CollectionGap[];
  /** Keys that passed screening. */
  readonly screened: number;
  /**
   * Keys that passed screening and failed confirmation: too few distinct texts for a spike, or
   * too probable once copies count once, and too few copies for a campaign (12 posts of 6 texts,
   * each written twice).
   */
  readonly unconfirmed: number;
  readonly alerts: readonly Alert[];
}

const POSTS_READ = 5000;
const BASELINE_POSTS_READ = 1000;
const EXCERPTS = 3;
const EXCERPT_LENGTH = 280;
/** Weeks of history before the baseline, for telling its gap days. */
const GAP_HISTORY_DAYS = 28;

interface Candidate {
  readonly target: AlertTarget;
  readonly series: DailyCounts;
  readonly baseline: Baseline;
  readonly observed: number;
  readonly zScore: number;
}

export function detectSpikes(store: DatedPostReader, options: SpikeOptions): DayFindings {
  const { day, minGroupSize } = options;
  const baselineStart = addDays(day, -(GUARD_DAYS + BASELINE_DAYS));
  const counts = store.readDatedCounts({ from: addDays(baselineStart, -GAP_HISTORY_DAYS), to: day });
  const totals = byDay(counts.totals);
  const gaps = findCollectionGaps(
    { totals, platforms: byPlatform(counts.platforms) },
    { from: baselineStart, to: day },
  );
  const gapDays = new Set(gaps.map((gap) => gap.day));
  if (gapDays.has(day)) return { day, silence: 'collection-gap', gaps, screened: 0, unconfirmed: 0, alerts: [] };

  const screeningZ = options.screeningZ ?? 3;
  const candidates: Candidate[] = [];
  for (const [target, keyCounts] of keySeries(counts)) {
    const series = { counts: keyCounts, totals };
    const observed = keyCounts.get(day) ?? 0;
    if (observed < minGroupSize) continue;
    const baseline = weekdayBaseline(series, day, gapDays);
    if (!baseline) continue;
    const zScore = standardisedExcess(observed, baseline);
    if (zScore >= screeningZ) candidates.push({ target, series, baseline, observed, zScore });
  }

  const alerts = candidates
    .map((candidate) => confirm(store, candidate, options, baselineStart))
    .filter((alert): alert is Alert => alert !== null);
  return {
    day, silence: null, gaps, screened: candidates.length, unconfirmed: candidates.length - alerts.length,
    alerts: withoutCityEchoes(alerts),
  };
}

function standardisedExcess(observed: number, baseline: Baseline): number {
  const expected = Math.max(baseline.expected, 0.5);
  return (observed - expected) / Math.sqrt(baseline.dispersion * expected);
}

function confirm(
  store: DatedPostReader,
  candidate: Candidate,
  options: SpikeOptions,
  baselineStart: string,
): Alert | null {
  const { day, minGroupSize } = options;
  const filter = filterOf(candidate.target);
  const posts = store.readDatedPosts(filter, { from: day, to: day }, POSTS_READ);
  const copies = groupCopies(posts.map((post) => post.normalised));
  // Posts whose text retention has removed count as distinct: nothing says they were copies.
  const distinct = copies.sizes.length + Math.max(0, candidate.observed - posts.length);

  const { expected, dispersion } = candidate.baseline;
  // Quasi-Poisson: dividing by the dispersion keeps a bursty key from firing on its usual noise.
  const pValue = poissonUpperTail(Math.ceil(distinct / dispersion), Math.max(expected, 0.5) / dispersion);
  const confirmed = distinct >= minGroupSize && pValue < (options.confirmationP ?? 0.001);
  const copied = candidate.observed - distinct;
  const type = confirmed ? 'spike' : copied >= minGroupSize ? 'campaign' : null;
  if (type === null) return null;

  const range: DayRange = { from: baselineStart, to: addDays(day, -(GUARD_DAYS + 1)) };
  const before = store.readDatedPosts(filter, range, BASELINE_POSTS_READ);
  return {
    day,
    type,
    target: candidate.target,
    observed: candidate.observed,
    distinct,
    expected: round(expected, 2),
    dispersion: round(dispersion, 2),
    zScore: round(candidate.zScore, 2),
    pValue,
    largestCopyGroup: copies.sizes[0] ?? 0,
    topTerms: topTerms(posts.map((post) => post.normalised), before.map((post) => post.normalised), keyWordOf(candidate.target, options)),
    excerpts: excerptsOf(posts, copies.groupOf),
  };
}

/** The test of a word naming the alert's own district; none for a subject's alert. */
function keyWordOf(target: AlertTarget, options: SpikeOptions): (word: string) => boolean {
  const names = target.kind === 'issue' ? options.districtNames?.get(target.districtId) : undefined;
  return names === undefined ? () => false : isDistrictWord(names);
}

/** One post from each of the largest groups: a campaign's text shows once, then other voices. */
function excerptsOf(posts: readonly DatedPost[], groupOf: readonly number[]): AlertExcerpt[] {
  const firstOfGroup = new Map<number, DatedPost>();
  posts.forEach((post, index) => {
    if (!firstOfGroup.has(groupOf[index]!)) firstOfGroup.set(groupOf[index]!, post);
  });
  return [...firstOfGroup].sort(([a], [b]) => a - b).slice(0, EXCERPTS).map(([, post]) => ({
    kind: post.kind,
    platform: post.platform,
    day: post.day,
    text: shorten(post.text.replace(/\s+/g, ' ').trim(), EXCERPT_LENGTH),
    outlet: post.kind === 'article' ? post.outlet : null,
    url: post.kind === 'article' ? post.url : null,
  }));
}

/**
 * A spike in one district also raises the issue's whole-city count. When the districts that
 * fired explain at least half of the city's excess, the city alert would only repeat them.
 */
function withoutCityEchoes(alerts: readonly Alert[]): Alert[] {
  return alerts.filter((alert) => {
    const target = alert.target;
    if (target.kind !== 'issue' || target.districtId !== WHOLE_CITY) return true;
    const districtExcess = alerts
      .filter((other) => other.target.kind === 'issue' && other.target.issueId === target.issueId
        && other.target.districtId !== WHOLE_CITY)
      .reduce((sum, other) => sum + other.observed - other.expected, 0);
    return districtExcess < 0.5 * (alert.observed - alert.expected);
  });
}

function keySeries(counts: DatedCounts): Map<AlertTarget, Map<string, number>> {
  const series = new Map<string, { target: AlertTarget; counts: Map<string, number> }>();
  const add = (key: string, target: AlertTarget, day: string, originals: number) => {
    const entry = series.get(key) ?? { target, counts: new Map<string, number>() };
    entry.counts.set(day, originals);
    series.set(key, entry);
  };
  for (const row of counts.issueDistricts) {
    add(`i:${row.issueId}:${row.districtId}`, { kind: 'issue', issueId: row.issueId, districtId: row.districtId },
      row.day, row.originals);
  }
  for (const row of counts.subjects) {
    add(`s:${row.subjectId}`, { kind: 'subject', subjectId: row.subjectId }, row.day, row.originals);
  }
  return new Map([...series.values()].map((entry) => [entry.target, entry.counts]));
}

function filterOf(target: AlertTarget) {
  return target.kind === 'issue'
    ? { issueId: target.issueId, districtId: target.districtId }
    : { subjectId: target.subjectId };
}

function byDay(rows: readonly { day: string; originals: number }[]): Map<string, number> {
  return new Map(rows.map((row) => [row.day, row.originals]));
}

function byPlatform(rows: DatedCounts['platforms']): Map<Platform, Map<string, number>> {
  const platforms = new Map<Platform, Map<string, number>>();
  for (const row of rows) {
    const days = platforms.get(row.platform) ?? new Map<string, number>();
    days.set(row.day, row.originals);
    platforms.set(row.platform, days);
  }
  return platforms;
}

function round(value: number, digits: number): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}
