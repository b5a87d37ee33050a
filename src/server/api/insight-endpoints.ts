/**
 * The dashboard's read-only figures. Everything comes from the period insight, which has cut
 * every breakdown to the minimum group size already; the per-day issue trend is cut here.
 * Sentiment shares are corrected for the classifiers' measured confusion, with bootstrap
 * intervals, exactly as the digest's are, so the two never disagree on the same period.
 */
import {
  buildPeriodInsight, rowSentimentShares, shownFirstSeenDates, shownSplit, suppressParts, suppressSmall,
  type SentimentShares, type ShownCount,
} from '../../insight/index.js';
import type { SubjectRollupRow } from '../../store/store.js';
import { addDays, previousPeriod, type DayRange } from '../../store/day-range.js';
import { DIGEST_LABELS } from '../../report/digest-labels.js';
import { correctionCoverage } from '../../report/sentiment-correction.js';
import { json, JSON_TYPE, type Endpoint, type EndpointRequest } from '../endpoint.js';
import { PERIOD_PARAMETERS, periodOf } from './period.js';

const OBJECT = { type: 'object' };

function insightOf(request: EndpointRequest, excerptsPerIssue: number) {
  return buildPeriodInsight(request.server.store, {
    period: periodOf(request),
    minGroupSize: request.server.project.privacy.minGroupSize,
    excerptsPerIssue,
    sentimentCorrection: request.server.sentimentCorrection,
  });
}

/**
 * The digest's sentence on which share of the posts behind `sentiments` was corrected, in each
 * dashboard language; null without a calibration, a language's null when every post was corrected.
 */
function sentimentCoverage(request: EndpointRequest, sentiments: readonly SentimentShares[]) {
  if (request.server.sentimentCorrection === undefined || sentiments.length === 0) return null;
  return Object.fromEntries((['ru', 'kk', 'en'] as const).map((language) => {
    const percent = new Intl.NumberFormat(DIGEST_LABELS[language].locale, {
      style: 'percent', maximumFractionDigits: 0,
    });
    return [language, correctionCoverage(sentiments, language, (share) => percent.format(share))];
  }));
}

export const INSIGHT_ENDPOINTS: readonly Endpoint[] = [
  {
    method: 'get',
    path: '/api/meta',
    summary: 'The project: name, stored days, minimum group size and every label in ru, kk and en',
    tag: 'dashboard',
    role: 'viewer',
    response: { mediaType: JSON_TYPE, description: 'project facts and labels', schema: OBJECT },
    handle({ server }) {
      const { project, store } = server;
      const labelsIn = (language: 'ru' | 'kk' | 'en') => ({
        issues: Object.fromEntries(project.taxonomy.issues.map((entry) => [entry.id, entry.labels[language]])),
        slices: Object.fromEntries(project.taxonomy.slices.map((entry) => [entry.id, entry.labels[language]])),
        districts: Object.fromEntries(project.districts.map((entry) => [entry.id, entry.labels[language]])),
        platforms: DIGEST_LABELS[language].platforms,
        sentiments: DIGEST_LABELS[language].sentiments,
        languages: DIGEST_LABELS[language].languages,
      });
      return json({
        name: project.name,
        city: project.city,
        timezone: project.timezone,
        minGroupSize: project.privacy.minGroupSize,
        storedDays: store.storedDays(),
        subjects: project.subjects.map((subject) => ({ id: subject.id, name: subject.name, kind: subject.kind })),
        labels: { ru: labelsIn('ru'), kk: labelsIn('kk'), en: labelsIn('en') },
      });
    },
  },
  {
    method: 'get',
    path: '/api/overview',
    summary: 'Volume per day, overall sentiment with 95% intervals, each subject\'s sentiment and its posts per week over eight weeks',
    tag: 'dashboard',
    role: 'viewer',
    query: PERIOD_PARAMETERS,
    response: { mediaType: JSON_TYPE, description: 'the period\'s overview', schema: OBJECT },
    handle(request) {
      const insight = insightOf(request, 0);
      const min = insight.minGroupSize;
      const totals = insight.totals;
      const split = shownSplit(totals, min);
      return json({
        period: insight.period,
        previousPeriod: insight.previousPeriod,
        minGroupSize: min,
        totals: {
          originals: suppressSmall(totals.originals, min),
          amplifications: suppressSmall(totals.amplifications, min),
          articles: split.articles,
          socialPosts: split.socialPosts,
          firstSeenDates: shownFirstSeenDates(totals, min),
          previousOriginals: suppressSmall(totals.previousOriginals, min),
        },
        days: insight.days,
        sentiment: insight.sentiment,
        sentimentCoverage: sentimentCoverage(request, insight.sentiment === null ? [] : [insight.sentiment]),
        subjects: insight.subjects,
        subjectSentimentCoverage: sentimentCoverage(request, insight.subjects.shown.map((entry) => entry.sentiment)),
        subjectTrend: subjectTrend(request, insight.period, insight.subjects.shown.map((entry) => entry.subjectId)),
        languages: insight.languages,
      });
    },
  },
  {
    method: 'get',
    path: '/api/issues',
    summary: 'Issue ranking with change against the previous period, daily trend, slices, districts, excerpts',
    tag: 'dashboard',
    role: 'viewer',
    query: PERIOD_PARAMETERS,
    response: { mediaType: JSON_TYPE, description: 'the period\'s issues', schema: OBJECT },
    handle(request) {
      const insight = insightOf(request, 3);
      return json({
        period: insight.period,
        previousPeriod: insight.previousPeriod,
        minGroupSize: insight.minGroupSize,
        issues: insight.issues,
        trend: weeklyTrend(request, insight.period, insight.issues.shown.map((issue) => issue.issueId)),
        slices: insight.slices,
        districts: insight.districts,
        // As the digest prints it under its issue, slice and district tables.
        sentimentCoverage: {
          issues: sentimentCoverage(request, insight.issues.shown.map((entry) => entry.sentiment)),
          slices: sentimentCoverage(request, insight.slices.shown.map((entry) => entry.sentiment)),
          districts: sentimentCoverage(request, insight.districts.shown.map((entry) => entry.sentiment)),
        },
        excerpts: insight.excerpts,
      });
    },
  },
  {
    method: 'get',
    path: '/api/outlets',
    summary: 'Posts per platform, and articles per news outlet (volume only, never sentiment per outlet)',
    tag: 'dashboard',
    role: 'viewer',
    query: PERIOD_PARAMETERS,
    response: { mediaType: JSON_TYPE, description: 'platforms and news outlets', schema: OBJECT },
    handle(request) {
      const insight = insightOf(request, 0);
      return json({
        period: insight.period,
        minGroupSize: insight.minGroupSize,
        platforms: insight.platforms,
        outlets: insight.outlets,
      });
    },
  },
];

const TREND_WEEKS = 8;

/**
 * Posts per issue in each of the eight weeks ending on `to`. Weeks rather than days: an issue's
 * daily count is often under the minimum group size, and a week's rarely is.
 */
function weeklyTrend(request: EndpointRequest, period: DayRange, issueIds: readonly string[]) {
  const min = request.server.project.privacy.minGroupSize;
  const to = period.to;
  const weekStarts = trendWeeks(to);
  const rollups = request.server.store.readRollups({ from: weekStarts[0]!, to });
  const counts = new Map<string, number>();
  for (const row of rollups.issues) {
    const week = weekStarts.findLastIndex((start) => start <= row.day);
    const key = `${row.issueId} ${week}`;
    counts.set(key, (counts.get(key) ?? 0) + row.originals);
  }
  const totals = [period, previousPeriod(period)].map((range) => weeksCovering(weekStarts, range));
  return {
    weeks: weekStarts,
    issues: issueIds.map((issueId) => ({
      issueId,
      originals: shownWeeks(weekStarts.map((_, week) => counts.get(`${issueId} ${week}`) ?? 0), totals, min),
    })),
  };
}

/** The first days of the eight weeks ending on `to`. */
function trendWeeks(to: string): string[] {
  return Array.from({ length: TREND_WEEKS }, (_, index) => addDays(to, -7 * (TREND_WEEKS - index) + 1));
}

/**
 * Mentions of each subject the overview shows, in each of the eight weeks ending on the period's
 * last day, with the share of them negative toward the subject (corrected as every subject share
 * is) in the weeks whose count is shown: how the talk about the mayor or a utility moves week by
 * week. Weeks under the minimum group size show neither.
 */
function subjectTrend(request: EndpointRequest, period: DayRange, subjectIds: readonly string[]) {
  const { project, store, sentimentCorrection } = request.server;
  const min = project.privacy.minGroupSize;
  const weekStarts = trendWeeks(period.to);
  const wanted = new Set(subjectIds);
  const rows = new Map<string, SubjectRollupRow[]>();
  for (const row of store.readRollups({ from: weekStarts[0]!, to: period.to }).subjects) {
    if (!wanted.has(row.subjectId)) continue;
    const key = `${row.subjectId} ${weekStarts.findLastIndex((start) => start <= row.day)}`;
    const list = rows.get(key) ?? [];
    list.push(row);
    rows.set(key, list);
  }
  const totals = [period, previousPeriod(period)].map((range) => weeksCovering(weekStarts, range));
  return {
    weeks: weekStarts,
    subjects: subjectIds.map((subjectId) => {
      const weeks = weekStarts.map((_, week) => rows.get(`${subjectId} ${week}`) ?? []);
      const originals = shownWeeks(weeks.map((list) => list.reduce((sum, row) => sum + row.originals, 0)), totals, min);
      return {
        subjectId,
        originals,
        negative: weeks.map((list, week) => typeof originals[week] === 'number' && originals[week] > 0
          ? rowSentimentShares(list, sentimentCorrection?.subjects).shares.negative
          : null),
      };
    }),
  };
}

/** The trend's weeks that make up `range` exactly, or none when its ends fall inside weeks. */
function weeksCovering(weekStarts: readonly string[], range: DayRange): number[] {
  const first = weekStarts.indexOf(range.from);
  const last = weekStarts.findLastIndex((start) => start <= range.to);
  const lastDay = addDays(weekStarts[last] ?? range.to, 6);
  if (first < 0 || lastDay !== range.to) return [];
  return Array.from({ length: last - first + 1 }, (_, index) => first + index);
}

/**
 * An issue's weekly counts as shown. A period of whole weeks (14 days, 28) is the sum of its
 * weeks, and the issue's count for it, and for the period before, stand in the table above: an
 * issue of 39 posts over two weeks beside weeks of <10 and 32 gave the 7 away. So the weeks of
 * each such period hide their smallest shown count too, as "x", while the hidden ones add up to
 * fewer than the minimum.
 */
function shownWeeks(weeks: readonly number[], totals: readonly (readonly number[])[], min: number): ShownCount[] {
  const shown: ShownCount[] = weeks.map((count) => suppressSmall(count, min));
  for (const covered of totals) {
    const parts = suppressParts(covered.map((week) => weeks[week]!), min);
    covered.forEach((week, index) => {
      shown[week] = parts[index]!;
    });
  }
  return shown;
}
