/**
 * `tyndau search` end to end: a project with a saved query, a few imported posts, then counts by
 * day and sentiment, marked snippets, JSON for scripts, and errors with a caret under the query.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { runCli } from './run-cli.js';

const PROJECT = `name: Search test
city: Almaty
privacy:
  secret: search-test-secret-0123456789
  retentionDays: 36500
subjects:
  - id: bus-operator
    kind: body
    name: Автобусный парк
    aliases: [Автобусный парк]
    query: '"автобусн* парк*" OR (водитель NEAR/2 автобус)'
`;

const POSTS = [
  { id: 'p1', date: '2025-10-07T09:00:00+05:00', text: 'Автобусы 12-го маршрута опять опаздывают на остановку' },
  { id: 'p2', date: '2025-10-08T09:00:00+05:00', text: 'Водитель автобуса нагрубил пассажирам' },
  { id: 'p3', date: '2025-10-08T10:00:00+05:00', text: 'Трамвай пришёл вовремя, спасибо' },
  { id: 'p4', date: '2025-10-09T10:00:00+05:00', text: 'Жолдарды жөндеу басталды, автобус аялдамасы жабық' },
].map((post) => JSON.stringify({ ...post, platform: 'telegram', kind: 'social' })).join('\n');

describe('tyndau search', () => {
  const work = mkdtempSync(join(tmpdir(), 'tyndau-search-'));
  const project = join(work, 'tyndau.yaml');
  // The same project and store with the smallest minimum group size.
  const smallGroups = join(work, 'small-groups.yaml');

  beforeAll(() => {
    writeFileSync(project, PROJECT);
    writeFileSync(smallGroups, PROJECT.replace('  secret: search-test-secret-0123456789', '  secret: search-test-secret-0123456789\n  minGroupSize: 2'));
    writeFileSync(join(work, 'posts.jsonl'), POSTS + '\n');
    expect(runCli(['import', '--project', project, join(work, 'posts.jsonl')]).code).toBe(0);
  });

  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('prints counts by day and the snippets with every form of the word marked, counts under the minimum group size hidden', () => {
    const run = runCli(['search', '--project', project, 'автобус NOT трамвай']);

    expect(run.code).toBe(0);
    expect(run.stdout).toContain('<10 posts match "автобус NOT трамвай"');
    expect(run.stdout).toContain('(counts under the minimum group size, 10, are shown as <10)');
    expect(run.stdout).toContain('  2025-10-08     <10');
    expect(run.stdout).toContain('Водитель [автобуса] нагрубил');
    expect(run.stdout).toContain('[Автобусы] 12-го маршрута');
  });

  // The dashboard's search hid them already; the command printed every count, one post a day too.
  it('shows counts from the minimum group size up, as the dashboard does', () => {
    const run = runCli(['search', '--project', smallGroups, 'автобус NOT трамвай']);

    expect(run.stdout).toContain('3 posts match "автобус NOT трамвай"');
    expect(run.stdout).toContain('  2025-10-07      <2');
    expect(run.stdout).not.toContain('1 post');
  });

  // Each day was <2 and nothing else: the three posts' week reaches the minimum.
  it('prints the counts by week when every day is under the minimum', () => {
    const run = runCli(['search', '--project', smallGroups, 'автобус NOT трамвай']);

    expect(run.stdout).toContain('by week, as no day reaches the minimum:\n  2025-10-03 … 2025-10-09       3\n');
  });

  it('prints one JSON object for scripts, with the same counts hidden', () => {
    const json = (file: string) => JSON.parse(runCli(['search', '--project', file, '--json', '"водитель автобуса" OR трамвай']).stdout) as
      { minGroupSize: number; total: number | null; byDay: unknown[]; bySentiment: unknown; hits: { day: string }[] };

    const hidden = json(project);
    expect([hidden.minGroupSize, hidden.total, hidden.byDay, hidden.bySentiment])
      .toEqual([10, null, [{ day: '2025-10-08', posts: null }], { negative: null, neutral: 0, positive: null }]);
    expect(hidden.hits.map((hit) => hit.day)).toEqual(['2025-10-08', '2025-10-08']);

    const shown = json(smallGroups);
    expect([shown.minGroupSize, shown.total, shown.byDay]).toEqual([2, 2, [{ day: '2025-10-08', posts: 2 }]]);
  });

  // "Ауэзов" finds no post saying "в Ауэзовском районе"; a new user took that for no posts.
  it('suggests the district filter for a word that names a district, on its own line and in JSON', () => {
    const run = runCli(['search', '--project', project, 'автобус Ауэзов']);
    const json = JSON.parse(runCli(['search', '--project', project, '--json', 'Таугуль']).stdout) as { districtHints: unknown };

    expect(run.stdout).toBe('0 posts match "автобус Ауэзов"\n'
      + 'hint: "ауэзов" names a district; district:auezov finds the posts counted for it (every form of its names, and its microdistricts)\n');
    expect(json.districtHints).toEqual([{ word: 'таугуль', filter: 'district:auezov' }]);
  });

  it('finds posts through a subject saved query', () => {
    const run = runCli(['search', '--project', project, '--json', 'subject:bus-operator']);

    expect((JSON.parse(run.stdout) as { hits: unknown[] }).hits).toHaveLength(1);
  });

  // A limit past 64-bit integers reached SQLite and came back as "datatype mismatch".
  it('refuses a page or a limit past the largest, naming the range', () => {
    const counts = [
      ['--limit', '99999999999999999999', 1000], ['--page', '1e30', 100000],
      // Read by Number() as 100 and 2: a count is written in digits only.
      ['--limit', '1e2', 1000], ['--page', '0x2', 100000],
    ] as const;
    for (const [option, value, max] of counts) {
      const run = runCli(['search', '--project', project, 'автобус', option, value]);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`${option} "${value}" must be a whole number from 1 to ${max}`);
      expect(run.stderr).not.toMatch(/datatype mismatch|\n\s+at /);
    }
  });

  it('shows a query mistake under the query with a caret and exits with 1', () => {
    const run = runCli(['search', '--project', project, 'автобус AND (трамвай OR метро']);

    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      'tyndau: query: column 13: this ( is never closed; add )\n' +
        '  автобус AND (трамвай OR метро\n' +
        '              ^\n',
    );
  });

  it('refuses a project whose saved query is broken, at its line', () => {
    const broken = join(work, 'broken.yaml');
    writeFileSync(broken, PROJECT.replace('OR (водитель NEAR/2 автобус)', 'OR NOT водитель'));

    const run = runCli(['search', '--project', broken, 'автобус']);

    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${broken}:11:12 subjects[0].query: saved query: column 22: an OR alternative`);
  });
});
