import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { ReportLanguage } from '../../src/project/project.js';
import { DIGEST_LABELS } from '../../src/report/digest-labels.js';
import { writeDigest } from '../../src/report/write-digest.js';
import { openSqliteStore, type SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { StoredItem } from '../../src/store/store.js';
import { makeItem } from '../store/make-post.js';
import { makeProject } from './make-project.js';
import { markdownSection } from './markdown-section.js';

interface QuietWeek {
  readonly from: string;
  readonly to: string;
  readonly issues: readonly { issue: string; agency: string; posts: number }[];
}

const fixture = fileURLToPath(new URL('../fixtures/report/nothing-shown-week/week.json', import.meta.url));
const week = JSON.parse(readFileSync(fixture, 'utf8')) as QuietWeek;

function weekPosts(): StoredItem[] {
  return week.issues.flatMap(({ issue, agency, posts }) => Array.from({ length: posts }, (_, index) => makeItem(
    { nativeId: `${issue}-${index}`, text: `Жалоба номер ${index}`, publishedAt: `${week.from}T06:00:00Z` },
    {
      sentiment: 'negative',
      issues: [issue],
      agencies: [{ agencyId: agency, rule: 'issue', issueId: issue, districtId: null, evidence: [] }],
    },
  )));
}

let folder: string;
let store: SqliteStore;
const digests = new Map<ReportLanguage, string>();

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'tyndau-hidden-groups-'));
  store = openSqliteStore(':memory:', { timezone: 'Asia/Almaty' });
  store.savePosts(weekPosts());
  for (const language of ['ru', 'kk', 'en'] as const) {
    const files = await writeDigest({
      store, project: makeProject(language), from: week.from, to: week.to, outDir: join(folder, language), language,
    });
    digests.set(language, readFileSync(files.markdownPath, 'utf8'));
  }
});

afterAll(() => {
  store.close();
  rmSync(folder, { recursive: true, force: true });
});

describe('the note under a table that shows no group', () => {
  // Nothing is shown above it, so the count stands alone: no "ещё", "Тағы" or "more".
  it.each([
    ['ru', 'Главные проблемы', 'Не показаны, менее 10 публикаций в каждой: 3.'],
    ['kk', 'Негізгі мәселелер', '3 топ көрсетілмейді: әрқайсысында 10-нан аз жарияланым.'],
    ['en', 'Top issues', '3 groups with fewer than 10 posts each are not shown.'],
    ['ru', 'Слабые места: ответственные органы', 'Не показаны органы, о каждом из которых менее 10 публикаций: 3.'],
    ['kk', 'Әлсіз тұстар: жауапты органдар', '3 орган көрсетілмейді: әрқайсысы туралы 10-нан аз жарияланым.'],
    ['en', 'Weak points by agency', '3 agencies with fewer than 10 posts each are not shown.'],
  ] as const)('in %s under "%s"', (language, heading, note) => {
    const section = markdownSection(digests.get(language)!, heading);

    expect(section).toContain(`\n\n${note}\n`);
  });
});

describe('the note for one hidden group', () => {
  // "1 топ көрсетілмейді: әрқайсысында…" (in each of them) stood under the demo's subject table.
  it.each([
    ['ru', true, 'Не показана 1 группа: в ней менее 10 публикаций.', 'Не показан 1 орган: о нём менее 10 публикаций.'],
    ['ru', false, 'Не показана ещё 1 группа: в ней менее 10 публикаций.', 'Не показан 1 орган: о нём менее 10 публикаций.'],
    ['kk', true, '1 топ көрсетілмейді: онда 10-нан аз жарияланым бар.', '1 орган көрсетілмейді: ол туралы 10-нан аз жарияланым.'],
    ['kk', false, 'Тағы 1 топ көрсетілмейді: онда 10-нан аз жарияланым бар.',
      'Тағы 1 орган көрсетілмейді: ол туралы 10-нан аз жарияланым.'],
  ] as const)('in %s (none shown above: %s) speaks of it alone, not of "each"', (language, noneShown, group, agency) => {
    const labels = DIGEST_LABELS[language];
    expect(labels.hiddenGroups(1, 10, noneShown)).toBe(group);
    expect(labels.weakPoints.hiddenAgencies(1, 10, noneShown)).toBe(agency);
  });
});
