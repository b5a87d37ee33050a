import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import {
  adjustedShares,
  correctedShares,
  pooledShares,
  type ClassifierConfusion,
} from '../../src/insight/prevalence.js';

// A classifier like the shipped overall model on tweets: it calls many neutral posts negative.
const CONFUSION: ClassifierConfusion = {
  labels: ['negative', 'neutral', 'positive'],
  counts: [
    [700, 200, 100],
    [300, 600, 100],
    [100, 200, 700],
  ],
  source: 'a labelled test fixture',
};

/** Predicted counts a classifier with CONFUSION's rates gives `total` posts of `trueShares`. */
function expectedPredictions(trueShares: readonly number[], total: number): number[] {
  return [0, 1, 2].map((predicted) =>
    Math.round(
      total *
        trueShares.reduce(
          (sum, share, truth) => sum + (share * CONFUSION.counts[truth]![predicted]!) / 1000,
          0,
        ),
    ),
  );
}

describe('prevalence corrected for classifier error', () => {
  it('recovers the true shares from the predicted counts of a known confusion', () => {
    const predicted = expectedPredictions([0.1, 0.8, 0.1], 5000);
    expect(predicted).toEqual([1600, 2600, 800]);

    const { shares, raw } = correctedShares(predicted, CONFUSION);

    expect(raw[0]).toBeCloseTo(0.32, 3);
    expect(shares.map((estimate) => estimate.share)).toEqual([
      expect.closeTo(0.1, 3),
      expect.closeTo(0.8, 3),
      expect.closeTo(0.1, 3),
    ]);
  });

  it('leaves the shares of a perfect classifier as counted', () => {
    const perfect = { ...CONFUSION, counts: [[50, 0, 0], [0, 50, 0], [0, 0, 50]] };
    expect(adjustedShares([0.2, 0.5, 0.3], [[1, 0, 0], [0, 1, 0], [0, 0, 1]])).toEqual([
      0.2, 0.5, 0.3,
    ]);
    expect(correctedShares([20, 50, 30], perfect).shares[0]!.share).toBeCloseTo(0.2, 10);
  });

  it('gives an interval around the corrected share that narrows with more posts', () => {
    const few = correctedShares(expectedPredictions([0.3, 0.5, 0.2], 40), CONFUSION);
    const many = correctedShares(expectedPredictions([0.3, 0.5, 0.2], 4000), CONFUSION);

    for (const { shares } of [few, many]) {
      expect(shares[0]!.low).toBeLessThanOrEqual(shares[0]!.share);
      expect(shares[0]!.high).toBeGreaterThanOrEqual(shares[0]!.share);
    }
    const width = (estimate: { low: number; high: number }): number =>
      estimate.high - estimate.low;
    expect(width(many.shares[0]!)).toBeLessThan(width(few.shares[0]!) / 2);
  });

  it('widens the interval when the confusion was measured on fewer examples', () => {
    const small = { ...CONFUSION, counts: CONFUSION.counts.map((row) => row.map((n) => n / 20)) };
    const predicted = expectedPredictions([0.3, 0.5, 0.2], 4000);
    const width = (confusion: ClassifierConfusion): number => {
      const negative = correctedShares(predicted, confusion).shares[0]!;
      return negative.high - negative.low;
    };

    expect(width(small)).toBeGreaterThan(2 * width(CONFUSION));
  });

  it('gives the same interval for the same counts', () => {
    const predicted = [120, 300, 80];
    expect(correctedShares(predicted, CONFUSION)).toEqual(correctedShares(predicted, CONFUSION));
  });

  it('clips a share the noise pushed below zero and keeps the others summing to one', () => {
    const shares = adjustedShares([0.05, 0.7, 0.25], [[0.7, 0.2, 0.1], [0.3, 0.6, 0.1], [0.1, 0.2, 0.7]]);
    expect(shares[0]).toBe(0);
    expect(shares.reduce((sum, share) => sum + share, 0)).toBeCloseTo(1, 12);
  });

  it('says nothing is known about an empty group', () => {
    expect(correctedShares([0, 0, 0], CONFUSION).shares[1]).toEqual({ share: 0, low: 0, high: 1 });
  });

  it('refuses a confusion without examples of a label, naming its source', () => {
    const broken = { ...CONFUSION, counts: [[5, 1, 0], [0, 0, 0], [0, 1, 4]] };
    expect(() => correctedShares([1, 2, 3], broken)).toThrow(
      'prevalence: confusion from a labelled test fixture has no examples of "neutral"',
    );
  });
});

describe('prevalence pooled over groups of posts, each with its own confusion', () => {
  const labels = CONFUSION.labels;
  // A classifier that is nearly right on news: 5% of neutral sentences called negative.
  const NEWS: ClassifierConfusion = {
    labels,
    counts: [[90, 10, 0], [5, 190, 5], [0, 10, 90]],
    source: 'fixture news sentences',
  };

  it('corrects each group with its own confusion and weighs the groups by their posts', () => {
    const tweets = expectedPredictions([0.1, 0.8, 0.1], 3000);
    const news = [100, 850, 50];

    const pooled = pooledShares(labels, [
      { counts: tweets, confusion: CONFUSION },
      { counts: news, confusion: NEWS },
    ]);
    const tweetsAlone = correctedShares(tweets, CONFUSION).shares[0]!.share;
    const newsAlone = correctedShares(news, NEWS).shares[0]!.share;

    expect(pooled.shares[0]!.share).toBeCloseTo((3000 * tweetsAlone + 1000 * newsAlone) / 4000, 10);
    expect(pooled.correctedPosts).toBe(4000);
    expect(pooled.raw[0]).toBeCloseTo((960 + 100) / 4000, 10);
    expect(pooled.shares[0]!.low).toBeLessThan(pooled.shares[0]!.share);
    expect(pooled.shares[0]!.high).toBeGreaterThan(pooled.shares[0]!.share);
  });

  it('counts a group without a confusion as classified, and says how many posts that was', () => {
    const english = [40, 50, 10];
    const pooled = pooledShares(labels, [
      { counts: [100, 850, 50], confusion: NEWS },
      { counts: english },
    ]);
    const newsAlone = correctedShares([100, 850, 50], NEWS).shares[0]!.share;

    expect(pooled.shares[0]!.share).toBeCloseTo((1000 * newsAlone + 100 * 0.4) / 1100, 10);
    expect(pooled.correctedPosts).toBe(1000);
    expect(pooled.uncalibratedPosts).toBe(100);
    expect(pooled.outOfRangePosts).toBe(0);
  });

  it('does not print 0% when a confusion from other text cannot produce the observed shares', () => {
    const demo = JSON.parse(
      readFileSync(new URL('../fixtures/insight/tweet-confusion-on-news-and-reviews.json', import.meta.url), 'utf8'),
    ) as { predictedCounts: number[]; confusion: ClassifierConfusion };

    const clipped = correctedShares(demo.predictedCounts, demo.confusion);
    const pooled = pooledShares(labels, [{ counts: demo.predictedCounts, confusion: demo.confusion }]);

    // Corrected blindly, 43% of posts called negative become exactly none.
    expect(clipped.shares[0]!.share).toBe(0);
    expect(clipped.outOfRange).toBe(true);
    // Pooled, the group is counted as classified and reported as such.
    expect(pooled.shares[0]!.share).toBeCloseTo(285 / 669, 10);
    expect(pooled.outOfRangePosts).toBe(669);
    expect(pooled.correctedPosts).toBe(0);
    // Its interval spans both readings, from the clipped correction to past the classified share.
    expect(pooled.shares[0]!.low).toBe(0);
    expect(pooled.shares[0]!.high).toBeGreaterThan(285 / 669);
  });

  it('counts a group as classified when correcting did worse than counting on held-out weeks', () => {
    const week = JSON.parse(
      readFileSync(new URL('../fixtures/insight/subject-week-correction-declined.json', import.meta.url), 'utf8'),
    ) as { predictedCounts: number[]; goldCounts: number[]; confusion: ClassifierConfusion };
    const gold = week.goldCounts[0]! / 219;

    const pooled = pooledShares(labels, [{ counts: week.predictedCounts, confusion: week.confusion }]);
    const sampledOnly = pooledShares(labels, [{ counts: week.predictedCounts, confusion: { ...week.confusion, heldOut: undefined } }]);

    // 71 of 219 tweets called negative toward the bank, 9 truly so.
    expect(pooled.shares[0]!.share).toBeCloseTo(71 / 219, 10);
    expect(pooled.declinedPosts).toBe(219);
    expect(pooled.correctedPosts).toBe(0);
    // The interval carries the errors counting made on the held-out weeks, so it holds the truth.
    expect(pooled.shares[0]!.low).toBeLessThanOrEqual(gold);
    expect(pooled.shares[0]!.high).toBeGreaterThan(71 / 219);
    // Without the check the same confusion cannot produce the week's shares at all.
    expect(sampledOnly.outOfRangePosts).toBe(219);
  });

  it('still corrects a group whose correction beat counting on held-out weeks', () => {
    const check = { clusters: 'two fixture weeks', classifiedError: 0.2, correctedError: 0.05, residuals: [[-0.2, 0.2, 0], [-0.1, 0.1, 0]] };
    const tweets = expectedPredictions([0.1, 0.8, 0.1], 3000);

    const pooled = pooledShares(labels, [{ counts: tweets, confusion: { ...CONFUSION, heldOut: check } }]);

    expect(pooled.shares[0]!.share).toBeCloseTo(0.1, 3);
    expect(pooled.correctedPosts).toBe(3000);
    expect(pooled.declinedPosts).toBe(0);
  });

  it('refuses a group whose confusion lists the labels in another order', () => {
    const reordered = { ...NEWS, labels: ['neutral', 'negative', 'positive'] };
    expect(() => pooledShares(labels, [{ counts: [1, 2, 3], confusion: reordered }])).toThrow(
      /fixture news sentences has labels neutral, negative, positive; expected negative, neutral, positive/,
    );
  });
});
