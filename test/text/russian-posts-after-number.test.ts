import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { writeDigest } from '../../src/report/write-digest.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { russianPostsAfterNumber } from '../../src/text/russian-posts-after-number.js';
import { STRINGS } from '../../web/src/i18n.js';
import { hostileWeek, WEEK } from '../report/hostile-week.js';
import { makeProject } from '../report/make-project.js';

describe('"публикаций" after a number', () => {
  it('is singular after a number ending in 1 but not 11, plural otherwise', () => {
    const forms = [2, 5, 10, 11, 12, 21, 31, 100, 101, 111, 1001].map((value) => `${value} ${russianPostsAfterNumber(value)}`);
    expect(forms).toEqual([
      '2 публикаций', '5 публикаций', '10 публикаций', '11 публикаций', '12 публикаций', '21 публикации',
      '31 публикации', '100 публикаций', '101 публикации', '111 публикаций', '1001 публикации',
    ]);
  });

  it('agrees with a minimum group size of 21 in the digest and on the dashboard', async () => {
    // 'Не показаны, менее 21 публикаций в каждой' was printed for a project with minGroupSize: 21.
    const store = openSqliteStore(':memory:', { timezone: 'Asia/Almaty' });
    store.savePosts(hostileWeek());
    const folder = mkdtempSync(join(tmpdir(), 'tyndau-min-21-'));
    const files = await writeDigest({ store, project: makeProject('ru', 21), ...WEEK, outDir: folder, language: 'ru' });
    const markdown = readFileSync(files.markdownPath, 'utf8');
    store.close();
    rmSync(folder, { recursive: true, force: true });

    expect(markdown).toContain('менее 21 публикации в каждой');
    expect(markdown).toContain('объекты) меньше 21 публикации отдельно не показываются');
    expect(markdown).not.toContain('21 публикаций');
    expect(STRINGS.ru.hiddenGroups(3, 21)).toBe('Не показаны группы меньше 21 публикации: 3');
  });
});
