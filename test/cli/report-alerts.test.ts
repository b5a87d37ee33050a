import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { fixture } from '../collect/fixture.js';
import { runCli } from './run-cli.js';

const work = mkdtempSync(join(tmpdir(), 'tyndau-report-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const project = join(work, 'tyndau.yaml');

beforeAll(() => {
  expect(runCli(['init', work]).code).toBe(0);
  expect(runCli(['import', '--project', project, fixture('rss-russian-and-kazakh-dates.xml')]).code).toBe(0);
});

describe('tyndau report --pdf', () => {
  it('prints the digest to an A4 PDF beside its Markdown and HTML', () => {
    const out = join(work, 'digest');
    const run = runCli(['report', '--project', project, '--out', out, '--language', 'kk', '--pdf'], { timeoutMs: 120_000 });

    expect(run.stderr).toBe('');
    const lines = run.stdout.trim().split('\n');
    expect(lines.slice(1, 4)).toEqual([
      `  ${join(out, 'digest.md')}`, `  ${join(out, 'digest.html')}`, `  ${join(out, 'digest.pdf')}`,
    ]);
    // Two of the feed's items have no date they can be read by: they sit on the import day.
    expect(lines.slice(4)).toEqual([expect.stringMatching(
      /^note: posts whose source gave no date count on their import day, (\d{4}-\d\d-\d\d), after this period \(it ends on the last day with a dated post\); --to \1 includes them$/,
    )]);
    const pdf = readFileSync(join(out, 'digest.pdf')).toString('latin1');
    expect(pdf.slice(0, 5)).toBe('%PDF-');
    // A4 is 595 × 842 points; Chromium rounds it to whole device pixels (595.92 × 842.88).
    expect(pdf).toMatch(/\/MediaBox \[0 0 59[56]\.\d+ 84[12]\.\d+\]/);
  }, 180_000);

  it('refuses a period too long to print before writing anything, as the dashboard does', () => {
    const out = join(work, 'digest-1990-2100');
    const run = runCli(['report', '--project', project, '--out', out, '--from', '1990-01-01', '--to', '2100-12-31', '--pdf']);

    expect([run.code, run.stdout]).toEqual([1, '']);
    expect(run.stderr).toBe('tyndau: digest: 1990-01-01 … 2100-12-31 is 40,542 days; a digest covers at most 366 ' +
      '(a year): make one a year, or export the aggregates for the whole period\n');
    expect(existsSync(out)).toBe(false);
  });
});

describe('tyndau alerts', () => {
  it('replays the thirty days ending on the last dated post and records nothing', () => {
    const run = runCli(['alerts', '--project', project, '--language', 'en']);

    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toMatch(/^alerts replayed 2024-10-14 … 2024-11-12, as the daily schedule would have fired them:$/m);
    expect(run.stdout).toMatch(/^total: 0 fired, 0 held back by the cooldown or the daily limit, \d+ rose but not confirmed, \d+ days with a collection gap, of 30 days$/m);
    expect(run.stdout).toMatch(/^note: posts whose source gave no date count on their import day, \d{4}-\d\d-\d\d, after this period/m);
    expect(existsSync(join(work, 'tyndau-state.sqlite'))).toBe(false);
  });

  // A Russian analyst's replay printed Russian alerts between English lines.
  it('frames the replay in the language of its alerts', () => {
    const russian = runCli(['alerts', '--project', project, '--language', 'ru']);
    const kazakh = runCli(['alerts', '--project', project, '--language', 'kk']);

    expect(russian.stdout).toMatch(/^оповещения за 2024-10-14 … 2024-11-12, как их дало бы ежедневное расписание:$/m);
    expect(russian.stdout).toMatch(/^итого: сработало 0, задержано паузой или дневным пределом 0, выросло, но не подтвердилось \d+; \d+ (день|дня|дней) с пробелом в сборе из 30 дней$/m);
    expect(kazakh.stdout).toMatch(/^2024-10-14 … 2024-11-12 аралығындағы хабарламалар, күнделікті кесте жібергендей:$/m);
    expect(kazakh.stdout).toMatch(/^барлығы: іске қосылды 0, .*, барлығы 30 күн$/m);
  });

  it('names a period that is not one', () => {
    const run = runCli(['alerts', '--project', project, '--from', '2024-11-12', '--to', '2024-11-01']);

    expect([run.code, run.stderr]).toEqual([1, 'tyndau: alerts: from 2024-11-12 is after to 2024-11-01; swap them\n']);
  });
});
