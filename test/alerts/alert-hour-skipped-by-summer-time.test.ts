/**
 * The nightly alert run of a project in a zone with summer time whose alert hour is the one the
 * clocks skip: on 2025-03-30 Berlin went from 01:59 to 03:00, so an hour of 2 never came and the
 * alerts of 2025-03-29 were never judged. The schedule is driven minute by minute through that
 * night.
 */
import { describe, expect, it } from 'vitest';

import { AlertHistory } from '../../src/alerts/alert-history.js';
import { runDue, type ScheduleMemory } from '../../src/delivery/scheduler.js';
import { createMemoryLogger } from '../../src/log/logger.js';
import { DigestArchive } from '../../src/report/digest-archive.js';
import { openStateDatabase } from '../../src/state/state-database.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { makeProject } from '../report/make-project.js';

const MINUTE = 60_000;

async function judgedDays(timezone: string, hour: number, fromUtc: string, toUtc: string): Promise<string[]> {
  const state = openStateDatabase(':memory:');
  const store = openSqliteStore(':memory:', { timezone });
  const logger = createMemoryLogger();
  const context = {
    project: { ...makeProject('ru'), timezone },
    store,
    alerts: new AlertHistory(state),
    digests: new DigestArchive(state),
    logger,
    delivery: {
      dashboardUrl: null,
      smtp: null, digest: null,
      alerts: { hour, email: [], webhook: null, telegram: null, language: null },
    },
  };
  const memory: ScheduleMemory = { alertsJudged: null };
  for (let time = Date.parse(fromUtc); time <= Date.parse(toUtc); time += MINUTE) {
    await runDue(context, new Date(time), memory);
  }
  store.close();
  return logger.lines.map((line) => JSON.parse(line) as { event?: string; day?: string })
    .filter((entry) => entry.event === 'alerts').map((entry) => entry.day!);
}

describe('the alert run in a zone with summer time', () => {
  it('judges the day before the spring change once, though its hour was skipped', async () => {
    // 23:00 UTC on the 29th is 00:00 in Berlin; 03:00 UTC on the 30th is 05:00 summer time.
    expect(await judgedDays('Europe/Berlin', 2, '2025-03-29T23:00:00Z', '2025-03-30T03:00:00Z')).toEqual(['2025-03-29']);
  });

  it('judges the day before the autumn change once, though its hour came twice', async () => {
    // On 2025-10-26 Berlin's 02:00-02:59 came twice, at 00:00 and at 01:00 UTC.
    expect(await judgedDays('Europe/Berlin', 2, '2025-10-25T22:00:00Z', '2025-10-26T03:00:00Z')).toEqual(['2025-10-25']);
  });
});
