import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { isAgencyReader, type AgencyReader } from '../../src/store/agency-rollups.js';
import { WHOLE_CITY, type DatedPostReader } from '../../src/store/dated-posts.js';
import type { Store } from '../../src/store/store.js';
import { agencyWeeks, AGENCY_WEEK } from './agency-weeks.js';
import { makeAnalysis, makeItem } from './make-post.js';
import { BACKEND_NAMES, createBackend, type StoreBackend } from './store-backends.js';

type FullStore = Store & AgencyReader & DatedPostReader;

/** Posts dated by tyndau's first sighting, and reposts, are counted by no dated read. */
const NOT_DATED = [
  makeItem({ nativeId: 'undated', text: 'Метрополитен опять встал', firstSeen: '2024-11-13T08:00:00Z' },
    { issues: ['transport'], sentiment: 'negative' }),
  makeItem({ nativeId: 'repost', text: 'Репост: метрополитен опять встал', publishedAt: '2024-11-13T07:00:00Z',
    amplifiesNativeId: 'metro-0' }, { issues: ['transport'], sentiment: 'negative' }),
];

const sum = (rows: readonly { originals: number }[]): number => rows.reduce((total, row) => total + row.originals, 0);

describe.each(BACKEND_NAMES)('%s store: agency attribution and dated reads', (backendName) => {
  let backend: StoreBackend;
  let store: FullStore;

  beforeAll(async () => {
    backend = await createBackend(backendName);
  });

  afterAll(async () => {
    await backend.dispose();
  });

  beforeEach(async () => {
    const opened = (await backend.location()).open();
    if (!isAgencyReader(opened)) throw new Error(`${backendName} store keeps no agency attribution`);
    store = opened as FullStore;
    store.savePosts([...agencyWeeks(), ...NOT_DATED]);
  });

  afterEach(() => {
    store.close();
  });

  it('counts complaints per agency and rule, leaving out the agency\'s own article', () => {
    const rows = store.readAgencyRollups(AGENCY_WEEK).agencies;
    const count = (agencyId: string, rule: string, sentiment?: string) => sum(rows.filter((row) =>
      row.agencyId === agencyId && row.rule === rule && (sentiment === undefined || row.sentiment === sentiment)));

    expect(count('health-department', 'issue')).toBe(200);
    expect(count('health-department', 'issue', 'negative')).toBe(60);
    expect(count('health-department', 'mention')).toBe(2);
    expect(count('metro', 'mention')).toBe(12);
    expect(count('power-company', 'issue')).toBe(3);
    expect(rows.some((row) => (row.rule as string) === 'own-channel')).toBe(false);
  });

  it('counts agencies by issue and district, and the response signals of news', () => {
    const snapshot = store.readAgencyRollups(AGENCY_WEEK);

    expect(sum(snapshot.agencyIssues.filter((row) => row.agencyId === 'health-department'))).toBe(202);
    expect(snapshot.agencyDistricts.map(({ agencyId, districtId }) => [agencyId, districtId]))
      .toEqual(Array(7).fill(['health-department', 'auezov']));
    expect(sum(snapshot.agencyDistricts)).toBe(20);
    expect(snapshot.responses.map(({ agencyId, issueId, signal, originals }) => [agencyId, issueId, signal, originals]))
      .toEqual([['health-department', 'healthcare', 'press', 2], ['metro', 'transport', 'own-channel', 1]]);
  });

  it('keeps the agency rollups through a re-analysis, which recounts them', () => {
    const items = [...agencyWeeks(), ...NOT_DATED];
    const before = store.readAgencyRollups({ from: '2024-11-01', to: '2024-11-30' });

    store.reanalyze((post) => {
      const item = items.find((candidate) => candidate.post.text === post.text)!;
      return item.analysis;
    });

    expect(store.readAgencyRollups({ from: '2024-11-01', to: '2024-11-30' })).toEqual(before);
  });

  it('drops the attribution a re-analysis no longer finds', () => {
    store.reanalyze(() => makeAnalysis(agencyWeeks()[0]!.post, { issues: ['healthcare'] }));

    const snapshot = store.readAgencyRollups({ from: '2024-11-01', to: '2024-11-30' });
    expect([snapshot.agencies, snapshot.agencyIssues, snapshot.agencyDistricts, snapshot.responses]).toEqual([[], [], [], []]);
    expect(store.readAgencyExcerptCandidates('metro', AGENCY_WEEK, 5)).toEqual([]);
  });

  it('gives an agency\'s most negative original posts, newest first, never its own article', () => {
    const excerpts = store.readAgencyExcerptCandidates('metro', AGENCY_WEEK, 3);

    expect(excerpts.map((excerpt) => [excerpt.kind, excerpt.day, excerpt.issueScore, excerpt.outlet]))
      .toEqual(Array(3).fill(['social', '2024-11-13', 0.8, null]));
    expect(excerpts.every((excerpt) => excerpt.text.startsWith('Метрополитен опять встал, поезд'))).toBe(true);
    expect(store.readAgencyExcerptCandidates('health-department', AGENCY_WEEK, 500)).toHaveLength(202);
  });

  it('counts only original posts with a source date, per day, platform, issue, district and subject', () => {
    const counts = store.readDatedCounts(AGENCY_WEEK);

    expect(counts.totals.find((row) => row.day === '2024-11-13')).toEqual({ day: '2024-11-13', originals: 29 + 12 + 1 });
    expect(sum(counts.totals)).toBe(200 + 2 + 12 + 1 + 3);
    expect(counts.platforms.filter((row) => row.platform === 'news')).toEqual([
      { day: '2024-11-12', platform: 'news', originals: 2 },
      { day: '2024-11-13', platform: 'news', originals: 1 },
    ]);
    expect(counts.issueDistricts.filter((row) => row.issueId === 'transport')).toEqual([
      { day: '2024-11-13', issueId: 'transport', districtId: WHOLE_CITY, originals: 13 },
    ]);
    expect(sum(counts.issueDistricts.filter((row) => row.districtId === 'auezov'))).toBe(20);
    expect(counts.subjects).toEqual([]);
  });

  it('reads dated original posts of an issue, in a district or the whole city, newest first', () => {
    const transport = store.readDatedPosts({ issueId: 'transport', districtId: WHOLE_CITY }, AGENCY_WEEK, 20);
    const auezov = store.readDatedPosts({ issueId: 'healthcare', districtId: 'auezov' }, AGENCY_WEEK, 100);

    expect(transport.map((post) => [post.day, post.outlet, post.url])).toEqual([
      ['2024-11-13', 'metro.kz', null],
      ...Array(12).fill(['2024-11-13', null, null]),
    ]);
    expect(transport.some((post) => post.text === 'Метрополитен опять встал')).toBe(false);
    expect(auezov).toHaveLength(20);
    expect(auezov.map((post) => post.day)).toEqual([...auezov.map((post) => post.day)].sort().reverse());
    expect(store.readDatedPosts({ subjectId: 'akim' }, AGENCY_WEEK, 10)).toEqual([]);
  });
});
