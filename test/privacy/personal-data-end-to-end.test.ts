import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { runCli, type CliRun } from '../cli/run-cli.js';
import { filesUnder, showEverything } from './project-to-search.js';

/**
 * Personal data as Almaty residents write it in posts (phones in every disguise, hidden e-mails,
 * IINs, cards, IBANs, identity documents, plates, flats, handles, profile links, names), in a
 * CSV of posts, a public Telegram chat's export (with phone, e-mail and mention entities, a shared
 * contact, a poll and a forward), news articles whose links carry a newsletter reader's
 * contacts, and a record whose date holds a phone. The files are imported through the CLI into a fresh project, reported, exported and
 * searched; then every byte of the project folder and everything the commands printed is
 * searched for each piece of personal data the posts hold (`personal-data-written-in.txt`).
 */
const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'privacy', 'end-to-end');
const FILES = [
  'residents-posts.csv', 'residents-chat-telegram.json', 'newsletter-article-links.csv',
  // A shifted column puts a post's words where the date goes: the note on the date quotes them.
  'date-key-holding-a-phone.jsonl',
];
const PERSONAL_DATA = readFileSync(join(FIXTURES, 'personal-data-written-in.txt'), 'utf8').split('\n').filter(Boolean);
const PERIOD = ['--from', '2024-11-10', '--to', '2024-12-10'];

describe('no personal data written in posts survives import, report, export and search', () => {
  const work = mkdtempSync(join(tmpdir(), 'tyndau-personal-data-'));
  const projectDir = join(work, 'project');
  const project = join(projectDir, 'tyndau.yaml');
  const runs: CliRun[] = [];
  let imported: CliRun;

  beforeAll(() => {
    const run = (args: string[]): CliRun => {
      const result = runCli(args);
      runs.push(result);
      return result;
    };
    expect(run(['init', projectDir]).code).toBe(0);
    showEverything(project);

    for (const name of FILES) copyFileSync(join(FIXTURES, name), join(work, name));
    imported = run(['import', '--project', project, ...FILES.map((name) => join(work, name))]);
    expect(imported.code).toBe(0);
    expect(run(['report', '--project', project, ...PERIOD, '--out', join(projectDir, 'digest')]).code).toBe(0);
    expect(run(['export', '--project', project, ...PERIOD, '--out', join(projectDir, 'aggregates.csv')]).code).toBe(0);
    expect(run(['export', '--project', project, ...PERIOD, '--out', join(projectDir, 'aggregates.xlsx')]).code).toBe(0);
    for (const query of ['звоните', 'пишите', 'садик', 'ЦОНа', 'удостоверение', 'пәтер', 'Новость']) {
      expect(run(['search', '--project', project, '--json', query]).code).toBe(0);
    }
  });

  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('stores every post, and the gate reports what it removed by kind', () => {
    expect(imported.stdout).toMatch(/^total: 61 new, 0 already stored, 0 skipped, 0 files failed$/m);
    const line = /^privacy gate: personal data removed from (\d+) posts \((.*)\)$/m.exec(imported.stdout);
    expect(line).not.toBeNull();
    const removed = Object.fromEntries(line![2]!.split(', ').map((part) => part.split(' ')).map(([kind, count]) => [kind, Number(count)]));
    // The exact finders' counts; names are the name finder's to count.
    expect({ ...removed, name: undefined }).toEqual({
      phone: 19, email: 9, iin: 5, document: 3, card: 2, iban: 1, plate: 1, flat: 5, handle: 2, link: 10, name: undefined,
    });
  });

  it('searches stored text that is plain in the store, so that a leak would be found', () => {
    const database = readFileSync(join(projectDir, 'tyndau.sqlite'));
    expect(database.includes(Buffer.from('ЦОНе потеряли документы'))).toBe(true);
    expect(database.includes(Buffer.from('https://tengrinews.kz/news/zhiteli-bez-vody-123/'))).toBe(true);
  });

  it('leaves no personal data in any byte of the project folder', () => {
    const leaks = filesUnder(projectDir).flatMap((path) => {
      const bytes = readFileSync(path);
      return PERSONAL_DATA.filter((data) => bytes.includes(Buffer.from(data))).map((data) => `${data} in ${path}`);
    });
    expect(leaks).toEqual([]);
  });

  it('prints no personal data', () => {
    const printed = runs.map((run) => run.stdout + run.stderr).join('\n');
    expect(printed).toContain('"hits"');
    expect(PERSONAL_DATA.filter((data) => printed.includes(data))).toEqual([]);
  });
});
