import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { Analysis } from '../../src/analyze/analysis.js';
import { buildWeakPoints, type WeakPointsInsight } from '../../src/insight/weak-points.js';
import { wilsonInterval } from '../../src/insight/wilson-interval.js';
import { openSqliteStore, type SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { agencyWeeks, AGENCY_WEEK as WEEK } from '../store/agency-weeks.js';

let folder: string;
let store: SqliteStore;
let insight: WeakPointsInsight;

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'tyndau-weak-points-'));
  store = openSqliteStore(join(folder, 'store.sqlite'), { timezone: 'Asia/Almaty' });
  store.savePosts(agencyWeeks());
  insight = buildWeakPoints(store, { period: WEEK, minGroupSize: 10 });
});

afterAll(() => {
  store.close();
  rmSync(folder, { recursive: true, force: true });
});

describe('weak points by agency', () => {
  it('ranks a steady stream about a large body above a dozen angry posts about a small one', () => {
    expect(insight.agencies.shown.map((entry) => [entry.rank, entry.agencyId, entry.originals])).toEqual([
      [1, 'health-department', 202],
      [2, 'metro', 12],
    ]);
    // By negative share alone the metro (100%) would come first.
    const [health, metro] = insight.agencies.shown;
    expect(metro!.sentiment.shares.negative.share).toBe(1);
    expect(health!.score).toBeCloseTo(202 * wilsonInterval(60, 202).low, 10);
    expect(metro!.score).toBeCloseTo(12 * wilsonInterval(12, 12).low, 10);
  });

  it('gives the negative share with its Wilson interval and the change against the week before', () => {
    const health = insight.agencies.shown[0]!;

    expect(health.sentiment.shares.negative).toEqual(wilsonInterval(60, 202));
    expect(health.previous).toBe(150);
    expect(health.absoluteChange).toBe(52);
    expect(health.relativeChange).toBeCloseTo(52 / 150, 10);
    expect(health.previousNegative).toEqual(wilsonInterval(30, 150));
  });

  it('counts posts by how they were attributed, small counts hidden and the smallest shown one beside them', () => {
    const [health, metro] = insight.agencies.shown;
    // 202 posts: the 2 named would be 202 − 200, so the 200 are hidden beside them.
    expect(health!.byRule).toEqual({ mention: null, 'issue-district': 0, issue: 'x' });
    expect(metro!.byRule).toEqual({ mention: 12, 'issue-district': 0, issue: 0 });
  });

  it('shows top issues and districts of at least the minimum group size', () => {
    const health = insight.agencies.shown[0]!;
    expect(health.issues).toEqual([{ issueId: 'healthcare', originals: 202, negative: wilsonInterval(60, 202) }]);
    expect(health.districts).toEqual([{ districtId: 'auezov', originals: 20 }]);
  });

  it('reports response signals: the press naming the body, and the body\'s own channel', () => {
    const [health, metro] = insight.agencies.shown;
    expect(health!.responses).toEqual([{ issueId: 'healthcare', ownChannel: 0, press: null, answered: true }]);
    expect(metro!.responses).toEqual([{ issueId: 'transport', ownChannel: null, press: 0, answered: true }]);
  });

  it('does not count the body\'s own article as a complaint about it', () => {
    expect(insight.agencies.shown[1]!.originals).toBe(12);
  });

  it('hides agencies below the minimum group size and does not add up their posts', () => {
    expect(insight.agencies.hiddenGroups).toBe(1);
    expect(insight.agencies.hiddenPosts).toBeNull();
  });

  it('shows redacted excerpts of the most negative posts, one per wording', () => {
    const metro = insight.agencies.shown[1]!;
    expect(metro.excerpts).toHaveLength(2);
    expect(metro.excerpts[0]).toMatchObject({ kind: 'social', platform: 'telegram', day: '2024-11-13', outlet: null, url: null });
    expect(metro.excerpts[0]!.text).toMatch(/^Метрополитен опять встал, поезд \d+$/);
  });
});

describe('the agency rollups', () => {
  it('agree with a recount from the attribution rows after re-analysis', () => {
    const before = store.readAgencyRollups({ from: '2024-11-01', to: '2024-11-30' });
    const analyses = new Map<string, Analysis>(agencyWeeks().map((item) => [item.post.text, item.analysis]));
    store.reanalyze((post) => analyses.get(post.text)!);
    const after = store.readAgencyRollups({ from: '2024-11-01', to: '2024-11-30' });

    expect(after).toEqual(before);
    expect(after.responses).toEqual([
      { day: '2024-11-12', agencyId: 'health-department', issueId: 'healthcare', signal: 'press', originals: 2, amplifications: 0 },
      { day: '2024-11-13', agencyId: 'metro', issueId: 'transport', signal: 'own-channel', originals: 1, amplifications: 0 },
    ]);
  });
});
