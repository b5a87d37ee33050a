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
});
