import { describe, expect, it } from 'vitest';

import { twoSidedPValue } from '../../src/insight/normal-distribution.js';
import { comparePeriods } from '../../src/insight/period-change.js';
import { foldSmallGroups, suppressSmall } from '../../src/insight/small-groups.js';
import { wilsonInterval } from '../../src/insight/wilson-interval.js';

describe('Wilson interval', () => {
  it('gives the textbook interval for half of ten', () => {
    const estimate = wilsonInterval(5, 10);

    expect(estimate.share).toBe(0.5);
    expect(estimate.low).toBeCloseTo(0.2366, 4);
    expect(estimate.high).toBeCloseTo(0.7634, 4);
  });

  it('keeps a width above zero when a small group is all one sentiment', () => {
    const none = wilsonInterval(0, 12);
    const all = wilsonInterval(12, 12);

    expect([none.low, none.high]).toEqual([0, expect.closeTo(0.2425, 4)]);
    expect([all.low, all.high]).toEqual([expect.closeTo(0.7575, 4), 1]);
  });

  it('says nothing is known for an empty group and refuses a count above its total', () => {
    expect(wilsonInterval(0, 0)).toEqual({ share: 0, low: 0, high: 1 });
    expect(() => wilsonInterval(11, 10)).toThrow('wilson interval: 11 of 10 is not a count within a total');
  });
});

describe('two-sided p-value of a normal statistic', () => {
  it('matches the normal table', () => {
    expect(twoSidedPValue(1.959964)).toBeCloseTo(0.05, 6);
    expect(twoSidedPValue(-2.575829)).toBeCloseTo(0.01, 6);
    expect(twoSidedPValue(0)).toBeCloseTo(1, 6);
  });
});

describe('change against the previous period', () => {
  it('works out a hand-made rise: 30 of 200 posts after 15 of 250', () => {
    // Shares 0.15 and 0.06; pooled 45/450 = 0.1; SE = √(0.1·0.9·(1/200 + 1/250)) = 0.028460;
    // z = 0.09 / 0.028460 = 3.1623; two-sided p = 0.001565.
    const change = comparePeriods({ count: 30, total: 200 }, { count: 15, total: 250 });

    expect(change).toEqual({
      current: 30,
      previous: 15,
      absolute: 15,
      relative: 1,
      currentShare: 0.15,
      previousShare: 0.06,
      shareDirection: 'rose',
      pValue: expect.closeTo(0.001565, 5),
      significant: true,
    });
  });

  it('names the share’s direction when the count fell but the share rose: 14 of 139 after 23 of 489', () => {
    // Shares 0.1007 and 0.0470; pooled 37/628; z = 2.37; two-sided p = 0.018.
    const change = comparePeriods({ count: 14, total: 139 }, { count: 23, total: 489 });

    expect(change.relative).toBeCloseTo(-0.391, 3);
    expect(change.shareDirection).toBe('rose');
    expect(change.pValue).toBeCloseTo(0.018, 3);
    expect(change.significant).toBe(true);
  });

  it('does not call 12 of 100 after 10 of 100 a significant change', () => {
    const change = comparePeriods({ count: 12, total: 100 }, { count: 10, total: 100 });

    expect(change.relative).toBeCloseTo(0.2, 10);
    expect(change.pValue).toBeCloseTo(0.6511, 3);
    expect(change.significant).toBe(false);
  });

  it('calls a doubling of every issue with doubled collection no change in share', () => {
    const change = comparePeriods({ count: 40, total: 400 }, { count: 20, total: 200 });

    expect(change.absolute).toBe(20);
    expect(change.pValue).toBeCloseTo(1, 6);
    expect(change.significant).toBe(false);
  });

  it('gives no relative change and no test when the previous period was empty', () => {
    expect(comparePeriods({ count: 12, total: 50 }, { count: 0, total: 0 })).toMatchObject({
      absolute: 12, relative: null, pValue: null, significant: false,
    });
    expect(comparePeriods({ count: 12, total: 50 }, { count: 0, total: 80 }).relative).toBeNull();
  });
});

describe('minimum group size', () => {
  it('hides counts from 1 to the minimum minus one and keeps zero', () => {
    expect([0, 1, 9, 10, 11].map((count) => suppressSmall(count, 10))).toEqual([0, null, null, 10, 11]);
  });

  it('folds small groups into one other, itself hidden when still small', () => {
    const groups = [{ key: 'telegram', n: 40 }, { key: 'vk', n: 6 }, { key: 'youtube', n: 2 }, { key: 'web', n: 0 }];

    expect(foldSmallGroups(groups, (group) => group.n, 10)).toEqual({
      shown: [{ key: 'telegram', n: 40 }], hiddenGroups: 2, hiddenPosts: null,
    });
    expect(foldSmallGroups([{ n: 40 }, { n: 6 }, { n: 5 }], (group) => group.n, 7))
      .toEqual({ shown: [{ n: 40 }], hiddenGroups: 2, hiddenPosts: 11 });
    expect(foldSmallGroups(groups, (group) => group.n, 2)).toMatchObject({ hiddenGroups: 0, hiddenPosts: 0 });
  });
});
