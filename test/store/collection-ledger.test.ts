import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { collectionHealth } from '../../src/insight/collection-health.js';
import { periodCollection } from '../../src/insight/collection-outages.js';
import { openCollectionLedger } from '../../src/store/open-collection-ledger.js';
import type { CollectionLedger, SourceCommit } from '../../src/store/collection-ledger.js';
import type { Store } from '../../src/store/store.js';
import { loadLedgerFixture } from '../report/ledger-fixture.js';
import { makeItem } from './make-post.js';
import { BACKEND_NAMES, createBackend, type StoreBackend } from './store-backends.js';

const T0 = Date.parse('2024-11-12T06:00:00Z');
const at = (minutes: number): Date => new Date(T0 + minutes * 60_000);
// Above 2^63, so that it is stored as a negative signed 64-bit value and must come back whole.
const SIMHASH = 0xf00d_0000_beef_1234n;

function firstRun(): SourceCommit {
  const items = [
    makeItem({ nativeId: 'chat-1', text: 'Во дворе опять темно.', platform: 'telegram', publishedAt: '2024-11-12T05:00:00Z' }),
    makeItem({ nativeId: 'chat-2', text: 'Спасибо за уборку снега.', platform: 'telegram', publishedAt: '2024-11-12T05:30:00Z' }),
  ];
  return {
    sourceId: 'chat', platform: 'telegram', items, skipped: 1,
    fingerprints: [{ postId: items[0]!.post.id, simhash: SIMHASH, publishedAt: at(-60), originalId: items[0]!.post.id }],
    cursor: { newest: 4, pages: ['a', 'b'] }, startedAt: at(0), finishedAt: at(1),
  };
}

describe.each(BACKEND_NAMES)('collection ledger in the %s store', (name) => {
  let backend: StoreBackend;
  beforeAll(async () => {
    backend = await createBackend(name);
  });
  afterAll(async () => {
    await backend.dispose();
  });

  async function openLedger(): Promise<{ store: Store; ledger: CollectionLedger }> {
    const store = (await backend.location()).open();
    const ledger = openCollectionLedger(store);
    if (ledger === null) throw new Error(`${name}: no collection ledger`);
    return { store, ledger };
  }

  it('commits a run\'s posts, fingerprints, cursor and run record together, and reads them back', async () => {
    const { store, ledger } = await openLedger();
    try {
      const commit = firstRun();
      expect(ledger.commitSourceRun(commit)).toEqual({ inserted: 2, existing: 0 });
      expect(ledger.commitSourceRun({ ...commit, startedAt: at(60), finishedAt: at(61) })).toEqual({ inserted: 0, existing: 2 });

      expect(store.countPosts()).toBe(2);
      expect(ledger.hasPost(commit.items[1]!.post.id)).toBe(true);
      expect(ledger.hasPost('not-stored')).toBe(false);
      expect(ledger.readSourceState('chat')).toEqual({
        sourceId: 'chat', platform: 'telegram', cursor: { newest: 4, pages: ['a', 'b'] },
        lastAttemptAt: at(61), lastSuccessAt: at(61), errorStreak: 0, lastError: null,
      });
      expect(ledger.readSourceRuns(at(0), 'chat').map((run) => [run.posts, run.inserted, run.skipped, run.ok])).toEqual([
        [2, 2, 1, true], [2, 0, 1, true],
      ]);
      // One band in common is enough to be a candidate.
      expect(ledger.findFingerprints(0x0000_0000_0000_1234n, at(-120))).toEqual([commit.fingerprints[0]]);
      expect(ledger.findFingerprints(0x1111_2222_3333_4444n, at(-120))).toEqual([]);
    } finally {
      store.close();
    }
  });

  it('lengthens the error streak on failures, keeps the cursor, and knows what came before a moment', async () => {
    const { store, ledger } = await openLedger();
    try {
      ledger.recordSourceFailure('wall', 'vk', at(0), at(1), 'vk: error 5');
      ledger.commitSourceRun({ ...firstRun(), sourceId: 'wall', platform: 'vk', startedAt: at(10), finishedAt: at(11) });
      ledger.recordSourceFailure('wall', 'vk', at(20), at(21), 'vk: error 6, too many requests');
      ledger.recordSourceFailure('wall', 'vk', at(30), at(31), 'vk: error 6, too many requests');

      expect(ledger.readSourceState('wall')).toMatchObject({
        cursor: { newest: 4, pages: ['a', 'b'] }, lastSuccessAt: at(11), lastAttemptAt: at(31), errorStreak: 2,
        lastError: 'vk: error 6, too many requests',
      });
      expect(ledger.listSourceStates().map((state) => state.sourceId)).toEqual(['wall']);
      expect(ledger.readSourceHistory('wall', at(25))).toEqual({ lastSuccessBefore: at(11), firstRunAt: at(0) });
      expect(ledger.readSourceHistory('wall', at(5))).toEqual({ lastSuccessBefore: null, firstRunAt: at(0) });
      expect(ledger.readSourceHistory('news', at(5))).toEqual({ lastSuccessBefore: null, firstRunAt: null });
    } finally {
      store.close();
    }
  });

  it('leaves neither posts nor cursor when the run cannot be recorded', async () => {
    const { store, ledger } = await openLedger();
    try {
      const broken = { ...firstRun(), sourceId: null as unknown as string };

      expect(() => ledger.commitSourceRun(broken)).toThrow(/null/i);
      expect(store.countPosts()).toBe(0);
      expect(ledger.listSourceStates()).toEqual([]);
      expect(ledger.findFingerprints(SIMHASH, at(-120))).toEqual([]);
    } finally {
      store.close();
    }
  });

  it('gives the digest the same outages as the other store', async () => {
    const { store, ledger } = await openLedger();
    try {
      const { sources, now } = loadLedgerFixture('three-sources-down.json', ledger);
      const collection = periodCollection(ledger, sources, { from: '2024-11-11', to: '2024-11-17' }, 'Asia/Almaty', now);

      expect(collection.outages.map((outage) => [
        outage.sourceId, outage.platform, outage.from.toISOString(), outage.to.toISOString(), outage.startedBefore,
        outage.ongoing, outage.failedRuns,
      ])).toEqual([
        ['news', 'news', '2024-11-17T13:00:02.000Z', '2024-11-17T19:00:00.000Z', false, true, 0],
        ['chat', 'telegram', '2024-11-13T05:00:02.000Z', '2024-11-14T11:00:02.000Z', false, false, 29],
        ['wall', 'vk', '2024-11-10T19:00:00.000Z', '2024-11-10T22:00:02.000Z', true, false, 3],
      ]);
    } finally {
      store.close();
    }
  }, 120_000);

  it('counts a live source that sees the same posts every run as collecting, not as doubling', async () => {
    const { store, ledger } = await openLedger();
    try {
      // Hourly from 06:00 for six hours: every run reads the same two posts.
      for (let hour = 0; hour < 6; hour++) {
        ledger.commitSourceRun({ ...firstRun(), startedAt: at(hour * 60), finishedAt: at(hour * 60 + 1) });
      }
      const sources = [{ id: 'chat', kind: 'telegram', intervalMinutes: 60 }];
      const [health] = collectionHealth(ledger, sources, at(6 * 60), 1, 'Asia/Almaty');

      expect(health!.postsPerDay.map((day) => day.posts).reduce((sum, posts) => sum + posts, 0)).toBe(2);
      expect(ledger.readSourceRuns(at(0), 'chat').map((run) => run.posts).reduce((sum, posts) => sum + posts, 0)).toBe(12);
      expect([health!.condition, health!.gaps]).toEqual(['ok', []]);
    } finally {
      store.close();
    }
  });
});
