/**
 * The digest as a language-neutral outline of sections, tables, charts and excerpts, filled in
 * from a period's insight and the project's labels. The Markdown and HTML renderers turn the same
 * outline into their formats, so both always carry the same sections and figures. Every string
 * here is plain text; renderers escape it. Chart SVG comes from ECharts, which escapes its labels.
 */
import type { SentimentLabel } from '../analyze/analysis.js';
import type { PeriodCollection, ShadedStretch } from '../insight/collection-outages.js';
import type { Excerpt } from '../insight/excerpts.js';
import type { WeakPointsInsight } from '../insight/weak-points.js';
import type { SubjectTrend } from '../insight/weekly-trend.js';
import {
  SENTIMENT_LABELS, shownFirstSeenDates, shownSplit, type Breakdown, type PeriodInsight, type SentimentShares,
} from '../insight/period-insight.js';
import { projectTitle, type Project, type ReportLanguage, type TaxonomyEntry, type District } from '../project/project.js';
import {
  DIGEST_LABELS, type DigestLabels, type SectionId, type SummaryFacts,
} from './digest-labels.js';
import type { MeasuredStage, ModelAccuracy } from './model-accuracy.js';
import { correctionCoverage, correctionMethodology } from './sentiment-correction.js';
import type { DistrictInsight, SentimentCorrection } from '../insight/period-insight.js';
import { suppressSmall } from '../insight/small-groups.js';
import { dayCount } from '../store/day-range.js';
import { NumberFormat } from './number-format.js';
import { significanceText } from './significance-text.js';
import { testSetName } from './test-set-names.js';
import { excerptBlock, weakPointBlocks } from './weak-point-blocks.js';
import {
  collectionGapBlocks, collectionMethodologyBlocks, collectionSummaryBlocks, type CollectionBlockInput,
} from './collection-blocks.js';
import { COLLECTION_LABELS } from './collection-labels.js';
import { shortDay } from './short-day.js';

export type Block =
  | { readonly kind: 'paragraph'; readonly text: string }
  | { readonly kind: 'subheading'; readonly text: string }
  | { readonly kind: 'table'; readonly columns: readonly string[]; readonly rows: readonly Row[] }
  | { readonly kind: 'chart'; readonly svg: string; readonly caption: string }
  | { readonly kind: 'excerpts'; readonly heading: string; readonly excerpts: readonly ExcerptBlock[] };

type Row = readonly string[];
type SentimentGroup = { readonly label: string; readonly sentiment: SentimentShares };

export interface ExcerptBlock {
  readonly text: string;
  /** News only. */
  readonly title: string | null;
  /** "Telegram · 2024-11-12", or "Vlast.kz · 2024-11-12" for news. */
  readonly source: string;
  /** News only; renderers link it only when it is a plain http(s) URL. */
  readonly url: string | null;
}

export interface DigestSection {
  readonly id: SectionId;
  readonly heading: string;
  readonly blocks: readonly Block[];
}

export interface DigestDocument {
  readonly language: ReportLanguage;
  readonly title: string;
  readonly subtitle: string;
  readonly sections: readonly DigestSection[];
}

/** Draws the charts; absent when only text output is wanted. */
export interface ChartPainter {
  /** `gaps` are shaded: stretches when a live source was down, in days from the first column. */
  volume(
    days: PeriodInsight['days'],
    names: { originals: string; amplifications: string; gaps?: string; day?: (day: string) => string },
    gaps?: readonly ShadedStretch[],
  ): string;
  sentiment(
    groups: readonly { label: string; shares: Readonly<Record<SentimentLabel, number>> }[],
    names: Readonly<Record<SentimentLabel, string>>,
  ): string;
  comparison(
    groups: readonly { label: string; current: number; previous: number | null }[],
    names: { current: string; previous: string },
  ): string;
  counts(groups: readonly { label: string; count: number }[]): string;
}

export interface DigestDocumentInput {
  readonly insight: PeriodInsight;
  /** Per agency; null when the store keeps no agency attribution. */
  readonly weakPoints: WeakPointsInsight | null;
  readonly project: Project;
  readonly language: ReportLanguage;
  readonly accuracy: readonly ModelAccuracy[];
  readonly charts: ChartPainter | null;
  /** The confusion the sentiment shares were corrected with; absent when they were not. */
  readonly sentimentCorrection?: SentimentCorrection;
  /** Outages of live sources in the period; null or absent when the store keeps no ledger. */
  readonly collection?: PeriodCollection | null;
  /** The shown subjects' eight weeks; absent, the digest has no such table. */
  readonly subjectTrend?: SubjectTrend;
}

const MEASURED_STAGES: readonly MeasuredStage[] = [
  'language', 'mentions', 'overallSentiment', 'subjectSentiment', 'keywordRules',
];

export function buildDigestDocument(input: DigestDocumentInput): DigestDocument {
  const builder = new DocumentBuilder(input);
  return builder.build();
}

class DocumentBuilder {
  readonly #insight: PeriodInsight;
  readonly #weakPoints: WeakPointsInsight | null;
  readonly #project: Project;
  readonly #language: ReportLanguage;
  readonly #labels: DigestLabels;
  readonly #format: NumberFormat;
  readonly #accuracy: readonly ModelAccuracy[];
  readonly #charts: ChartPainter | null;
  readonly #correction: SentimentCorrection | undefined;
  readonly #trend: SubjectTrend | undefined;
  readonly #collection: CollectionBlockInput;

  constructor(input: DigestDocumentInput) {
    this.#correction = input.sentimentCorrection;
    this.#trend = input.subjectTrend;
    this.#insight = input.insight;
    this.#weakPoints = input.weakPoints;
    this.#project = input.project;
    this.#language = input.language;
    this.#labels = DIGEST_LABELS[input.language];
    this.#format = new NumberFormat(this.#labels.locale, input.insight.minGroupSize);
    this.#accuracy = input.accuracy;
    this.#charts = input.charts;
    this.#collection = {
      collection: input.collection ?? null,
      labels: COLLECTION_LABELS[input.language],
      platforms: this.#labels.platforms,
      timezone: input.project.timezone,
    };
  }

  build(): DigestDocument {
    const { period, previousPeriod } = this.#insight;
    const labels = this.#labels;
    return {
      language: this.#language,
      // "Weekly" over a month's digest, as a researcher makes one, said the wrong thing.
      title: `${dayCount(period) === 7 ? labels.title : labels.periodTitle}: ${projectTitle(this.#project, this.#language)}`,
      subtitle: `${labels.period}: ${period.from} — ${period.to}. ` +
        `${labels.previousPeriod}: ${previousPeriod.from} — ${previousPeriod.to}.`,
      sections: [
        this.#section('summary', [
          { kind: 'paragraph', text: this.#summaryText() },
          ...this.#setAsideBlocks(),
          ...collectionSummaryBlocks(this.#collection),
        ]),
        this.#section('volume', this.#volume()),
        this.#section('sentiment', this.#sentiment()),
        this.#section('subjects', this.#subjects()),
        this.#section('issues', this.#issues()),
        this.#section('platforms', this.#platforms()),
        this.#section('outlets', this.#outlets()),
        this.#section('districts', this.#districts()),
        this.#section('slices', this.#slices()),
        this.#section('agencies', weakPointBlocks({
          weakPoints: this.#weakPoints,
          project: this.#project,
          language: this.#language,
          labels: this.#labels,
          format: this.#format,
          charts: this.#charts,
          corrected: this.#correction !== undefined,
        })),
        this.#section('excerpts', this.#excerpts()),
        this.#section('methodology', this.#methodology()),
      ],
    };
  }

  #section(id: SectionId, blocks: Block[]): DigestSection {
    return { id, heading: this.#labels.sections[id], blocks };
  }

  /**
   * All posts of the period as the methodology may print them: with a hidden repost count, the
   * exact total would give it away beside the originals, so it reads "34+".
   */
  #allPostsShown(): string {
    const { originals, amplifications } = this.#insight.totals;
    if (suppressSmall(amplifications, this.#insight.minGroupSize) !== null) {
      return this.#format.count(originals + amplifications);
    }
    return `${this.#format.count(originals)}+`;
  }

  /**
   * How many posts were dated by first sight. Their share is given only beside a count shown: a
   * share of a hidden count is the count ("<10 of 11 (9 %)" was 1).
   */
  #firstSeenText(): string {
    const { totals, minGroupSize } = this.#insight;
    const firstSeen = shownFirstSeenDates(totals, minGroupSize);
    const repostsShown = suppressSmall(totals.amplifications, minGroupSize) !== null;
    const share = typeof firstSeen === 'number' && repostsShown
      ? this.#format.percent(firstSeen / (totals.originals + totals.amplifications))
      : undefined;
    return this.#labels.firstSeen(this.#format.groupSize(firstSeen), this.#allPostsShown(), share);
  }

  #summaryFacts(): SummaryFacts {
    const { totals, previousPeriod, minGroupSize } = this.#insight;
    // The day and platform tables hide a small repost count; the sentence must not print it.
    const count = (value: number) => this.#format.groupSize(suppressSmall(value, minGroupSize));
    const split = shownSplit(totals, minGroupSize);
    return {
      originals: count(totals.originals),
      amplifications: count(totals.amplifications),
      articles: this.#format.groupSize(split.articles),
      socialPosts: this.#format.groupSize(split.socialPosts),
      previousOriginals: count(totals.previousOriginals),
      previousFrom: previousPeriod.from,
      previousTo: previousPeriod.to,
    };
  }

  #summaryText(): string {
    const { totals } = this.#insight;
    if (totals.originals + totals.amplifications === 0) return this.#labels.noPosts;
    return this.#labels.summary(this.#summaryFacts());
  }

  /** How many posts about other places were left out, when any were. */
  #setAsideBlocks(): Block[] {
    const { totals, minGroupSize } = this.#insight;
    if (totals.setAside === 0) return [];
    const count = this.#format.groupSize(suppressSmall(totals.setAside, minGroupSize));
    return [{ kind: 'paragraph', text: this.#labels.setAside(count) }];
  }

  #volume(): Block[] {
    const { days } = this.#insight;
    const columns = this.#labels.columns;
    const blocks: Block[] = [];
    if (this.#charts) {
      blocks.push({
        kind: 'chart',
        caption: this.#labels.sections.volume,
        svg: this.#charts.volume(days, {
          originals: columns.posts,
          amplifications: columns.reposts,
          gaps: this.#collection.labels.shading,
          day: (day) => shortDay(day, this.#language),
        }, this.#collection.collection?.shaded ?? []),
      });
    }
    blocks.push(...collectionGapBlocks(this.#collection));
    blocks.push({
      kind: 'table',
      columns: [columns.day, columns.posts, columns.reposts],
      rows: days.map((day) => [
        day.day,
        this.#format.groupSize(day.originals),
        this.#format.groupSize(day.amplifications),
      ]),
    });
    return blocks;
  }

  #sentiment(): Block[] {
    const { sentiment, platforms } = this.#insight;
    if (sentiment === null) return [this.#notEnough()];

    const groups: SentimentGroup[] = [
      { label: this.#labels.allPosts, sentiment },
      ...platforms.shown.map((entry) => ({
        label: this.#labels.platforms[entry.platform],
        sentiment: entry.sentiment,
      })),
    ];
    return [
      ...this.#sentimentChart('sentiment', groups),
      this.#sentimentTable(this.#labels.columns.group, groups),
      // Every row, not the first alone: a platform's posts may be corrected while all posts,
      // pooled, are out of the calibration's range, and the note then said "corrected: 0 %".
      ...this.#coverage(groups.map((group) => group.sentiment)),
    ];
  }

  #subjects(): Block[] {
    const { subjects } = this.#insight;
    const groups: SentimentGroup[] = subjects.shown.map((entry) => ({
      label: this.#subjectName(entry.subjectId),
      sentiment: entry.sentiment,
    }));
    const blocks: Block[] = groups.length === 0 ? [] : [
      ...this.#sentimentChart('subjects', groups),
      this.#sentimentTable(this.#labels.columns.subject, groups),
      ...this.#coverage(subjects.shown.map((entry) => entry.sentiment)),
    ];
    return [...this.#withHidden(blocks, subjects), ...this.#subjectWeeks()];
  }

  /** Each shown subject's posts per week over eight weeks, with the share negative toward it. */
  #subjectWeeks(): Block[] {
    const trend = this.#trend;
    if (trend === undefined || trend.subjects.length === 0) return [];
    const labels = this.#labels.subjectWeeks;
    return [
      { kind: 'subheading', text: labels.heading },
      {
        kind: 'table',
        columns: [this.#labels.columns.subject, ...trend.weeks.map((week) => shortDay(week, this.#language))],
        rows: trend.subjects.map((subject) => [
          this.#subjectName(subject.subjectId),
          ...subject.originals.map((originals, week) => {
            if (trend.stored[week] === false) return labels.noData;
            const negative = subject.negative[week];
            const count = this.#format.groupSize(originals);
            return negative ? `${count} (${labels.negative(this.#format.percent(negative.share))})` : count;
          }),
        ]),
      },
      { kind: 'paragraph', text: labels.note },
    ];
  }

  #issues(): Block[] {
    const { issues } = this.#insight;
    const columns = this.#labels.columns;
    const format = this.#format;
    const blocks: Block[] = [];
    if (issues.shown.length > 0 && this.#charts) {
      blocks.push({
        kind: 'chart',
        caption: this.#labels.sections.issues,
        svg: this.#charts.comparison(
          issues.shown.map((issue) => ({
            label: this.#issueName(issue.issueId),
            current: issue.originals,
            previous: issue.previous,
          })),
          { current: this.#labels.period, previous: this.#labels.previousPeriod },
        ),
      });
    }
    if (issues.shown.length > 0) {
      blocks.push({
        kind: 'table',
        columns: [
          columns.issue, columns.posts, columns.share, columns.previous, columns.change,
          columns.relativeChange, columns.significance, this.#labels.sentiments.negative,
        ],
        rows: issues.shown.map((issue) => [
          this.#issueName(issue.issueId),
          format.count(issue.originals),
          format.percent(issue.share),
          format.groupSize(issue.previous),
          issue.absoluteChange === null ? '—' : format.signed(issue.absoluteChange),
          issue.relativeChange === null
            ? (issue.previous === 0 ? this.#labels.newIssue : '—')
            : format.signedPercent(issue.relativeChange),
          significanceText(issue, this.#labels, this.#format),
          this.#shareWithInterval(issue.sentiment, 'negative'),
        ]),
      });
      blocks.push(...this.#coverage(issues.shown.map((issue) => issue.sentiment)));
    }
    return this.#withHidden(blocks, issues);
  }

  #platforms(): Block[] {
    const { platforms } = this.#insight;
    const columns = this.#labels.columns;
    if (platforms.shown.length === 0 && platforms.hiddenGroups === 0) return [this.#noneInPeriod()];
    const rows = platforms.shown.map((entry) => [
      this.#labels.platforms[entry.platform],
      this.#format.count(entry.originals),
      `${this.#format.percent(entry.share.share)} (${this.#format.interval(entry.share)})`,
      this.#format.groupSize(entry.amplifications),
    ]);
    if (platforms.hiddenGroups > 0) {
      const other = this.#format.groupSize(platforms.hiddenPosts);
      rows.push([this.#labels.other(platforms.hiddenGroups), other, '', '']);
    }
    const shareColumn = `${columns.share} (${columns.interval})`;
    return [{ kind: 'table', columns: [columns.platform, columns.posts, shareColumn, columns.reposts], rows }];
  }

  #outlets(): Block[] {
    const { outlets } = this.#insight;
    const columns = this.#labels.columns;
    if (outlets.shown.length === 0 && outlets.hiddenGroups === 0) return [this.#noneInPeriod()];
    const rows = outlets.shown.map((entry) => [entry.outlet, this.#format.count(entry.articles)]);
    if (outlets.hiddenGroups > 0) {
      const other = this.#format.groupSize(outlets.hiddenPosts);
      rows.push([this.#labels.other(outlets.hiddenGroups), other]);
    }
    return [{ kind: 'table', columns: [columns.outlet, columns.articles], rows }];
  }

  #districts(): Block[] {
    const { districts } = this.#insight;
    const columns = this.#labels.columns;
    const blocks: Block[] = [];
    if (districts.shown.length > 0 && this.#charts) {
      blocks.push({
        kind: 'chart',
        caption: this.#labels.sections.districts,
        svg: this.#charts.counts(districts.shown.map((entry) => ({
          label: this.#districtName(entry.districtId),
          count: entry.originals,
        }))),
      });
    }
    if (districts.shown.length > 0) {
      blocks.push({
        kind: 'table',
        columns: [columns.district, columns.posts, this.#negativeColumn(), columns.topIssues],
        rows: districts.shown.map((entry) => [
          this.#districtName(entry.districtId),
          this.#format.count(entry.originals),
          this.#shareWithInterval(entry.sentiment, 'negative'),
          this.#topIssues(entry),
        ]),
      });
      blocks.push(...this.#coverage(districts.shown.map((entry) => entry.sentiment)));
    }
    return this.#withHidden(blocks, districts);
  }

  /** Up to three issues with their counts; else whether it had issues too small to show. */
  #topIssues(district: DistrictInsight): string {
    if (district.issues.length === 0) {
      return district.hiddenIssues > 0 ? this.#labels.issuesEachUnder(this.#insight.minGroupSize) : '—';
    }
    return district.issues
      .slice(0, 3)
      .map((issue) => `${this.#issueName(issue.issueId)} (${this.#format.count(issue.originals)})`)
      .join(', ');
  }

  #slices(): Block[] {
    const { slices } = this.#insight;
    const columns = this.#labels.columns;
    const blocks: Block[] = [];
    if (slices.shown.length > 0) {
      blocks.push({
        kind: 'table',
        columns: [columns.slice, columns.posts, this.#negativeColumn()],
        rows: slices.shown.map((entry) => [
          this.#sliceName(entry.sliceId),
          this.#format.count(entry.originals),
          this.#shareWithInterval(entry.sentiment, 'negative'),
        ]),
      });
      blocks.push(...this.#coverage(slices.shown.map((entry) => entry.sentiment)));
    }
    return this.#withHidden(blocks, slices);
  }

  #excerpts(): Block[] {
    const blocks: Block[] = this.#insight.excerpts
      .filter((entry) => entry.excerpts.length > 0)
      .map((entry) => ({
        kind: 'excerpts' as const,
        heading: this.#issueName(entry.issueId),
        excerpts: entry.excerpts.map((excerpt) => this.#excerpt(excerpt)),
      }));
    return blocks.length > 0 ? blocks : [this.#notEnough()];
  }

  #excerpt(excerpt: Excerpt): ExcerptBlock {
    return excerptBlock(excerpt, this.#labels);
  }

  #methodology(): Block[] {
    const labels = this.#labels;
    const { totals } = this.#insight;
    const blocks: Block[] = [
      { kind: 'paragraph', text: labels.methodology.sample(this.#summaryFacts()) },
      { kind: 'paragraph', text: labels.methodology.suppression(this.#insight.minGroupSize) },
      { kind: 'paragraph', text: labels.methodology.intervals },
      {
        kind: 'paragraph',
        text: correctionMethodology(this.#correction, this.#language, (n) => this.#format.count(n)),
      },
      { kind: 'paragraph', text: labels.methodology.analysis },
      { kind: 'paragraph', text: labels.methodology.privacy },
      ...(this.#project.agencies.length > 0 ? [{ kind: 'paragraph' as const, text: labels.methodology.weakPoints }] : []),
      ...collectionMethodologyBlocks(this.#collection),
      { kind: 'subheading', text: labels.methodology.datesHeading },
      {
        kind: 'paragraph',
        text: totals.firstSeenDates === 0 ? labels.allDated : this.#firstSeenText(),
      },
      { kind: 'subheading', text: labels.methodology.accuracyHeading },
    ];

    const rows: string[][] = [];
    for (const stage of MEASURED_STAGES) {
      const cards = this.#accuracy.filter((card) => card.stage === stage);
      if (cards.length === 0) {
        rows.push([labels.stages[stage], '—', '—', labels.notMeasured]);
        continue;
      }
      for (const card of cards) {
        for (const test of card.tests) {
          // The stage names the model; a file name would be English in every digest.
          rows.push([
            labels.stages[stage],
            testSetName(test.testSet, this.#language),
            test.examples === null ? '—' : this.#format.count(test.examples),
            Object.entries(test.metrics)
              .map(([metric, value]) => `${labels.metrics[metric] ?? metric} ${this.#format.decimal(value)}`)
              .join('; '),
          ]);
        }
      }
    }
    const { model, testSet, examples, figure } = labels.columns;
    blocks.push({ kind: 'table', columns: [model, testSet, examples, figure], rows });
    return blocks;
  }

  #sentimentChart(section: SectionId, groups: readonly SentimentGroup[]): Block[] {
    if (!this.#charts) return [];
    const shares = groups.map((group) => ({ label: group.label, shares: plainShares(group.sentiment) }));
    return [{
      kind: 'chart',
      caption: this.#labels.sections[section],
      svg: this.#charts.sentiment(shares, this.#labels.sentiments),
    }];
  }

  #sentimentTable(groupColumn: string, groups: readonly SentimentGroup[]): Block {
    const columns = this.#labels.columns;
    return {
      kind: 'table',
      columns: [
        groupColumn, columns.posts,
        ...SENTIMENT_LABELS.map((label) => `${this.#labels.sentiments[label]} (${columns.interval})`),
      ],
      rows: groups.map((group) => [
        group.label,
        this.#format.count(group.sentiment.total),
        ...SENTIMENT_LABELS.map((label) => this.#shareWithInterval(group.sentiment, label)),
      ]),
    };
  }

  /** Which share of the posts behind a table was corrected; nothing when all were. */
  #coverage(sentiments: readonly SentimentShares[]): Block[] {
    if (this.#correction === undefined) return [];
    const text = correctionCoverage(sentiments, this.#language, (share) => this.#format.percent(share));
    return text === null ? [] : [{ kind: 'paragraph', text }];
  }

  #shareWithInterval(sentiment: SentimentShares, label: SentimentLabel): string {
    const estimate = sentiment.shares[label];
    return `${this.#format.percent(estimate.share)} (${this.#format.interval(estimate)})`;
  }

  #withHidden<T>(blocks: Block[], breakdown: Breakdown<T>): Block[] {
    if (breakdown.shown.length === 0 && breakdown.hiddenGroups === 0) blocks.push(this.#noneInPeriod());
    else if (breakdown.shown.length === 0) blocks.push(this.#notEnough());
    if (breakdown.hiddenGroups > 0) {
      const noneShown = breakdown.shown.length === 0;
      const text = this.#labels.hiddenGroups(breakdown.hiddenGroups, this.#insight.minGroupSize, noneShown);
      blocks.push({ kind: 'paragraph', text });
    }
    return blocks;
  }

  #negativeColumn(): string {
    return `${this.#labels.sentiments.negative} (${this.#labels.columns.interval})`;
  }

  #notEnough(): Block {
    return { kind: 'paragraph', text: this.#labels.notEnough(this.#insight.minGroupSize) };
  }

  #noneInPeriod(): Block {
    return { kind: 'paragraph', text: this.#labels.noneInPeriod };
  }

  #subjectName(id: string): string {
    return this.#project.subjects.find((subject) => subject.id === id)?.name ?? id;
  }

  #issueName(id: string): string {
    return labelOf(this.#project.taxonomy.issues, id, this.#language);
  }

  #sliceName(id: string): string {
    return labelOf(this.#project.taxonomy.slices, id, this.#language);
  }

  #districtName(id: string): string {
    return labelOf(this.#project.districts, id, this.#language);
  }
}

function labelOf(
  entries: readonly (TaxonomyEntry | District)[],
  id: string,
  language: ReportLanguage,
): string {
  return entries.find((entry) => entry.id === id)?.labels[language] ?? id;
}

function plainShares(sentiment: SentimentShares): Record<SentimentLabel, number> {
  return {
    negative: sentiment.shares.negative.share,
    neutral: sentiment.shares.neutral.share,
    positive: sentiment.shares.positive.share,
  };
}
