import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { runCli } from './run-cli.js';

let folder: string;
let project: string;

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'tyndau-user-'));
  expect(runCli(['init', join(folder, 'myproject')]).code).toBe(0);
  project = join(folder, 'myproject', 'tyndau.yaml');
});

afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

describe('tyndau user list', () => {
  // A project without accounts printed nothing at all, which read as a failure.
  it('says on stderr that there are no accounts yet, and prints no row', () => {
    const empty = join(folder, 'no-accounts');
    expect(runCli(['init', empty]).code).toBe(0);

    const run = runCli(['user', 'list', '--project', empty]);

    expect([run.code, run.stdout, run.stderr]).toEqual(
      [0, '', 'no accounts yet; add one with tyndau user add --project P NAME --role admin\n'],
    );
  });
});

describe('tyndau user add', () => {
  // Run without TYNDAU_PASSWORD, it used to answer "a password needs at least 10 characters".
  it('says where the password comes from when none is given', () => {
    delete process.env.TYNDAU_PASSWORD;

    const run = runCli(['user', 'add', '--project', project, 'bob', '--role', 'analyst'], { input: '' });

    expect(run.code).toBe(1);
    expect(run.stderr).toContain('user "bob": no password given; set TYNDAU_PASSWORD (at least 10 characters)');
  });

  it('adds the account with the password from TYNDAU_PASSWORD', () => {
    const run = runCli(['user', 'add', '--project', project, 'alice', '--role', 'admin'], {
      env: { TYNDAU_PASSWORD: 'choose-one-long-pass' },
    });

    expect(run.stdout).toBe('added alice (admin, ru)\n');
    expect(runCli(['user', 'list', '--project', project]).stdout).toBe('alice\tadmin\tru\n');
  });
});
