/**
 * The PostgreSQL store answers every read exactly as the SQLite store does: the same posts saved
 * into both, then every rollup, excerpt, alert and agency read compared over several ranges and
 * limits, on the fresh stores and again after retention, a re-analysis and a zone change.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { AgencyReader } from '../../src/store/agency-rollups.js';
import { WHOLE_CITY, type DatedPostReader } from '../../src/store/dated-posts.js';
import type { DayRange, Store, StoredItem } from '../../src/store/store.js';
import { agencyWeeks } from './agency-weeks.js';
import { makeAnalysis } from './make-post.js';
import { sampleItems } from './sample-items.js';
import { createBackend, type StoreBackend, type StoreLocation } from './store-backends.js';

type FullStore = Store & AgencyReader & DatedPostReader;

const RANGES: readonly DayRange[] = [
  { from: '2024-11-01', to: '2024-11-30' },
  { from: '2024-11-11', to: '2024-11-17' },
  { from: '2024-11-13', to: '2024-11-13' },
  { from: '2024-11-19', to: '2024-11-25' },
];
const LIMITS = [1, 5, 1000];
const ISSUES = ['transport', 'roads', 'outages', 'ecology', 'parks-trees', 'healthcare'];
const AGENCIES = ['health-department', 'metro', 'power-company'];
const DISTRICTS = [WHOLE_CITY, 'auezov', 'almaly', 'bostandyk'];

const items: StoredItem[] = [...sampleItems(240), ...agencyWeeks()];
const backends: StoreBackend[] = [];
const locations: StoreLocation[] = [];
let sqlite: FullStore;
let postgres: FullStore;

beforeAll(async () => {
  for (const name of ['sqlite', 'postgres'] as const) {
    const backend = await createBackend(name);
    backends.push(backend);
    locations.push(await backend.location());
  }
  [sqlite, postgres] = locations.map((location) => location.open()) as [FullStore, FullStore];
  for (const store of [sqlite, postgres]) {
    for (let offset = 0; offset < items.length; offset += 100) store.savePosts(items.slice(offset, offset + 100));
  }
});

afterAll(async () => {
  sqlite.close();
  postgres.close();
  for (const backend of backends) await backend.dispose();
});

/** Every read of both stores, as one value per read, for one `toEqual` each. */
function everyRead(store: FullStore): Record<string, unknown> {
  const reads: Record<string, unknown> = { posts: store.countPosts(), days: store.storedDays() };
  for (const range of RANGES) {
    const at = `${range.from}..${range.to}`;
    reads[`rollups ${at}`] = store.readRollups(range);
    reads[`agency rollups ${at}`] = store.readAgencyRollups(range);
    reads[`dated counts ${at}`] = store.readDatedCounts(range);
    for (const limit of LIMITS) {
      for (const issueId of ISSUES) {
        reads[`excerpts ${issueId} ${at} ${limit}`] = store.readExcerptCandidates(issueId, range, limit);
        for (const districtId of DISTRICTS) {
          reads[`dated posts ${issueId} ${districtId} ${at} ${limit}`] = store.readDatedPosts({ issueId, districtId }, range, limit);
        }
      }
      for (const agencyId of AGENCIES) {
        reads[`agency excerpts ${agencyId} ${at} ${limit}`] = store.readAgencyExcerptCandidates(agencyId, range, limit);
      }
      for (const subjectId of ['mayor', 'akimat']) {
        reads[`dated posts ${subjectId} ${at} ${limit}`] = store.readDatedPosts({ subjectId }, range, limit);
      }
    }
  }
  return reads;
}

function expectSameReads(): void {
  const expected = everyRead(sqlite);
  const actual = everyRead(postgres);
  for (const key of Object.keys(expected)) expect(actual[key], key).toEqual(expected[key]);
  // Agreement on empty answers would prove little.
  expect(Object.values(expected).filter((value) => Array.isArray(value) && value.length > 0).length).toBeGreaterThan(100);
}

describe('the PostgreSQL store against the SQLite store', () => {
  it('gives the same rollups, excerpts, alert counts and agency reads', () => {
    expectSameReads();
  });

  it('still does after retention and a re-analysis', () => {
    for (const store of [sqlite, postgres]) {
      store.applyRetention(new Date('2024-11-24T00:00:00Z'), 10);
      store.reanalyze((post) => {
        const item = items.find((candidate) => candidate.post.text === post.text)!;
        return makeAnalysis(item.post, {
          sentiment: post.text.length % 3 === 0 ? 'negative' : 'neutral',
          issues: post.text.includes('#1') ? ['roads', 'transport'] : ['healthcare'],
          districts: post.text.includes('2') ? ['auezov'] : [],
          agencies: item.analysis.agencies,
        });
      }, 70);
    }

    expectSameReads();
  });

  it('still does after the project zone changes', () => {
    sqlite.close();
    postgres.close();
    [sqlite, postgres] = locations.map((location) => location.open('UTC')) as [FullStore, FullStore];

    expectSameReads();
  });
});
