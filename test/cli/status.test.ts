import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { describeSourceHealth } from '../../src/cli/status.js';
import { runCli } from './run-cli.js';

let folder: string;

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'tyndau-status-'));
});

afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

describe('tyndau status', () => {
  // The project `tyndau init` writes has no live sources; status used to print nothing at all.
  it('says that a project of imported files has no live sources to report on', () => {
    const project = join(folder, 'myproject');
    expect(runCli(['init', project]).code).toBe(0);

    const status = runCli(['status', '--project', join(project, 'tyndau.yaml')]);

    expect(status.code).toBe(0);
    expect(status.stdout).toContain('no live sources in ');
    expect(status.stdout).toContain('sources: (docs/sources.md)');
    expect(runCli(['status', '--project', join(project, 'tyndau.yaml'), '--json']).stdout).toBe('[]\n');
  });

  // --days 1e9 took a window before the earliest date a clock holds and listed no day at all;
  // 100000000 printed for minutes. Both, and every count Number() reads but no one typed, are refused.
  it.each(['1e9', '367', '0x10'])('refuses --days %j naming the range', (days) => {
    const status = runCli(['status', '--project', join(folder, 'none.yaml'), '--days', days]);

    expect(status.code).toBe(1);
    expect(status.stderr).toBe(`tyndau: status: --days "${days}" must be a whole number from 1 to 366\n`);
  });
});

describe('a source\'s health as status prints it', () => {
  // The times were printed in UTC ("01:55:49.984Z"), which an operator in Almaty read as a run at
  // night; the dashboard's collection health already shows the project's clock.
  it('gives its times on the project\'s clock, with the offset', () => {
    const lines = describeSourceHealth({
      sourceId: 'vecher', kind: 'feed', platform: 'news', condition: 'late',
      lastSuccessAt: new Date('2026-12-06T01:55:49.984Z'), lastAttemptAt: new Date('2026-12-06T03:00:00Z'),
      errorStreak: 0, lastError: null, postsPerDay: [{ day: '2026-12-06', posts: 3 }],
      gaps: [{ from: new Date('2026-12-04T19:30:00Z'), to: new Date('2026-12-05T02:00:00Z'), startedBefore: false, ongoing: false, failedRuns: 4 }],
    }, 'Asia/Almaty');

    expect(lines).toBe([
      'vecher (feed): late',
      '  last success: 2026-12-06T06:55:49+05:00',
      '  new posts per day: 12-06 3',
      '  gap: 2026-12-05T00:30:00+05:00 to 2026-12-05T07:00:00+05:00 (4 failed runs)',
      '',
    ].join('\n'));
  });
});
