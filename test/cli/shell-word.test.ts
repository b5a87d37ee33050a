import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { shellWord } from '../../src/cli/shell-word.js';
import { runCli } from './run-cli.js';

const SPLIT_PATHS = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'cli', 'project-folders-a-shell-splits.txt'), 'utf8')
  .split('\n').filter((line) => line !== '');

/** What a POSIX shell makes of `printf '%s\n' WORD`: the words it reads, one a line. */
function wordsTheShellReads(word: string): string[] {
  const run = spawnSync('/bin/sh', ['-c', `printf '%s\\n' ${word}`], { encoding: 'utf8' });
  return run.stdout.split('\n').slice(0, -1);
}

describe('a path in a suggested command', () => {
  it('is read back by the shell as the one word it is', () => {
    const readBack = SPLIT_PATHS.map((path) => wordsTheShellReads(shellWord(path)));
    expect(readBack).toEqual(SPLIT_PATHS.map((path) => [path]));
  });

  it('stays bare when the shell would not split it, Cyrillic included', () => {
    expect(shellWord('/tmp/мониторинг/tyndau.yaml')).toBe('/tmp/мониторинг/tyndau.yaml');
  });

  it('is quoted in what `tyndau init` suggests, and an empty DIR (an unset variable) is refused', () => {
    const work = mkdtempSync(join(tmpdir(), 'tyndau-init-'));
    try {
      const init = runCli(['init', join(work, 'city monitoring')]);
      expect(init.stdout).toContain(`--project '${join(work, 'city monitoring', 'tyndau.yaml')}' FILE...`);

      const empty = runCli(['init', ''], { cwd: work });
      expect([empty.code, empty.stderr]).toEqual([1, 'tyndau: init: DIR is empty; give a value (an unset shell variable gives an empty one)\n']);
      expect(readdirSync(work)).toEqual(['city monitoring']);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
