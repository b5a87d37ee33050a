/**
 * Text from outside reaches the terminal through skip reasons, notes, queries and snippets. A
 * character that steers the terminal (U+202E turns the rest of the line around, C1 CSI starts an
 * escape sequence) is printed as its code, never as itself.
 */
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { printable, printableInPlace, printableLine } from '../../src/text/printable.js';
import { fixture } from '../collect/fixture.js';
import { runCli } from './run-cli.js';

const STEERING = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/;

const PROJECT = `name: Terminal test
city: Almaty
privacy:
  secret: terminal-test-secret-0123456789
`;

describe('printable', () => {
  it('shows steering characters as their code and leaves text, tabs and line feeds alone', () => {
    expect(printable('abc\u202Eфед')).toBe('abc\\u{202E}фед');
    expect(printable('a\u009B2Jb\u001B[31m')).toBe('a\\u{009B}2Jb\\u{001B}[31m');
    expect(printable('строка\tодна\nдругая')).toBe('строка\tодна\nдругая');
  });

  it('shows tabs and line feeds by their codes too inside one line of a summary', () => {
    expect(printableLine('a\tb\nc\u001B')).toBe('a\\u{0009}b\\u{000A}c\\u{001B}');
  });

  it('keeps columns in place for a line with a caret under it', () => {
    expect(printableInPlace('ab\u202Ecd')).toBe('ab\uFFFDcd');
  });
});

describe('CLI output', () => {
  const work = mkdtempSync(join(tmpdir(), 'tyndau-terminal-'));
  const project = join(work, 'tyndau.yaml');
  const file = join(work, 'steering.jsonl');
  let imported: ReturnType<typeof runCli>;

  beforeAll(() => {
    writeFileSync(project, PROJECT);
    copyFileSync(fixture('jsonl-terminal-steering-characters.jsonl'), file);
    imported = runCli(['import', '--project', project, file]);
  });

  afterAll(() => rmSync(work, { recursive: true, force: true }));

  // A note's value goes through the privacy gate's redaction before it is printed (it may quote a
  // phone), and redaction drops the invisible direction marks (U+202E); what is left of a
  // control character is printed by its code.
  it('import notes a steering date value without its direction mark and a control by its code', () => {
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('3 new');
    expect(imported.stdout).toContain('unreadable date "вчератевирп\\u{009B}31m"');
    expect(STEERING.test(imported.stdout + imported.stderr)).toBe(false);
  });

  it('import prints a file name holding a line feed on its own line, so it cannot forge a total', () => {
    const forged = join(work, 'forged\ntotal: 999 new, 0 already stored\u001B[2K.jsonl');
    writeFileSync(forged, '{"text": "Автобус не пришёл"}\n');
    const run = runCli(['import', '--project', project, forged]);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n').filter((line) => line.startsWith('total:'))).toEqual([
      'total: 1 new, 0 already stored, 0 skipped, 0 files failed',
    ]);
    expect(run.stdout).toContain('forged\\u{000A}total: 999 new, 0 already stored\\u{001B}[2K.jsonl: jsonl, 1 read');
  });

  it('search refuses a query holding U+202E by its code, and prints no steering characters', () => {
    const run = runCli(['search', '--project', project, 'свет* OR авто\u202Eбус']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('query: column 14: U+202E is a control character, no part of a query');
    expect(STEERING.test(run.stderr)).toBe(false);
  });

  it('a query error shows the query with a one-column mark in place of U+202E, the caret under it', () => {
    const run = runCli(['search', '--project', project, '\u202Eавтобус AND (трамвай']);
    expect(run.code).toBe(1);
    expect(STEERING.test(run.stderr)).toBe(false);
    const lines = run.stderr.split('\n');
    const queryLine = lines.findIndex((line) => line.includes('автобус AND'));
    expect(lines[queryLine]).toBe('  \uFFFDавтобус AND (трамвай');
    const caret = lines[queryLine + 1]!;
    expect(caret).toBe('  ^');
  });
});
