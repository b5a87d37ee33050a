/**
 * The dashboard's sentiment shares are corrected for the classifiers' measured confusion, with
 * bootstrap intervals, exactly as the digest's are: the same store and calibration give the
 * dashboard and the digest the same figures.
 */
import { fileURLToPath } from 'node:url';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { buildPeriodInsight } from '../../src/insight/period-insight.js';
import { wilsonInterval } from '../../src/insight/wilson-interval.js';
import { createMemoryLogger } from '../../src/log/logger.js';
import { buildDigestDocument } from '../../src/report/digest-document.js';
import { readSentimentCorrection } from '../../src/report/sentiment-correction.js';
import { startServer, type RunningServer } from '../../src/server/start-server.js';
import { openSqliteStore, type SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { SentimentLabel } from '../../src/analyze/analysis.js';
import { makeProject } from '../report/make-project.js';
import { makeItem } from '../store/make-post.js';

const CALIBRATION = fileURLToPath(new URL('../fixtures/report/calibration/', import.meta.url));
const NO_CALIBRATION = fileURLToPath(new URL('../fixtures/report/no-such-folder/', import.meta.url));
const PERIOD = { from: '2024-11-12', to: '2024-11-12' };
/** The day before, with Kazakh posts beside the Russian ones: a group the fixture has no calibration for. */
const MIXED_PERIOD = { from: '2024-11-11', to: '2024-11-11' };
/** A day of 14 posts: 8 Russian ones the fixture can correct and 6 Kazakh ones it cannot. */
const SMALL_PERIOD = { from: '2024-11-10', to: '2024-11-10' };
const PASSWORD = 'viewer-password-1';

interface Overview {
  sentiment: {
    corrected: boolean;
    shares: Record<SentimentLabel, { share: number; low: number; high: number }>;
    correctedPosts: number;
    uncalibratedPosts: number;
    outOfRangePosts: number;
    smallRowPosts: number;
  };
  sentimentCoverage: Record<'ru' | 'kk' | 'en', string | null> | null;
}

let store: SqliteStore;
const servers: RunningServer[] = [];

beforeAll(() => {
  store = openSqliteStore(':memory:', { timezone: 'Asia/Almaty' });
  // 20 negative, 15 neutral and 5 positive posts as classified on one day.
  const labels: SentimentLabel[] = [
    ...Array<SentimentLabel>(20).fill('negative'),
    ...Array<SentimentLabel>(15).fill('neutral'),
    ...Array<SentimentLabel>(5).fill('positive'),
  ];
  store.savePosts(labels.map((sentiment, n) => makeItem(
    { nativeId: `p${n}`, text: `автобус номер ${n} опять опоздал`, publishedAt: '2024-11-12T06:00:00Z' },
    { issues: ['transport'], sentiment },
  )));
  store.savePosts(labels.map((sentiment, n) => makeItem(
    { nativeId: `m${n}`, text: `автобус номер ${n} опять опоздал`, publishedAt: '2024-11-11T06:00:00Z' },
    { issues: ['transport'], sentiment },
  )));
  store.savePosts(labels.slice(0, 20).map((sentiment, n) => makeItem(
    { nativeId: `k${n}`, text: `${n} автобус тағы кешікті`, publishedAt: '2024-11-11T07:00:00Z' },
    { issues: ['transport'], sentiment, language: 'kk' },
  )));
  const small: [SentimentLabel, 'ru' | 'kk'][] = [
    ...Array<[SentimentLabel, 'ru']>(2).fill(['negative', 'ru']), ...Array<[SentimentLabel, 'ru']>(5).fill(['neutral', 'ru']),
    ['positive', 'ru'], ...Array<[SentimentLabel, 'kk']>(5).fill(['negative', 'kk']), ['neutral', 'kk'],
  ];
  store.savePosts(small.map(([sentiment, language], n) => makeItem(
    { nativeId: `s${n}`, text: `${n} автобус опять опоздал`, publishedAt: '2024-11-10T06:00:00Z' },
    { issues: ['transport'], sentiment, language },
  )));
});

afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()));
  store.close();
});

interface Issues {
  issues: { shown: { issueId: string; sentiment: Overview['sentiment'] }[] };
  sentimentCoverage: Record<'issues' | 'slices' | 'districts', Overview['sentimentCoverage']>;
}

/** Starts a server reading the calibration from `modelsFolder` and asks it for the overview. */
async function overviewFrom(modelsFolder: string, period = PERIOD): Promise<Overview> {
  return (await answerFrom(modelsFolder, 'overview', period)) as Overview;
}

/** Starts a server reading the calibration from `modelsFolder` and asks it for `page` of `period`. */
async function answerFrom(modelsFolder: string, page: string, period: typeof PERIOD): Promise<unknown> {
  const server = await startServer({
    project: makeProject('ru', 10), store, logger: createMemoryLogger(), port: 0,
    statePath: ':memory:', webRoot: '/nonexistent', schedule: false, modelsFolder,
  });
  servers.push(server);
  await server.accounts.addUser('viewer', PASSWORD, 'viewer', 'ru');

  const first = await fetch(`${server.url}/api/session`);
  const { csrfToken } = (await first.json()) as { csrfToken: string };
  const login = await fetch(`${server.url}/api/session`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-csrf-token': csrfToken,
      cookie: first.headers.get('set-cookie')!.split(';')[0]!,
    },
    body: JSON.stringify({ name: 'viewer', password: PASSWORD }),
  });
  const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
  const answer = await fetch(`${server.url}/api/${page}?from=${period.from}&to=${period.to}`, { headers: { cookie } });
  return answer.json();
}

describe('the dashboard overview', () => {
  it('corrects sentiment shares with the calibration beside the models, as the digest does', async () => {
    const overview = await overviewFrom(CALIBRATION);
    const digest = buildPeriodInsight(store, {
      period: PERIOD,
      minGroupSize: 10,
      sentimentCorrection: readSentimentCorrection(CALIBRATION),
    });

    expect(overview.sentiment.corrected).toBe(true);
    expect(overview.sentiment.shares).toEqual(digest.sentiment!.shares);
    // 50% classified negative; solving the fixture's confusion for the true shares gives 25/48.
    expect(overview.sentiment.shares.negative.share).toBeCloseTo(25 / 48, 10);
    expect(overview.sentiment.shares.negative.low).toBeLessThan(overview.sentiment.shares.negative.share);
    expect(overview.sentiment.shares.negative.high).toBeGreaterThan(overview.sentiment.shares.negative.share);
  });

  it('corrects the calibrated group, counts the other as classified and says so, as the digest does', async () => {
    const overview = await overviewFrom(CALIBRATION, MIXED_PERIOD);
    const digest = buildPeriodInsight(store, {
      period: MIXED_PERIOD,
      minGroupSize: 10,
      sentimentCorrection: readSentimentCorrection(CALIBRATION),
    });

    expect(overview.sentiment).toEqual(JSON.parse(JSON.stringify(digest.sentiment)));
    expect(overview.sentiment.correctedPosts).toBe(40);
    expect(overview.sentiment.uncalibratedPosts).toBe(20);
    // 40 Russian posts corrected to 25/48 negative and 20 Kazakh ones all called negative.
    expect(overview.sentiment.shares.negative.share).toBeCloseTo((40 * 25 / 48 + 20) / 60, 10);
    // The sentence the digest prints under its sentiment table.
    expect(overview.sentimentCoverage?.en).toBe(
      "Corrected with their own group's confusion: 67% of posts. Counted as classified: 33% with " +
        'no calibration for their language and kind.',
    );
    const correction = readSentimentCorrection(CALIBRATION);
    const document = buildDigestDocument({
      insight: digest, weakPoints: null, project: makeProject('ru', 10), language: 'en',
      accuracy: [], charts: null, sentimentCorrection: correction,
    });
    const section = document.sections.find((entry) => entry.id === 'sentiment')!;
    expect(section.blocks).toContainEqual({ kind: 'paragraph', text: overview.sentimentCoverage?.en });
  });

  it('shows shares as classified, with Wilson intervals, when there is no calibration', async () => {
    const overview = await overviewFrom(NO_CALIBRATION);

    expect(overview.sentiment.corrected).toBe(false);
    expect(overview.sentiment.shares.negative.share).toBe(0.5);
  });
});

// A row of 14 posts pooled a corrected Russian group with a Kazakh one counted as classified:
// a point near one reading and a bootstrap interval spanning both ("16 % (14 %–94 %)").
describe('a small row of mixed groups', () => {
  it('is the classified share with a Wilson interval, said so, in the dashboard as in the digest', async () => {
    const answer = (await answerFrom(CALIBRATION, 'issues', SMALL_PERIOD)) as Issues;
    const overview = await overviewFrom(CALIBRATION, SMALL_PERIOD);
    const digest = buildPeriodInsight(store, {
      period: SMALL_PERIOD, minGroupSize: 10, sentimentCorrection: readSentimentCorrection(CALIBRATION),
    });
    const transport = answer.issues.shown.find((issue) => issue.issueId === 'transport')!.sentiment;

    expect(transport).toEqual(JSON.parse(JSON.stringify(digest.issues.shown[0]!.sentiment)));
    expect(overview.sentiment).toEqual(transport);
    expect([transport.corrected, transport.correctedPosts, transport.uncalibratedPosts, transport.smallRowPosts])
      .toEqual([false, 0, 0, 14]);
    expect(transport.shares.negative).toEqual(wilsonInterval(7, 14));
    expect(answer.sentimentCoverage.issues?.en).toBe(
      "Corrected with their own group's confusion: 0% of posts. Counted as classified: 100% in rows of " +
        'fewer than 30 posts, where a correction is unreliable: the share as classified, with a Wilson interval.',
    );
  });
});

describe('the dashboard issues', () => {
  it("corrects an issue's Russian posts with their group's confusion in a day mixing Russian and Kazakh, and says so", async () => {
    const answer = (await answerFrom(CALIBRATION, 'issues', MIXED_PERIOD)) as Issues;
    const digest = buildPeriodInsight(store, {
      period: MIXED_PERIOD,
      minGroupSize: 10,
      sentimentCorrection: readSentimentCorrection(CALIBRATION),
    });
    const transport = answer.issues.shown.find((issue) => issue.issueId === 'transport')!.sentiment;

    expect(transport).toEqual(JSON.parse(JSON.stringify(digest.issues.shown[0]!.sentiment)));
    expect([transport.corrected, transport.correctedPosts, transport.uncalibratedPosts]).toEqual([true, 40, 20]);
    // 40 Russian posts corrected to 25/48 negative and 20 Kazakh ones all called negative; as
    // classified the issue would read 40/60.
    expect(transport.shares.negative.share).toBeCloseTo((40 * 25 / 48 + 20) / 60, 10);
    expect(answer.sentimentCoverage.issues?.en).toBe(
      "Corrected with their own group's confusion: 67% of posts. Counted as classified: 33% with " +
        'no calibration for their language and kind.',
    );
    expect(answer.sentimentCoverage.slices).toBeNull();
  });
});
