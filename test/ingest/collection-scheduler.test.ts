import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import type { SourceRunContext } from '../../src/ingest/collect-source.js';

const runs: string[] = [];
vi.mock('../../src/ingest/collect-source.js', () => ({
  collectSource: (source: { id: string }) => {
    runs.push(source.id);
    return Promise.resolve({ sourceId: source.id, ok: true, posts: 0, inserted: 0, nearDuplicates: 0, removed: {}, skipped: [], notes: [], error: null });
  },
}));

const { CollectionScheduler } = await import('../../src/ingest/collection-scheduler.js');

const DAY_MS = 86_400_000;

/** A context whose ledger says every source last succeeded at `lastSuccessAt`. */
function contextSucceededAt(lastSuccessAt: Date): SourceRunContext {
  return { ledger: { readSourceState: () => ({ lastSuccessAt, errorStreak: 0, cursor: null }) } } as unknown as SourceRunContext;
}

beforeEach(() => {
  runs.length = 0;
  vi.useFakeTimers({ now: Date.parse('2025-11-01T00:00:00Z') });
});
afterEach(() => vi.useRealTimers());

describe('the collection schedule', () => {
  it('waits a whole 30-day interval, longer than one Node timer holds, instead of running at once', async () => {
    const source = { id: 'monthly-feed' };
    const scheduler = new CollectionScheduler(
      [{ source: source as never, intervalMinutes: 30 * 1440 }],
      contextSucceededAt(new Date()),
    );
    scheduler.start();

    await vi.advanceTimersByTimeAsync(1000);
    // A timer over 2^31 − 1 ms fires after 1 ms: the source ran at once, then every millisecond.
    expect(runs).toEqual([]);
    await vi.advanceTimersByTimeAsync(30 * DAY_MS - 1000 - 1);
    expect(runs).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(runs).toEqual(['monthly-feed']);
    await vi.advanceTimersByTimeAsync(29 * DAY_MS);
    expect(runs).toEqual(['monthly-feed']);
    await scheduler.stop();
  });
});
