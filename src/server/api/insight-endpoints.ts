/**
 * The dashboard's read-only figures. Everything comes from the period insight, which has cut
 * every breakdown to the minimum group size already; the per-day issue trend is cut here.
 * Sentiment shares are corrected for the classifiers' measured confusion, with bootstrap
 * intervals, exactly as the digest's are, so the two never disagree on the same period.
 */
import {
  buildPeriodInsight, shownFirstSeenDates, shownSplit, suppressSmall, type SentimentShares,
} from '../../insight/index.js';
import { periodWeeks, shownWeeks, storedWeeks, subjectTrend, trendWeeks, weekOf } from '../../insight/weekly-trend.js';
import type { DayRange } from '../../store/day-range.js';
import { projectTitle, setsAsideElsewhere } from '../../project/project.js';
import { DIGEST_LABELS } from '../../report/digest-labels.js';
import { correctionCoverage } from '../../report/sentiment-correction.js';
import { json, JSON_TYPE, type Endpoint, type EndpointRequest } from '../endpoint.js';
import { lastDatedDay, PERIOD_ERRORS, PERIOD_PARAMETERS, periodNoteOf, periodOf } from './period.js';

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
    summary: 'The project: name, stored days, the day periods end on by default (lastDatedDay), minimum group size ' +
      'and every label in ru, kk and en',
    tag: 'dashboard',
    role: 'viewer',
    response: { mediaType: JSON_TYPE, description: 'project facts and labels', schema: OBJECT },
    handle({ server }) {
      const { project, store } = server;
      const labelsIn = (language: 'ru' | 'kk' | 'en') => ({
        // The project's name as pages in this language head it (the file's labels, else its name).
        title: projectTitle(project, language),
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
        // The dashboard's links to a figure's posts leave set-aside posts out when figures do.
        setsAside: setsAsideElsewhere(project),
        storedDays: store.storedDays(),
        // A script choosing its period from storedDays ended it on the import day of undated posts,
        // a week the pages never open on; this is the day every period ends on by default.
        lastDatedDay: lastDatedDay(store) ?? null,
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
    errors: PERIOD_ERRORS,
    response: { mediaType: JSON_TYPE, description: 'the period\'s overview', schema: OBJECT },
    handle(request) {
      const insight = insightOf(request, 0);
      const min = insight.minGroupSize;
      const totals = insight.totals;
      const split = shownSplit(totals, min);
      return json({
        period: insight.period,
        periodNote: periodNoteOf(request.server.store, insight.period),
        previousPeriod: insight.previousPeriod,
        minGroupSize: min,
        totals: {
          originals: suppressSmall(totals.originals, min),
          amplifications: suppressSmall(totals.amplifications, min),
          articles: split.articles,
          socialPosts: split.socialPosts,
          firstSeenDates: shownFirstSeenDates(totals, min),
          previousOriginals: suppressSmall(totals.previousOriginals, min),
          // Posts about other places only, left out of every figure here (`scope.setAside`).
          setAside: suppressSmall(totals.setAside, min),
        },
        days: insight.days,
        sentiment: insight.sentiment,
        sentimentCoverage: sentimentCoverage(request, insight.sentiment === null ? [] : [insight.sentiment]),
        subjects: insight.subjects,
        subjectSentimentCoverage: sentimentCoverage(request, insight.subjects.shown.map((entry) => entry.sentiment)),
        subjectTrend: subjectTrend(request.server.store, {
          period: insight.period,
          minGroupSize: min,
          confusions: request.server.sentimentCorrection?.subjects,
          subjectIds: insight.subjects.shown.map((entry) => entry.subjectId),
        }),
        languages: insight.languages,
      });
    },
  },
  {
    method: 'get',
    path: '/api/issues',
    summary: 'Issue ranking with change against the previous period, weekly trend over eight weeks, slices, districts, excerpts',
    tag: 'dashboard',
    role: 'viewer',
    query: PERIOD_PARAMETERS,
    errors: PERIOD_ERRORS,
    response: { mediaType: JSON_TYPE, description: 'the period\'s issues', schema: OBJECT },
    handle(request) {
      const insight = insightOf(request, 3);
      return json({
        period: insight.period,
        periodNote: periodNoteOf(request.server.store, insight.period),
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
    errors: PERIOD_ERRORS,
    response: { mediaType: JSON_TYPE, description: 'platforms and news outlets', schema: OBJECT },
    handle(request) {
      const insight = insightOf(request, 0);
      return json({
        period: insight.period,
        periodNote: periodNoteOf(request.server.store, insight.period),
        minGroupSize: insight.minGroupSize,
        platforms: insight.platforms,
        outlets: insight.outlets,
      });
    },
  },
];

/**
 * Posts per issue in each of the eight weeks ending on `to`. Weeks rather than days: an issue's
 * daily count is often under the minimum group size, and a week's rarely is.
 */
function weeklyTrend(request: EndpointRequest, period: DayRange, issueIds: readonly string[]) {
  const min = request.server.project.privacy.minGroupSize;
  const weekStarts = trendWeeks(period.to);
  const rollups = request.server.store.readRollups({ from: weekStarts[0]!, to: period.to });
  const counts = new Map<string, number>();
  for (const row of rollups.issues) {
    const key = `${row.issueId} ${weekOf(weekStarts, row.day)}`;
    counts.set(key, (counts.get(key) ?? 0) + row.originals);
  }
  const totals = periodWeeks(weekStarts, period);
  return {
    weeks: weekStarts,
    stored: storedWeeks(weekStarts, request.server.store.storedDays()),
    issues: issueIds.map((issueId) => ({
      issueId,
      originals: shownWeeks(weekStarts.map((_, week) => counts.get(`${issueId} ${week}`) ?? 0), totals, min),
    })),
  };
}
