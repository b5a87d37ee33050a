/**
 * Which project a command reads. Every command required --project, so a user who had run
 * `tyndau init myproject` and gone into it typed `--project tyndau.yaml` each time, and
 * `--project myproject`, the folder init had named, was refused (found by the new user).
 */
import { mkdirSync, mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import { runCli } from './run-cli.js';

const TEXT = 'Автобус 92 опять не пришёл';

describe('the project a command reads', () => {
  const work = mkdtempSync(join(tmpdir(), 'tyndau-project-option-'));
  const project = join(work, 'myproject');
  const elsewhere = join(work, 'elsewhere');

  beforeAll(() => {
    expect(runCli(['init', project]).code).toBe(0);
    mkdirSync(elsewhere);
  });

  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('is the tyndau.yaml of the folder the command runs in when --project is not given', () => {
    const run = runCli(['explain', TEXT], { cwd: project });

    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^language: {4}ru /m);
  });

  it('is the tyndau.yaml inside a folder given as --project', () => {
    const run = runCli(['explain', '--project', project, TEXT], { cwd: elsewhere });

    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^issues: {6}transport /m);
  });

  it('is asked for, with the folder named, when the folder holds no tyndau.yaml', () => {
    const run = runCli(['explain', TEXT], { cwd: elsewhere });

    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      `tyndau: no tyndau.yaml in this folder (${elsewhere}); name the project with --project FILE or its ` +
        'folder, or create one with `tyndau init DIR`\n',
    );
  });

  it('is made for another city by init --city, and read there at once', () => {
    const shymkent = join(work, 'shymkent');
    expect(runCli(['init', shymkent, '--city', 'Шымкент']).code).toBe(0);

    const run = runCli(['explain', 'Акимату Шымкента пора заняться дорогами'], { cwd: shymkent });
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^mentions: {4}Акимат города Шымкента ← /m);
    expect(runCli(['init', join(work, 'digits'), '--city', '123']).stderr)
      .toBe('tyndau: init: --city "123" must name a city, in letters\n');
  });

  // npx runs the checkout's tyndau only inside the checkout; from elsewhere the hint init printed,
  // 'npx tyndau import …', would look for a package named tyndau in the registry.
  it('is named in a next step that runs from where init ran, inside the checkout or not', () => {
    const outside = runCli(['init', join(work, 'hint-outside')], { cwd: elsewhere });
    expect(outside.stdout).toContain(
      `then: node ${realpathSync(inject('cliEntry'))} import --project ${join(work, 'hint-outside', 'tyndau.yaml')} FILE...\n`,
    );
    expect(runCli(['init', join(work, 'hint-inside')]).stdout).toContain('then: npx tyndau import --project ');
  });

  it('is named by the tyndau.yaml it looked for when a folder given holds none', () => {
    const run = runCli(['explain', '--project', elsewhere, TEXT]);

    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${join(elsewhere, 'tyndau.yaml')} cannot read the project file: no such file`);
  });
});
