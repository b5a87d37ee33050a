import { fileURLToPath } from 'node:url';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { SentimentLabel } from '../../src/analyze/analysis.js';
import { buildPeriodInsight, type PeriodInsight } from '../../src/insight/period-insight.js';
import { correctedShares } from '../../src/insight/prevalence.js';
import { wilsonInterval } from '../../src/insight/wilson-interval.js';
import { correctionCoverage, readSentimentCorrection } from '../../src/report/sentiment-correction.js';
import { openSqliteStore, type SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { StoredItem } from '../../src/store/store.js';
import { makeItem } from '../store/make-post.js';

/**
 * A week with hand-counted groups (minimum group size 10):
 * - roads: 12 Telegram posts (8 negative, 3 neutral, 1 positive), 10 of them in Auezov district
 *   and about drivers, 11 negative toward the akimat; 4 of them are the same copied message;
 *   plus 2 reposts; 4 posts the week before;
 * - outages: 9 Telegram posts, too few to show;
 * - transport: 13 news articles, 10 from Vlast.kz and 3 from Orda.kz; 20 the week before.
 */
const WEEK = { from: '2024-11-11', to: '2024-11-17' };

function week(): StoredItem[] {
  const items: StoredItem[] = [];
  const roadSentiments = ['negative', 'negative', 'negative', 'negative', 'negative', 'negative', 'negative',
    'negative', 'neutral', 'neutral', 'neutral', 'positive'] as const;
  roadSentiments.forEach((sentiment, index) => {
    const copied = index < 4;
    items.push(makeItem(
      {
        nativeId: `roads-${index}`,
        text: copied ? 'Яма на Толе би, акимат, сделайте хоть что-то!' : `Дорога на Абая разбита, участок ${index}`,
        publishedAt: `2024-11-${11 + (index % 3)}T06:00:00Z`,
      },
      {
        sentiment,
        issues: [{ issueId: 'roads', score: copied ? 0.9 : 0.5 - index / 100, evidence: [] }],
        districts: index < 10 ? ['auezov'] : [],
        slices: index < 10 ? ['drivers'] : [],
        subjects: index < 11 ? { akimat: 'negative' } : {},
      },
    ));
  });
  for (let index = 0; index < 2; index++) {
    items.push(makeItem(
      { nativeId: `roads-repost-${index}`, text: 'Яма на Толе би', publishedAt: '2024-11-12T07:00:00Z', amplifiesNativeId: 'roads-0' },
      { sentiment: 'negative', issues: ['roads'] },
    ));
  }
  for (let index = 0; index < 9; index++) {
    items.push(makeItem(
      { nativeId: `outage-${index}`, text: `Нет света в доме ${index}`, publishedAt: '2024-11-14T10:00:00Z' },
      { sentiment: 'negative', issues: ['outages'] },
    ));
  }
  for (let index = 0; index < 13; index++) {
    items.push(makeItem(
      {
        nativeId: `transport-${index}`, platform: 'news', title: `Новые автобусы ${index}`,
        text: `В парк поступили новые автобусы, партия ${index}`,
        outlet: index < 10 ? 'Vlast.kz' : 'Orda.kz', url: `https://news.example/transport/${index}`,
        publishedAt: '2024-11-15T04:00:00Z',
      },
      { sentiment: 'positive', issues: ['transport'] },
    ));
  }
  return items;
}

function weekBefore(): StoredItem[] {
  const items: StoredItem[] = [];
  for (let index = 0; index < 4; index++) {
    items.push(makeItem({ nativeId: `old-roads-${index}`, text: 'Яма', publishedAt: '2024-11-05T06:00:00Z' }, { issues: ['roads'] }));
  }
  for (let index = 0; index < 20; index++) {
    items.push(makeItem(
      { nativeId: `old-transport-${index}`, text: 'Автобус', publishedAt: '2024-11-06T06:00:00Z' },
      { issues: ['transport'] },
    ));
  }
  return items;
}

let store: SqliteStore;
let insight: PeriodInsight;

beforeAll(() => {
  store = openSqliteStore(':memory:', { timezone: 'Asia/Almaty' });
  store.savePosts([...week(), ...weekBefore()]);
  insight = buildPeriodInsight(store, { period: WEEK, minGroupSize: 10 });
});

afterAll(() => store.close());

describe('period insight', () => {
  it('counts originals, reposts, articles and the previous period', () => {
    expect(insight.previousPeriod).toEqual({ from: '2024-11-04', to: '2024-11-10' });
    expect(insight.totals).toEqual({
      originals: 34, amplifications: 2, articles: 13, socialPosts: 21, firstSeenDates: 0, previousOriginals: 24, setAside: 0,
    });
  });

  it('splits the originals alone by news and social, so that a hidden repost count is not their sum minus the originals', () => {
    expect(insight.totals.articles + insight.totals.socialPosts).toBe(insight.totals.originals);
  });

  it('ranks issues with their change and hides an issue under the minimum group size', () => {
    expect(insight.issues.shown.map((issue) => [issue.issueId, issue.originals, issue.previous,
      issue.absoluteChange, issue.relativeChange])).toEqual([
      ['transport', 13, 20, -7, -0.35],
      ['roads', 12, null, null, null],
    ]);
    expect(insight.issues.hiddenGroups).toBe(1);
  });

  it('flags the issue whose share of all posts moved significantly', () => {
    // transport: 13 of 34 now against 20 of 24 before: z ≈ −3.4.
    const [transport, roads] = insight.issues.shown;

    expect(transport!.significant).toBe(true);
    expect(transport!.pValue).toBeLessThan(0.001);
    // roads: 12 of 34 against 4 of 24: z ≈ 1.56, p ≈ 0.12.
    expect(roads!.significant).toBe(false);
    expect(roads!.tested).toBe(true);
  });

  it('gives no exact p-value where the previous count is hidden: the totals would give it away', () => {
    const roads = insight.issues.shown.find((issue) => issue.issueId === 'roads')!;
    expect(roads.previous).toBeNull();
    expect(roads.pValue).toBeNull();
  });

  it('gives sentiment shares with Wilson intervals within a shown issue', () => {
    const roads = insight.issues.shown.find((issue) => issue.issueId === 'roads')!;

    expect(roads.sentiment.counts).toEqual({ negative: 8, neutral: 3, positive: 1 });
    expect(roads.sentiment.shares.negative.share).toBeCloseTo(8 / 12, 10);
    expect(roads.sentiment.shares.negative.low).toBeCloseTo(0.3906, 3);
    expect(roads.sentiment.shares.negative.high).toBeCloseTo(0.8619, 3);
    expect(roads.amplifications).toBeNull();
  });

  it('shows outlets by volume only and folds the small one away, with Vlast.kz: 13 articles minus its 10 were Orda.kz\'s 3', () => {
    expect(insight.outlets).toEqual({ shown: [], hiddenGroups: 2, hiddenPosts: 13 });
  });

  it('shows platforms, districts with their issues, slices and subjects of at least the minimum size', () => {
    expect(insight.platforms.shown.map((entry) => [entry.platform, entry.originals])).toEqual([['telegram', 21], ['news', 13]]);
    expect(insight.districts.shown.map((entry) => [entry.districtId, entry.originals, entry.issues])).toEqual([
      ['auezov', 10, [{ issueId: 'roads', originals: 10 }]],
    ]);
    expect(insight.slices.shown.map((entry) => [entry.sliceId, entry.originals])).toEqual([['drivers', 10]]);
    expect(insight.subjects.shown.map((entry) => [entry.subjectId, entry.sentiment.counts])).toEqual([
      ['akimat', { negative: 11, neutral: 0, positive: 0 }],
    ]);
  });

  it('hides days with fewer posts than the minimum and keeps empty days as zero', () => {
    expect(insight.days.map((day) => [day.day, day.originals])).toEqual([
      ['2024-11-11', null], ['2024-11-12', null], ['2024-11-13', null], ['2024-11-14', null],
      ['2024-11-15', 13], ['2024-11-16', 0], ['2024-11-17', 0],
    ]);
  });

  it('takes excerpts only for shown issues, once per wording, with no outlet or link for social posts', () => {
    expect(insight.excerpts.map((entry) => entry.issueId)).toEqual(['transport', 'roads']);
    const roads = insight.excerpts.find((entry) => entry.issueId === 'roads')!.excerpts;

    expect(roads.map((excerpt) => excerpt.text)).toEqual([
      'Яма на Толе би, акимат, сделайте хоть что-то!',
      'Дорога на Абая разбита, участок 4',
      'Дорога на Абая разбита, участок 5',
    ]);
    expect(roads[0]).toEqual({
      kind: 'social', platform: 'telegram', day: '2024-11-13', text: 'Яма на Толе би, акимат, сделайте хоть что-то!',
      title: null, outlet: null, url: null,
    });
    // Equal scores: the newest stored article first.
    expect(insight.excerpts[0]!.excerpts[0]).toEqual({
      kind: 'article', platform: 'news', day: '2024-11-15', text: 'В парк поступили новые автобусы, партия 12',
      title: 'Новые автобусы 12', outlet: 'Orda.kz', url: 'https://news.example/transport/12',
    });
  });

  it('shows no overall sentiment when the whole period is under the minimum', () => {
    const quiet = buildPeriodInsight(store, { period: { from: '2024-11-05', to: '2024-11-05' }, minGroupSize: 10 });

    expect(quiet.sentiment).toBeNull();
    expect(quiet.totals.originals).toBe(4);
    expect(quiet.issues.shown).toEqual([]);
  });
});

describe('sentiment shares corrected per language and kind of post', () => {
  const correction = readSentimentCorrection(
    fileURLToPath(new URL('../fixtures/report/calibration/', import.meta.url)),
  )!;

  it('corrects the Telegram posts and the news articles each with its own confusion', () => {
    const mixed = openSqliteStore(':memory:', { timezone: 'Asia/Almaty' });
    const posts = (platform: 'telegram' | 'news', counts: readonly number[]) =>
      (['negative', 'neutral', 'positive'] as const).flatMap((sentiment, label) =>
        Array.from({ length: counts[label]! }, (_, n) => makeItem(
          { nativeId: `${platform}-${sentiment}-${n}`, text: `${sentiment} ${n}`, platform, publishedAt: '2024-11-12T06:00:00Z' },
          { sentiment },
        )));
    mixed.savePosts([...posts('telegram', [20, 15, 5]), ...posts('news', [10, 80, 10])]);
    const sentiment = buildPeriodInsight(mixed, { period: WEEK, minGroupSize: 10, sentimentCorrection: correction }).sentiment!;
    mixed.close();
    const [social, news] = correction.overall;
    const socialNegative = correctedShares([20, 15, 5], social!).shares[0]!.share;
    const newsNegative = correctedShares([10, 80, 10], news!).shares[0]!.share;

    expect(sentiment.corrected).toBe(true);
    expect(sentiment.correctedPosts).toBe(140);
    expect(sentiment.shares.negative.share).toBeCloseTo((40 * socialNegative + 100 * newsNegative) / 140, 10);
  });

  it('counts groups whose shares their confusion cannot produce as classified, not as 0%', () => {
    // The 13 news articles are all positive; the fixture's news confusion calls at most 80% so.
    const sentiment = buildPeriodInsight(store, { period: WEEK, minGroupSize: 10, sentimentCorrection: correction }).sentiment!;

    expect(sentiment.corrected).toBe(false);
    expect(sentiment.outOfRangePosts).toBe(34);
    expect(sentiment.shares.negative.share).toBeCloseTo(17 / 34, 10);
  });

  it('counts an issue of fewer than 30 posts as classified, with a Wilson interval', () => {
    // The week's 12 road posts are Russian Telegram posts, 8 of them negative: a group the fixture
    // could correct, too small for a correction to be read.
    const corrected = buildPeriodInsight(store, { period: WEEK, minGroupSize: 10, sentimentCorrection: correction });
    const roads = corrected.issues.shown.find((issue) => issue.issueId === 'roads')!;

    expect(roads.sentiment.corrected).toBe(false);
    expect([roads.sentiment.smallRowPosts, roads.sentiment.outOfRangePosts, roads.sentiment.uncalibratedPosts])
      .toEqual([12, 0, 0]);
    expect(roads.sentiment.shares.negative).toEqual(wilsonInterval(8, 12));
  });

  it("corrects an issue with the week's one group when every post is in it", () => {
    const single = openSqliteStore(':memory:', { timezone: 'Asia/Almaty' });
    single.savePosts((['negative', 'neutral', 'positive'] as const).flatMap((sentiment, label) =>
      Array.from({ length: [20, 15, 5][label]! }, (_, n) => makeItem(
        { nativeId: `${sentiment}-${n}`, text: `${sentiment} ${n}`, publishedAt: '2024-11-12T06:00:00Z' },
        { sentiment, issues: ['transport'] },
      ))));
    const corrected = buildPeriodInsight(single, { period: WEEK, minGroupSize: 10, sentimentCorrection: correction });
    const transport = corrected.issues.shown.find((issue) => issue.issueId === 'transport')!;
    single.close();

    expect(transport.sentiment.corrected).toBe(true);
    expect(transport.sentiment.correctedPosts).toBe(40);
    // 50% classified negative; solving the fixture's confusion for the true shares gives 25/48.
    expect(transport.sentiment.shares.negative.share).toBeCloseTo(25 / 48, 10);
  });
});

/**
 * A week of one issue raised in Russian and in Kazakh social posts, all in one district and
 * slice; the Russian posts also speak of the akimat, as do 20 of the Kazakh ones. The fixture's
 * confusions are chosen so that the true shares solve exactly:
 * - overall tone, Russian (100 posts classified 46 / 33 / 21): true 50% / 30% / 20% negative,
 *   neutral, positive under the Russian confusion;
 * - overall tone, Kazakh (50 posts classified 22 / 20 / 8): true 20% / 60% / 20% under the Kazakh one;
 * - tone toward the akimat, Russian (44 / 40 / 16): true 20% / 60% / 20% under the subject one;
 * - tone toward the akimat, Kazakh (10 / 6 / 4): no subject confusion for Kazakh, as classified.
 * 20 more Russian social posts, all neutral, are about nothing, so the issue is not the week.
 */
describe('breakdowns of a week mixing Russian and Kazakh social posts', () => {
  const correction = readSentimentCorrection(
    fileURLToPath(new URL('../fixtures/insight/calibration-ru-kk-social/', import.meta.url)),
  )!;
  let mixed: SqliteStore;
  let week: PeriodInsight;

  const labelled = (counts: readonly number[]) =>
    (['negative', 'neutral', 'positive'] as const).flatMap((label, index) => Array<typeof label>(counts[index]!).fill(label));

  beforeAll(() => {
    mixed = openSqliteStore(':memory:', { timezone: 'Asia/Almaty' });
    const item = (id: string, language: 'ru' | 'kk', sentiment: SentimentLabel, subject?: SentimentLabel) => makeItem(
      { nativeId: id, text: `пост ${id}`, publishedAt: '2024-11-13T06:00:00Z' },
      {
        language, sentiment, issues: ['utilities'], districts: ['auezov'], slices: ['elderly'],
        subjects: subject === undefined ? {} : { akimat: subject },
      },
    );
    const russianSubjects = labelled([44, 40, 16]);
    const kazakhSubjects = labelled([10, 6, 4]);
    mixed.savePosts([
      ...labelled([46, 33, 21]).map((sentiment, n) => item(`ru-${n}`, 'ru', sentiment, russianSubjects[n])),
      ...labelled([22, 20, 8]).map((sentiment, n) => item(`kk-${n}`, 'kk', sentiment, kazakhSubjects[n])),
      ...Array.from({ length: 20 }, (_, n) => makeItem(
        { nativeId: `other-${n}`, text: `другое ${n}`, publishedAt: '2024-11-13T06:00:00Z' },
        { language: 'ru', sentiment: 'neutral' },
      )),
    ]);
    week = buildPeriodInsight(mixed, { period: WEEK, minGroupSize: 10, sentimentCorrection: correction });
  });

  afterAll(() => mixed.close());

  it("corrects the issue's negative share per language and pools by posts: (100 × 50% + 50 × 20%) / 150", () => {
    const utilities = week.issues.shown.find((issue) => issue.issueId === 'utilities')!.sentiment;

    expect(utilities.counts).toEqual({ negative: 68, neutral: 53, positive: 29 });
    expect(utilities.corrected).toBe(true);
    expect([utilities.correctedPosts, utilities.uncalibratedPosts, utilities.outOfRangePosts]).toEqual([150, 0, 0]);
    expect(utilities.shares.negative.share).toBeCloseTo(0.4, 10);
    expect(utilities.shares.neutral.share).toBeCloseTo(0.4, 10);
    expect(utilities.shares.positive.share).toBeCloseTo(0.2, 10);
    // As classified it would read 68 / 150 = 45.3%.
    expect(utilities.shares.negative.share).not.toBeCloseTo(68 / 150, 2);
    expect(utilities.shares.negative.low).toBeLessThan(0.4);
    expect(utilities.shares.negative.high).toBeGreaterThan(0.4);
  });

  it('corrects the district and the slice of those posts the same way', () => {
    const district = week.districts.shown.find((entry) => entry.districtId === 'auezov')!.sentiment;
    const slice = week.slices.shown.find((entry) => entry.sliceId === 'elderly')!.sentiment;

    expect([district.shares.negative.share, slice.shares.negative.share].map((share) => share.toFixed(10)))
      .toEqual(['0.4000000000', '0.4000000000']);
    expect([district.correctedPosts, slice.correctedPosts]).toEqual([150, 150]);
  });

  it('corrects the tone toward a subject with the subject confusion of each group, Kazakh as classified', () => {
    const akimat = week.subjects.shown.find((entry) => entry.subjectId === 'akimat')!.sentiment;

    expect([akimat.correctedPosts, akimat.uncalibratedPosts]).toEqual([100, 20]);
    // (100 × 20% + 20 × 10/20) / 120
    expect(akimat.shares.negative.share).toBeCloseTo(30 / 120, 10);
  });

  it('says in the digest sentence which share of the subject posts was not corrected and why', () => {
    const akimat = week.subjects.shown.find((entry) => entry.subjectId === 'akimat')!.sentiment;

    expect(correctionCoverage([akimat], 'en', (share) => `${Math.round(share * 100)}%`)).toBe(
      "Corrected with their own group's confusion: 83% of posts. Counted as classified: 17% with " +
        'no calibration for their language and kind.',
    );
  });
});
