/**
 * `tyndau … | head`: the reader closes the pipe once it has enough. The command stops quietly
 * with status 0, as other command-line tools do, instead of Node's unhandled EPIPE stack trace.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, describe, expect, inject, it } from 'vitest';

import './build-cli.js';

const COMPLAINTS = join(import.meta.dirname, '..', 'fixtures', 'cli', 'two-hundred-complaints-one-a-line.txt');

const work = mkdtempSync(join(tmpdir(), 'tyndau-pipe-'));
const project = join(work, 'tyndau.yaml');
writeFileSync(project, 'name: Pipe test\ncity: Almaty\nprivacy:\n  secret: pipe-test-secret-0123456789\n');

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('output into a pipe its reader closes', () => {
  it('ends explain of 200 lines (about 110 KB of output) read by head -c 10 quietly', () => {
    const stderr = join(work, 'stderr.txt');
    // bash's PIPESTATUS holds tyndau's own exit status, not head's.
    const script = `"${process.execPath}" "${inject('cliEntry')}" explain --project "${project}" < "${COMPLAINTS}" ` +
      `2> "${stderr}" | head -c 10; echo " status \${PIPESTATUS[0]}"`;
    const run = spawnSync('bash', ['-c', script], { encoding: 'utf8' });

    expect(run.stdout).toMatch(/^.{1,10} status 0\n$/su);
    expect(readFileSync(stderr, 'utf8')).toBe('');
  });
});
