import { getJson } from '../api.js';
import { COLOURS, categoryChart, dayChart } from '../charts.js';
import { h } from '../dom.js';
import {
  chartCount, count, figure, hiddenNote, interval, percent, periodNote, searchLink, section, table,
  type PeriodNote, type ShareEstimate, type ShownCount,
} from '../format.js';
import type { Page } from '../page.js';

type Sentiment = 'negative' | 'neutral' | 'positive';
interface SentimentShares {
  total: number;
  counts: Record<Sentiment, number>;
  shares: Record<Sentiment, ShareEstimate>;
  /** Corrected for the classifier's confusion (bootstrap interval), or as classified (Wilson). */
  corrected: boolean;
}
interface Overview {
  period: { from: string; to: string };
  periodNote: PeriodNote | null;
  totals: Record<
    'originals' | 'amplifications' | 'articles' | 'socialPosts' | 'firstSeenDates' | 'previousOriginals' | 'setAside',
    ShownCount
  >;
  days: { day: string; originals: ShownCount; amplifications: ShownCount }[];
  sentiment: SentimentShares | null;
  /** Which share of posts was corrected and why the rest was not, per language; null when all were. */
  sentimentCoverage: Record<string, string | null> | null;
  subjects: { shown: { subjectId: string; originals: number; sentiment: SentimentShares }[]; hiddenGroups: number };
  /** The shown subjects' posts in each of eight weeks, and the share negative toward each where shown. */
  subjectTrend: { weeks: string[]; stored: boolean[]; subjects: { subjectId: string; originals: ShownCount[]; negative: (ShareEstimate | null)[] }[] };
}

/** Subjects drawn in the weekly chart; the table below it lists every shown subject. */
const TREND_SUBJECTS = 6;

export const SENTIMENTS: readonly Sentiment[] = ['negative', 'neutral', 'positive'];

export const overviewPage: Page = {
  id: 'overview',
  title: (strings) => strings.overview,
  role: 'viewer',
  usesPeriod: true,
  async render(root, context) {
    const { strings, labels } = context;
    const data = await getJson<Overview>('/api/overview', context.period);
    context.showPeriod(data.period);
    const totals = data.totals;
    const outside = periodNote(data.periodNote, context);
    if (outside) root.append(outside);

    root.append(h('div', { class: 'figures' },
      figure(strings.originals, count(totals.originals, context), 'originals'),
      figure(strings.reposts, count(totals.amplifications, context), 'amplifications'),
      figure(strings.articles, count(totals.articles, context), 'articles'),
      figure(strings.socialPosts, count(totals.socialPosts, context), 'socialPosts'),
      figure(strings.previous, count(totals.previousOriginals, context), 'previousOriginals'),
      figure(strings.firstSeen, count(totals.firstSeenDates, context), 'firstSeenDates'),
      // Posts naming only other places (Sochi, Syria), left out of every figure on this page.
      figure(strings.setAside, count(totals.setAside, context), 'setAside')));

    const volume = section(strings.perDay);
    root.append(volume);
    dayChart(volume, strings.perDayChart, data.days.map((day) => day.day), [
      { label: strings.originals, values: data.days.map((day) => chartCount(day.originals)), colour: COLOURS.main },
      { label: strings.reposts, values: data.days.map((day) => chartCount(day.amplifications)), colour: COLOURS.second },
    ], strings.day, context.language);

    const sentiment = section(strings.sentiment);
    root.append(sentiment);
    if (data.sentiment) {
      const shares = data.sentiment.shares;
      // The bars are the point estimates; the table under them gives each share's interval.
      categoryChart(sentiment, strings.sentimentChart, SENTIMENTS.map((label) => labels.sentiments[label] ?? label), [
        { label: strings.share, values: SENTIMENTS.map((label) => Math.round(shares[label].share * 1000) / 10), colour: COLOURS.main },
      ], '%', strings.sentimentName);
      // Corrected shares need not match the counts beside them: those are the classifier's calls.
      const countHeading = data.sentiment.corrected ? strings.classifiedAs : strings.originals;
      // "Share" stands over the shares, not over the sentiment names beside them.
      sentiment.append(table(['', strings.share, countHeading], SENTIMENTS.map((label) => [
        labels.sentiments[label] ?? label, interval(shares[label], context), count(data.sentiment!.counts[label], context),
      ])));
      sentiment.append(h('p', { class: 'note', 'data-corrected': String(data.sentiment.corrected) },
        data.sentiment.corrected ? strings.sentimentCorrected : strings.sentimentClassified));
      const coverage = data.sentimentCoverage?.[context.language];
      if (coverage) sentiment.append(h('p', { class: 'note', 'data-coverage': '' }, coverage));
    } else {
      // A week of four posts has data, hidden under the minimum: "no data" told the analyst
      // that collection had stopped.
      const hidden = totals.originals === null;
      sentiment.append(h('p', { 'data-empty': hidden ? 'under-minimum' : 'none' },
        hidden ? strings.notEnough(context.meta.minGroupSize) : strings.nothing));
    }

    const subjects = section(strings.subjects);
    root.append(subjects);
    const cards = h('div', { class: 'cards' });
    for (const subject of data.subjects.shown) {
      const name = context.meta.subjects.find((entry) => entry.id === subject.subjectId)?.name ?? subject.subjectId;
      cards.append(h('div', { class: 'card', 'data-subject': subject.subjectId },
        h('h3', {}, searchLink(name, 'subject', subject.subjectId, data.period, context.meta.setsAside)),
        h('p', { class: 'card-count' }, `${strings.originals}: ${count(subject.originals, context)}`),
        ...SENTIMENTS.map((label) => h('p', { class: `card-${label}` },
          `${labels.sentiments[label]}: ${interval(subject.sentiment.shares[label], context)}`))));
    }
    subjects.append(cards);
    const note = hiddenNote(data.subjects.hiddenGroups, context);
    if (note) subjects.append(note);

    const trend = data.subjectTrend;
    if (trend.subjects.length === 0) return;
    const subjectName = (id: string): string => context.meta.subjects.find((entry) => entry.id === id)?.name ?? id;
    const weekly = section(strings.subjectTrend);
    weekly.dataset.subjectTrend = '';
    root.append(weekly);
    dayChart(weekly, strings.subjectTrendChart, trend.weeks, trend.subjects.slice(0, TREND_SUBJECTS).map((subject, index) => ({
      label: subjectName(subject.subjectId),
      // A week with nothing stored is a gap in the line, not a fall to 0.
      values: subject.originals.map((originals, week) => (trend.stored[week] === false ? null : chartCount(originals))),
      colour: COLOURS.palette[index % COLOURS.palette.length]!,
    })), strings.weekOf, context.language);
    weekly.append(table([strings.subject, ...trend.weeks], trend.subjects.map((subject) => [
      subjectName(subject.subjectId),
      ...subject.originals.map((originals, week) => {
        if (trend.stored[week] === false) return strings.noData;
        const negative = subject.negative[week];
        return negative ? `${count(originals, context)} (${strings.negativeShort} ${percent(negative.share, context, 0)})` : count(originals, context);
      }),
    ])));
    weekly.append(h('p', { class: 'note' }, strings.subjectTrendNote));
  },
};
