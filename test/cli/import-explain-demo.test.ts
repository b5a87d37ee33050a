import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';

import { fixture } from '../collect/fixture.js';
import { runCli, runCliAsync } from './run-cli.js';

const work = mkdtempSync(join(tmpdir(), 'tyndau-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function postCount(database: string): number {
  const db = new Database(database, { readonly: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM posts').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

describe('tyndau import', () => {
  const projectDir = join(work, 'import');
  const project = join(projectDir, 'tyndau.yaml');
  const files = [
    fixture('rss-russian-and-kazakh-dates.xml'),
    fixture('telegram-channel-result.json'),
    fixture('jsonl-truncated-last-line.jsonl'),
  ];

  it('imports what it can, names each skipped record and exits 2', () => {
    const init = runCli(['init', projectDir]);
    expect(init.code).toBe(0);
    expect(init.stdout).toContain(`then: npx tyndau import --project ${project} FILE...`);
    const run = runCli(['import', '--project', project, ...files]);
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/skipped \S*jsonl-truncated-last-line\.jsonl:5: not valid JSON .*cut off/);
    expect(run.stdout).toMatch(/skipped \S*telegram-channel-result\.json#6 \(\/messages\/6\): message has no id/);
    expect(run.stdout).toMatch(/^total: 13 new, 0 already stored, 4 skipped, 0 files failed$/m);
    expect(postCount(join(projectDir, 'tyndau.sqlite'))).toBeGreaterThan(5);
  });

  it('a second import of the same files stores nothing new', () => {
    const database = join(projectDir, 'tyndau.sqlite');
    const before = postCount(database);
    const run = runCli(['import', '--project', project, ...files]);
    expect(run.stdout).toMatch(new RegExp(`^total: 0 new, ${before} already stored, 4 skipped`, 'm'));
    expect(postCount(database)).toBe(before);
  });

  it('a re-import says the posts the gate redacted were already stored', () => {
    const dir = join(work, 'reimport');
    expect(runCli(['init', dir]).code).toBe(0);
    const posts = fixture('jsonl-reimport-posts-with-a-phone.jsonl');
    const first = runCli(['import', '--project', dir, posts]);
    expect(first.stdout).toMatch(/^privacy gate: personal data removed from 1 post \(phone 1\)$/m);
    const again = runCli(['import', '--project', dir, posts]);
    expect(again.stdout).toMatch(
      /^privacy gate: personal data removed from 1 post \(phone 1\); every post read was already stored$/m,
    );
  });

  it('a file that is no known format fails alone, the others import', () => {
    const run = runCli([
      'import',
      '--project',
      project,
      fixture('html-page-not-a-feed.html'),
      fixture('rss-vertical-tab-in-title.xml'),
    ]);
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/html-page-not-a-feed\.html: not imported: /);
    expect(run.stdout).toMatch(/rss-vertical-tab-in-title\.xml: rss, (\d+) read, \1 new/);
    expect(run.stdout).toMatch(/1 file failed/);
  });

  it('reads standard input named -, once', () => {
    const input = readFileSync(fixture('jsonl-truncated-last-line.jsonl'), 'utf8');
    const run = runCli(['import', '--project', project, '-'], { input: input.replaceAll('"id": "', '"id": "stdin-') });
    expect(run.stdout).toMatch(/stdin: jsonl, 2 read, 2 new, 0 already stored, 3 skipped$/m);
    expect(runCli(['import', '--project', project, '-', '-'], { input }).stderr).toMatch(/named more than once/);
  });

  it('a project file error names the file, line and key', () => {
    const run = runCli(['import', '--project', fixture('../project/missing.yaml'), files[0]!]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^tyndau: /);
  });
});

describe('tyndau explain', () => {
  const projectDir = join(work, 'explain');
  const project = join(projectDir, 'tyndau.yaml');
  const FIELDS = ['language', 'redacted', 'mentions', 'sentiment', 'subjectSentiment', 'issues', 'slices', 'districts'];

  it('--json prints one object with every analysis field', () => {
    expect(runCli(['init', projectDir]).code).toBe(0);
    const text = 'Аким Досаев обещал отремонтировать дорогу в Алатауском районе, звоните +7 701 123 45 67';
    const run = runCli(['explain', '--project', project, '--json', text]);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(Object.keys(result)).toEqual(expect.arrayContaining(FIELDS));
    expect(result.language.code).toBe('ru');
    expect(result.redacted).not.toContain('701');
    expect(result.mentions.map((mention: { subjectId: string }) => mention.subjectId)).toContain('mayor');
    expect(result.subjectSentiment[0].subjectId).toBe('mayor');
    expect(result.issues.map((issue: { issueId: string }) => issue.issueId)).toContain('roads');
    expect(result.districts).toEqual(['alatau']);
  });

  it('reads one text per line from standard input and prints one JSON object per line', () => {
    const input = ['Досаевтың әкімдігі жолды жөндемеді', 'Water outage in Bostandyk district again', ''].join('\n');
    const run = runCli(['explain', '--project', project, '--json'], { input });
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(Object.keys(line)).toEqual(expect.arrayContaining(FIELDS));
    expect(lines[0].language.code).toBe('kk');
    expect(lines[0].mentions[0].subjectId).toBe('mayor');
    expect(lines[1].language.code).toBe('en');
    expect(lines[1].districts).toEqual(['bostandyk']);
  });
});

describe('tyndau demo', () => {
  it('imports the bundled corpus in every format and writes the digest', async () => {
    const out = join(work, 'demo');
    const run = await runCliAsync(['demo', '--out', out]);
    expect(run.code, run.stderr).toBe(0);
    for (const format of ['rss', 'atom', 'jsonfeed', 'telegram', 'youtube', 'vk', 'jsonl', 'csv']) {
      expect(run.stdout).toMatch(new RegExp(`: ${format}, (\\d+) read, \\1 new, 0 already stored, 0 skipped`));
    }
    expect(run.stdout).toMatch(/^total: 4012 new, 0 already stored, 0 skipped, 0 files failed$/m);
    expect(existsSync(join(out, 'digest.md'))).toBe(true);
    const html = readFileSync(join(out, 'digest.html'), 'utf8');
    expect(html).toContain('<svg');
    expect(html).not.toMatch(/<script\b[^>]*\bsrc=/);
    expect(postCount(join(out, 'tyndau.sqlite'))).toBe(4012);
    // A checkout has no tyndau on its PATH: the hint must run as printed.
    expect(run.stdout).toContain(`next: npx tyndau search --project ${join(out, 'tyndau.yaml')} 'автобус'`);
    // The corpus is months old: the example's 90 days would remove its social texts at the
    // next import or analyze, so the demo keeps them while it is explored.
    const analyzed = runCli(['analyze', '--project', join(out, 'tyndau.yaml')]);
    expect(analyzed.stdout).not.toContain('retention:');
    expect(readFileSync(join(out, 'tyndau.yaml'), 'utf8')).toMatch(/^ {2}retentionDays: 3650 # the demo corpus is historical/m);
  });
});

describe('tyndau import notes', () => {
  it('prints what was left out or guessed, which the counts alone hide', () => {
    const projectDir = join(work, 'import-notes');
    expect(runCli(['init', projectDir]).code).toBe(0);
    const run = runCli([
      'import',
      '--project',
      join(projectDir, 'tyndau.yaml'),
      fixture('telegram-text-wrong-types.json'),
      fixture('csv-excel-semicolon-windows-1251-no-bom.csv'),
    ]);
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(
      /^ {2}note \S*telegram-text-wrong-types\.json: 1 message without text \(media, a sticker\) not imported$/m,
    );
    expect(run.stdout).toMatch(
      /^ {2}note \S*windows-1251-no-bom\.csv: charset: none declared and not UTF-8; read as windows-1251$/m,
    );
  });
});

// Node's recursive mkdir never returned on /proc, which answers a new folder with "no such file":
// `tyndau init /proc/x` hung until killed.
describe.runIf(existsSync('/proc/self'))('tyndau init into a folder the system will not create', () => {
  it('fails at once, saying which folder', () => {
    const run = runCli(['init', '/proc/tyndau-project'], { timeoutMs: 20_000 });

    expect(run.code).toBe(1);
    expect(run.stderr).toContain('cannot create the folder /proc/tyndau-project: no such file or folder');
  });
});
