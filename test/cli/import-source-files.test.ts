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

const SAME_CHAT = join(import.meta.dirname, '..', 'fixtures', 'ingest', 'same-post-two-formats');

describe('tyndau import of posts already stored', () => {
  it('says how many posts of a file named once and then found in the files source were already stored', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tyndau-import-again-'));
    expect(runCli(['init', dir]).code).toBe(0);
    const project = join(dir, 'tyndau.yaml');
    mkdirSync(join(dir, 'imports'));
    const json = join(dir, 'imports', 'result.json');
    copyFileSync(join(SAME_CHAT, 'telegram-chat-result.json'), json);

    const named = runCli(['import', '-p', project, json]);
    // The same chat's HTML export saved beside it, and the JSON read again through the source.
    copyFileSync(join(SAME_CHAT, 'telegram-chat-messages.html'), join(dir, 'imports', 'messages.html'));
    const fromSource = runCli(['import', '-p', project]);

    expect(named.stdout).toContain('total: 12 new, 0 already stored, 0 skipped, 0 files failed');
    expect(fromSource.code).toBe(0);
    expect(fromSource.stdout).toContain(`${join(dir, 'imports', 'messages.html')}: telegram-html, 12 read, 0 new, 12 already stored`);
    expect(fromSource.stdout).toContain('total: 0 new, 24 already stored, 0 skipped, 0 files failed');
  });
});
