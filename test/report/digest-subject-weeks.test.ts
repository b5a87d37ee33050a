/**
 * The digest gave each subject's tone for the week alone. It now has each shown subject's posts
 * in the eight weeks to the period's end, with the share negative toward it where a week's count
 * is shown, as the dashboard's overview has.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { writeDigest } from '../../src/report/write-digest.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { akimatWeeks } from '../store/akimat-weeks.js';
import { makeProject } from './make-project.js';

describe('the subjects\' weeks in the digest', () => {
  const store = openSqliteStore(':memory:', { timezone: 'Asia/Almaty' });
  store.savePosts(akimatWeeks());
  const outDir = mkdtempSync(join(tmpdir(), 'tyndau-subject-weeks-'));
  afterAll(() => {
    store.close();
    rmSync(outDir, { recursive: true, force: true });
  });

  it.each([
    // The five weeks before the first stored day showed 0, as if nobody had written.
    ['en', 'Mentions per week', '| Акимат Алматы | no data | no data | no data | no data | no data | 20 (75% negative) | <10 | 12 (25% negative) |'],
    ['ru', 'Упоминания по неделям', '| Акимат Алматы | нет данных | нет данных | нет данных | нет данных | нет данных | 20 (негатив 75 %) | <10 | 12 (негатив 25 %) |'],
    ['kk', 'Апта бойынша аталуы', '| Акимат Алматы | дерек жоқ | дерек жоқ | дерек жоқ | дерек жоқ | дерек жоқ | 20 (жағымсыз 75%) | <10 | 12 (жағымсыз 25%) |'],
  ] as const)('in %s: a row of eight weeks, the share negative where the count is shown, no data before the first stored day', async (language, heading, row) => {
    await writeDigest({
      store, project: makeProject(language), from: '2026-11-24', to: '2026-11-30', outDir, language, modelsFolder: outDir,
    });
    const markdown = readFileSync(join(outDir, 'digest.md'), 'utf8');
    expect(markdown).toContain(heading);
    expect(markdown.split('\n').map((line) => line.replace(/\u00a0|\u202f/g, ' '))).toContain(row);
  });
});
