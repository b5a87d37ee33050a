import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { afterEach, describe, expect, it } from 'vitest';

import { replayAlerts } from '../../src/alerts/replay-alerts.js';
import { addDays } from '../../src/store/day-range.js';
import { openSqliteStore, type SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { StoredItem } from '../../src/store/store.js';
import { makeItem } from '../store/make-post.js';
import {
  buildReplayedStore, DAYS, FIRST_DAY, seededRandom, SPIKE_DAY, TRANSPORT_IN_ALMALY, type SeriesOptions,
} from './replayed-series.js';

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

describe('a burst that passes the screening and neither confirmation', () => {
  const BURST = fileURLToPath(new URL('../fixtures/alerts/burst-of-six-texts-each-posted-twice.json', import.meta.url));
  const { texts } = JSON.parse(readFileSync(BURST, 'utf8')) as { texts: string[] };

  /** Five weeks of 12 distinct posts a day, an outage in Al-Farabi every third day, then the burst. */
  function burstStore(): SqliteStore {
    const random = seededRandom(11);
    const store = openSqliteStore(':memory:', { timezone: 'Asia/Almaty' });
    stores.push(store);
    const items: StoredItem[] = [];
    const outage = { issues: ['outages'], districts: ['al-farabi'] };
    for (let index = 0; index < 35; index++) {
      const at = `${addDays('2026-11-01', index)}T06:00:00Z`;
      for (let n = 0; n < 12; n++) {
        const text = `Пост ${index}-${n}: ${Math.floor(random() * 1e9).toString(36)} ${Math.floor(random() * 1e9).toString(36)}`;
        items.push(makeItem({ nativeId: `day-${index}-${n}`, text, publishedAt: at }, n === 0 && index % 3 === 0 ? outage : {}));
      }
    }
    texts.forEach((text, index) => {
      for (const copy of [1, 2]) {
        items.push(makeItem({ nativeId: `burst-${index}-${copy}`, text, publishedAt: `2026-12-05T0${copy + 3}:00:00Z` }, outage));
      }
    });
    store.savePosts(items);
    return store;
  }

  it('is counted as rising but not confirmed, on its day, rather than passing for a calm day', () => {
    const replay = replayAlerts(burstStore(), { from: '2026-11-29', to: '2026-12-05' }, 10);

    expect(replay.days.filter((day) => day.unconfirmed > 0).map((day) => [day.day, day.unconfirmed]))
      .toEqual([['2026-12-05', 2]]);
    expect([replay.fired, replay.unconfirmed]).toEqual([0, 2]);
  });
});
