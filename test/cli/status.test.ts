import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

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
