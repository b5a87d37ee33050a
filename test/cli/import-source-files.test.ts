import { copyFileSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { runCli } from './run-cli.js';

const EXPORTS = join(import.meta.dirname, '..', 'fixtures', 'collect', 'exports-saved-in-imports-folder');

describe('tyndau import given no file', () => {
  it('imports what the project\'s files source names: the imports/* of the file tyndau init writes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tyndau-import-sources-'));
    expect(runCli(['init', dir]).code).toBe(0);
    const project = join(dir, 'tyndau.yaml');

    const before = runCli(['import', '-p', project]);
    expect([before.code, before.stderr.trim()]).toEqual([1, 'tyndau: import: the project\'s files sources hold no files ' +
      `yet: saved-exports (${join(dir, 'imports', '*')}); put exports there or name the files`]);

    mkdirSync(join(dir, 'imports'));
    for (const name of readdirSync(EXPORTS)) copyFileSync(join(EXPORTS, name), join(dir, 'imports', name));
    const run = runCli(['import', '-p', project]);

    expect(run.code).toBe(0);
    expect(run.stdout).toContain('total: 3 new, 0 already stored, 0 skipped, 0 files failed');
    expect(run.stdout).toContain(`${join(dir, 'imports', 'residents-2026-12-01.jsonl')}: jsonl, 2 read, 2 new`);
  });
});
