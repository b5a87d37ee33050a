import { afterEach, describe, expect, it } from 'vitest';

import { AlertHistory } from '../../src/alerts/alert-history.js';
import { runAlerts, type AlertRun } from '../../src/alerts/run-alerts.js';
import { addDays } from '../../src/store/day-range.js';
import type { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { openStateDatabase } from '../../src/state/state-database.js';
import {
  buildReplayedStore, DAYS, FIRST_DAY, SPIKE_DAY, TRANSPORT_IN_ALMALY, type SeriesOptions,
} from './replayed-series.js';

const stores: SqliteStore[] = [];

afterEach(() => {
  for (const store of stores.splice(0)) store.close();
});

/** Runs the alerts day by day over the last four weeks of the series, as a daily job would. */
function replay(options: SeriesOptions): AlertRun[] {
  const store = buildReplayedStore(options);
  stores.push(store);
  const history = new AlertHistory(openStateDatabase(':memory:'));
  const runs: AlertRun[] = [];
  for (let index = 30; index < DAYS; index++) {
    runs.push(runAlerts(store, { day: addDays(FIRST_DAY, index), minGroupSize: 10, history }));
  }
  return runs;
}

describe('spike alerts over a replayed series', () => {
  it('fire once, on the injected spike, naming its words and quoting its posts', () => {
    const runs = replay({ spike: 'distinct' });
    const fired = runs.flatMap((run) => run.fired);

    expect(fired).toHaveLength(1);
    const alert = fired[0]!;
    expect(alert.day).toBe(SPIKE_DAY);
    expect(alert.type).toBe('spike');
    expect(alert.target).toEqual(TRANSPORT_IN_ALMALY);
    expect(alert.observed).toBeGreaterThanOrEqual(45);
    expect(alert.distinct).toBe(alert.observed);
    expect(alert.expected).toBeLessThan(20);
    expect(alert.pValue).toBeLessThan(1e-6);
    expect(alert.topTerms.slice(0, 5).sort()).toEqual(['автобус', 'ждали', 'маршрут', 'остановке', 'отменили']);
    expect(alert.excerpts).toHaveLength(3);
    expect(alert.excerpts.every((excerpt) => excerpt.outlet === null && excerpt.url === null)).toBe(true);
  });

  it('stay silent when collection had a gap on the spike day', () => {
    const runs = replay({ spike: 'distinct', gapAtSpike: 0.1 });

    expect(runs.flatMap((run) => run.fired)).toEqual([]);
    const spikeRun = runs.find((run) => run.findings.day === SPIKE_DAY)!;
    expect(spikeRun.findings.silence).toBe('collection-gap');
    expect(spikeRun.findings.gaps.some((gap) => gap.day === SPIKE_DAY && gap.platform === null)).toBe(true);
  });

  it('stay silent for posts whose date tyndau assigned itself', () => {
    const runs = replay({ spike: 'distinct', spikeUndated: true });
    expect(runs.flatMap((run) => run.fired)).toEqual([]);
  });

  it('report copies of one text as a campaign, not as a spike of opinion', () => {
    const fired = replay({ spike: 'copies' }).flatMap((run) => run.fired);

    expect(fired).toHaveLength(1);
    expect(fired[0]!.type).toBe('campaign');
    expect(fired[0]!.largestCopyGroup).toBe(45);
    expect(fired[0]!.excerpts[0]!.text).toContain('автобусы ходят отлично');
  });

  it('fire nothing on a series without a spike', () => {
    expect(replay({}).flatMap((run) => run.fired)).toEqual([]);
  });

  it('fire nothing twice when the same day is run again', () => {
    const store = buildReplayedStore({ spike: 'distinct' });
    stores.push(store);
    const history = new AlertHistory(openStateDatabase(':memory:'));
    const first = runAlerts(store, { day: SPIKE_DAY, minGroupSize: 10, history });
    const again = runAlerts(store, { day: SPIKE_DAY, minGroupSize: 10, history });

    expect(first.fired).toHaveLength(1);
    expect(again.fired).toEqual([]);
    expect(again.rateLimited).toBe(1);
  });
});
