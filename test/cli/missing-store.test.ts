import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { runCli } from './run-cli.js';

describe('a command that reads the store, when the store file does not exist', () => {
  const work = mkdtempSync(join(tmpdir(), 'tyndau-missing-store-'));
  const project = join(work, 'tyndau.yaml');
  copyFileSync(join(import.meta.dirname, '..', 'fixtures', 'cli', 'project-with-mistyped-store.yaml'), project);

  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it.each([
    ['search', '--project', project, 'автобус'],
    ['export', '--project', project, '--out', join(work, 'aggregates.csv')],
    ['report', '--project', project, '--out', join(work, 'digest')],
    ['alerts', '--project', project],
    ['analyze', '--project', project],
  ])('%s names the missing store and makes none', (...args) => {
    const run = runCli(args);

    expect([run.code, run.stdout]).toEqual([1, '']);
    expect(run.stderr).toBe(`tyndau: store ${join(work, 'data', 'tyndua.sqlite')} does not exist: nothing is imported ` +
      "into this project yet, or the project file's store.sqlite names another file; import first (tyndau import --project P FILE...)\n");
    expect(existsSync(join(work, 'data'))).toBe(false);
  });

  it('status of a project with no live sources says so and makes no store', () => {
    const run = runCli(['status', '--project', project]);

    expect([run.code, run.stdout.startsWith(`no live sources in ${project}: `)]).toEqual([0, true]);
    expect(existsSync(join(work, 'data'))).toBe(false);
  });
});
