/**
 * The whole path of a post about another place: imported beside a post about the city, it is
 * set aside from the digest's figures and said so, counted apart in the dashboard's overview and
 * in the export's scope rows, and found by `scope:elsewhere`. Fixture:
 * test/fixtures/scope/almaty-and-sochi.jsonl (two traffic jams in Almaty, two in Sochi); groups
 * of two are shown, so that the counts can be read.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { loadProject } from '../../src/project/load-project.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { answerAsViewer } from '../server/api-as-viewer.js';
import { runCli } from './run-cli.js';

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'scope', 'almaty-and-sochi.jsonl');
const DAY = ['--from', '2025-12-01', '--to', '2025-12-01'];

describe('posts about Sochi beside posts about Almaty', () => {
  const work = mkdtempSync(join(tmpdir(), 'tyndau-scope-'));
  const project = join(work, 'tyndau.yaml');

  beforeAll(() => {
    writeFileSync(project, [
      'name: Scope test', 'city: Almaty',
      'privacy:', '  secret: scope-test-secret-0123456789', '  minGroupSize: 2', '  retentionDays: 36500', '',
    ].join('\n'));
    expect(runCli(['import', '--project', project, FIXTURE]).code).toBe(0);
  });

  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('are set aside in the digest, which says so and counts the Almaty posts alone', () => {
    const out = join(work, 'digest');
    expect(runCli(['report', '--project', project, ...DAY, '--out', out, '--language', 'en']).code).toBe(0);
    const digest = readFileSync(join(out, 'digest.md'), 'utf8');

    expect(digest).toContain('Original posts: 2;');
    expect(digest).toContain('set aside and left out of the figures: 2;');
  });

  it('are counted apart in the dashboard\'s overview', async () => {
    const loaded = await loadProject(project);
    const store = openSqliteStore(loaded.storePath, { timezone: loaded.timezone });
    try {
      const overview = await answerAsViewer<{ totals: Record<string, number | null> }>(
        store, '/api/overview?from=2025-12-01&to=2025-12-01', loaded,
      );
      expect(overview.body.totals).toMatchObject({ originals: 2, setAside: 2 });
    } finally {
      store.close();
    }
  });

  it('have a scope row of their own in the export, and the issue rows count the Almaty posts alone', () => {
    const rows = runCli(['export', '--project', project, ...DAY, '--out', '-']).stdout.trim().split('\n')
      .map((line) => line.replace(/^\uFEFF/, '').split(','));
    const period = rows.filter((row) => row[0] === '2025-12-01' && row[1] === '2025-12-01');
    const count = (dimension: string, value: string) =>
      period.find((row) => row[2] === dimension && row[3] === value)?.[5];

    expect(count('scope', 'home')).toBe('2');
    expect(count('scope', 'elsewhere')).toBe('2');
    expect(count('all', 'all')).toBe('2');
    expect(count('issue', 'transport')).toBe('2');
  });

  it('are found by scope:elsewhere, and the Almaty posts by scope:город', () => {
    const elsewhere = runCli(['search', '--project', project, 'scope:elsewhere']);
    const home = runCli(['search', '--project', project, 'scope:город']);

    expect(elsewhere.code).toBe(0);
    expect(elsewhere.stdout).toContain('Сочи');
    expect(elsewhere.stdout).not.toContain('Абая');
    expect(home.stdout).toContain('Абая');
    expect(home.stdout).not.toContain('Сочи');
  });

  it('show their scope in each search hit, in the CLI and the API', async () => {
    const hits = runCli(['search', '--project', project, 'scope:elsewhere']).stdout.split('\n')
      .filter((line) => line.startsWith('- '));
    expect(hits).toEqual(Array(2).fill('- 2025-12-01 telegram (ru, negative, scope:elsewhere)'));

    const loaded = await loadProject(project);
    const store = openSqliteStore(loaded.storePath, { timezone: loaded.timezone });
    try {
      const search = await answerAsViewer<{ hits: { scope: string }[] }>(
        store, '/api/search?q=пробка', loaded,
      );
      expect(search.body.hits.map((hit) => hit.scope).sort()).toEqual(['elsewhere', 'elsewhere', 'home']);
    } finally {
      store.close();
    }
  });

  it('is given with the place names that made it by tyndau explain', () => {
    const explained = runCli(['explain', '--project', project, 'Сочиде кептеліс, Алматыда да кептеліс']);
    expect(explained.stdout).toContain('scope:       home ← сочиде (elsewhere), алматыда (home)\n');

    const json = JSON.parse(runCli(['explain', '--project', project, '--json', 'Пробка в Сочи']).stdout) as object;
    expect(json).toMatchObject({ scope: 'elsewhere', places: [{ name: 'сочи', owner: 'elsewhere' }] });
  });
});
