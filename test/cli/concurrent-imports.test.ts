/**
 * Two imports into one SQLite store at once (two analysts, or an import beside `collect
 * --watch`). One of them failed with "database is locked" after its first batch, or, on a new
 * store, with "no such column" while both created the tables; every post of that file was left
 * out until it was imported again.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';

import type { CliRun } from './run-cli.js';
import './build-cli.js';

const PROJECT = `name: Concurrent imports
city: Almaty
privacy:
  secret: concurrent-imports-secret-0123456789
  retentionDays: 36500
subjects: []
`;

const WORDS = ['автобус', 'свет', 'вода', 'мусор', 'дорога', 'яма', 'трамвай', 'отопление', 'школа', 'лифт'];

/** 1,200 distinct posts, two batches of the import and a part of a third. */
function exportLines(name: string): string {
  const lines: string[] = [];
  for (let index = 0; index < 1200; index++) {
    const words = Array.from({ length: 10 }, (_, word) => WORDS[(index * 7 + word * 3) % WORDS.length]);
    const day = String(1 + (index % 28)).padStart(2, '0');
    lines.push(JSON.stringify({
      id: `${name}-${index}`,
      text: `${words.join(' ')} пост ${name} ${index}`,
      date: `2026-11-${day}T10:00:00+05:00`,
      platform: 'telegram',
      channel: name,
    }));
  }
  return `${lines.join('\n')}\n`;
}

function importInBackground(projectPath: string, file: string): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [inject('cliEntry'), 'import', '--project', projectPath, file]);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => { stdout += chunk.toString(); });
    child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

describe('two imports into one store at once', () => {
  const work = mkdtempSync(join(tmpdir(), 'tyndau-concurrent-imports-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('store every post of both files, on a new store and on one that exists', async () => {
    const projectPath = join(work, 'tyndau.yaml');
    writeFileSync(projectPath, PROJECT);
    for (const name of ['first', 'second', 'third', 'fourth']) {
      writeFileSync(join(work, `${name}.jsonl`), exportLines(name));
    }

    const onNewStore = await Promise.all(['first', 'second'].map((name) =>
      importInBackground(projectPath, join(work, `${name}.jsonl`))));
    const onStore = await Promise.all(['third', 'fourth'].map((name) =>
      importInBackground(projectPath, join(work, `${name}.jsonl`))));

    for (const run of [...onNewStore, ...onStore]) {
      expect(run.stderr).not.toContain('tyndau:');
      expect(run.stdout).toContain('total: 1200 new, 0 already stored, 0 skipped, 0 files failed');
      expect(run.code).toBe(0);
    }
    const database = new Database(join(work, 'tyndau.sqlite'), { readonly: true });
    try {
      expect(database.prepare('SELECT count(*) FROM posts').pluck().get()).toBe(4800);
    } finally {
      database.close();
    }
  }, 120_000);
});
