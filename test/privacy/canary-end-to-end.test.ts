import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { decodeBytes } from '../../src/collect/encoding/decode-bytes.js';
import { runCli, type CliRun } from '../cli/run-cli.js';
import { fixture } from '../collect/fixture.js';
import { filesUnder, showEverything } from './project-to-search.js';

/**
 * The acceptance canary test of the privacy line (DESIGN rules 1–3), end to end through the CLI.
 * Every identity-bearing field of every fixture format (author names, handles, user and channel
 * ids, profile URLs, avatars, VK from_id/signer_id, Telegram from/from_id, YouTube author fields,
 * feed bylines) carries a unique canary. The fixtures are imported, re-analysed, reported and
 * exported, searched and explained; then every byte the project folder holds (the SQLite file and
 * its journal, the digest, the export) and everything the commands printed (their logs) is
 * searched for every canary.
 */
const CANARY = /zzcanary-[\w-]+/g;
/** VK and Telegram numeric user ids in the fixtures (VK from_id, signer_id, Telegram user_id). */
const NUMERIC_CANARIES = ['99001122', ...Array.from({ length: 8 }, (_, index) => String(990011223 + index))];

const FIXTURE_DIR = join(fixture('x'), '..');
const FIXTURE_FILES = readdirSync(FIXTURE_DIR).filter(
  (name) => statSync(join(FIXTURE_DIR, name)).isFile() && !/^(html-|json-unknown)/.test(name),
);
/**
 * The XXE target (`xxe-canary.txt`) lies beside the feed whose external entity names it, so that a
 * parser resolving entities would bring its canary in; it is not imported itself: plain text is a
 * format of posts now, and its own words would be stored as a post's.
 */
const IMPORTABLE = FIXTURE_FILES.filter((name) => !name.startsWith('xxe-'));

function canariesOf(name: string): string[] {
  return decodeBytes(readFileSync(join(FIXTURE_DIR, name))).text.match(CANARY) ?? [];
}

describe('no identity canary survives import, analysis, report, export, search and explain', () => {
  const work = mkdtempSync(join(tmpdir(), 'tyndau-canary-'));
  const projectDir = join(work, 'project');
  const project = join(projectDir, 'tyndau.yaml');
  const runs: CliRun[] = [];
  const canaries = [...new Set(FIXTURE_FILES.flatMap(canariesOf)), ...NUMERIC_CANARIES];

  beforeAll(() => {
    const run = (args: string[], input?: string): CliRun => {
      const result = runCli(args, input === undefined ? {} : { input });
      runs.push(result);
      return result;
    };
    expect(run(['init', projectDir]).code).toBe(0);
    showEverything(project);

    for (const name of FIXTURE_FILES) copyFileSync(join(FIXTURE_DIR, name), join(work, name));
    const files = IMPORTABLE.map((name) => join(work, name));
    // Some fixtures are broken on purpose (a truncated line, an unclosed quote): exit code 2.
    expect(run(['import', '--project', project, ...files]).code).toBe(2);
    expect(run(['analyze', '--project', project]).code).toBe(0);
    expect(run(['report', '--project', project, '--out', join(projectDir, 'digest')]).code).toBe(0);
    expect(run(['export', '--project', project, '--out', join(projectDir, 'aggregates.csv')]).code).toBe(0);
    const found = run(['search', '--project', project, '--json', 'Досаев']);
    run(['search', '--project', project, 'автобус']);
    // Explain the stored texts search returned, as an analyst checking why a post counted would.
    const snippets = (JSON.parse(found.stdout) as { hits: { snippet: { text: string } }[] }).hits;
    expect(snippets.length).toBeGreaterThan(0);
    const lines = snippets.map((hit) => hit.snippet.text.replace(/\s+/g, ' ')).join('\n');
    expect(run(['explain', '--project', project], lines).code).toBe(0);
  });

  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('the fixtures carry canaries in every format', () => {
    expect(canaries.length).toBeGreaterThan(40);
    const formats = ['telegram', 'vk', 'youtube', 'rss', 'atom', 'jsonfeed', 'csv', 'jsonl', 'rdf'];
    for (const format of formats) {
      const names = IMPORTABLE.filter((name) => name.startsWith(format));
      expect(names.flatMap(canariesOf).length, format).toBeGreaterThan(0);
    }
  });

  it('the project holds posts, a digest and an export to search', () => {
    const files = filesUnder(projectDir).map((path) => path.slice(projectDir.length + 1));
    expect(files).toEqual(
      expect.arrayContaining(['tyndau.sqlite', 'digest/digest.md', 'digest/digest.html', 'aggregates.csv']),
    );
    // A control: stored text is plain in the SQLite file, so a leaked canary would be found.
    const database = readFileSync(join(projectDir, 'tyndau.sqlite'));
    expect(database.includes(Buffer.from('Досаев'))).toBe(true);
  });

  it('no canary is in any byte of the project folder', () => {
    const leaks = filesUnder(projectDir).flatMap((path) => {
      const bytes = readFileSync(path);
      return canaries
        .filter((canary) => bytes.includes(Buffer.from(canary)))
        .map((canary) => `${canary} in ${path}`);
    });
    expect(leaks).toEqual([]);
  });

  it('no canary is in anything the commands printed', () => {
    const printed = runs.map((run) => run.stdout + run.stderr).join('\n');
    expect(printed).toContain('skipped');
    expect(canaries.filter((canary) => printed.includes(canary))).toEqual([]);
  });
});
