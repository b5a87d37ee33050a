import { afterEach, describe, expect, it } from 'vitest';

import { replayAlerts } from '../../src/alerts/replay-alerts.js';
import { addDays } from '../../src/store/day-range.js';
import type { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { buildReplayedStore, DAYS, FIRST_DAY, SPIKE_DAY, TRANSPORT_IN_ALMALY, type SeriesOptions } from './replayed-series.js';

const stores: SqliteStore[] = [];

afterEach(() => {
  for (const store of stores.splice(0)) store.close();
});

function seriesStore(options: SeriesOptions): SqliteStore {
  const store = buildReplayedStore(options);
  stores.push(store);
  return store;
}

const LAST_FOUR_WEEKS = { from: addDays(FIRST_DAY, 30), to: addDays(FIRST_DAY, DAYS - 1) };

describe('alerts replayed over past days', () => {
  it('fire what the daily schedule would have fired, day by day', () => {
    const replay = replayAlerts(seriesStore({ spike: 'distinct' }), LAST_FOUR_WEEKS, 10);

    expect(replay.days.map((day) => day.day)).toHaveLength(26);
    expect(replay.days.flatMap((day) => day.fired.map((alert) => [alert.day, alert.type, alert.target])))
      .toEqual([[SPIKE_DAY, 'spike', TRANSPORT_IN_ALMALY]]);
    expect([replay.fired, replay.rateLimited, replay.gapDays]).toEqual([1, 0, 0]);
  });

  it('keep no history between replays, so a second replay of the same days fires the same', () => {
    const store = seriesStore({ spike: 'distinct' });

    replayAlerts(store, LAST_FOUR_WEEKS, 10);

    expect(replayAlerts(store, LAST_FOUR_WEEKS, 10).fired).toBe(1);
  });

  it('name the days a collection gap left unjudged rather than count them as calm', () => {
    const replay = replayAlerts(seriesStore({ spike: 'distinct', gapAtSpike: 0.2 }), LAST_FOUR_WEEKS, 10);

    expect(replay.days.filter((day) => day.silence === 'collection-gap').map((day) => day.day)).toEqual([SPIKE_DAY]);
    expect([replay.fired, replay.gapDays]).toEqual([0, 1]);
  });

  it('refuse more than a year at a time', () => {
    expect(() => replayAlerts(seriesStore({}), { from: '2023-01-01', to: '2024-01-02' }, 10))
      .toThrow('alert replay: 2023-01-01 … 2024-01-02 is 367 days; replay at most 366 at a time');
  });
});
