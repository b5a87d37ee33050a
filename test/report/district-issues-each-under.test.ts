/**
 * A district's top issues in the digest: a district whose issues each had fewer posts than the
 * minimum group size printed a blank cell, as one whose posts raised no issue at all did.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { buildPeriodInsight } from '../../src/insight/period-insight.js';
import { writeDigest } from '../../src/report/write-digest.js';
import type { StoredItem } from '../../src/store/store.js';
import { openSqliteStore, type SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { makeItem } from '../store/make-post.js';
import { makeProject } from './make-project.js';

const WEEK = { from: '2024-11-11', to: '2024-11-17' };

/** 12 posts in Medeu, four each on transport, roads and ecology; 11 in Almaly about nothing listed. */
function weekOfTwoDistricts(): StoredItem[] {
  const issues = ['transport', 'roads', 'ecology'];
  const medeu = Array.from({ length: 12 }, (_, index) => makeItem(
    { nativeId: `medeu-${index}`, text: `Жалоба жителей Медеу ${index}`, publishedAt: `2024-11-1${1 + (index % 5)}T05:00:00Z` },
    { districts: ['medeu'], issues: [issues[index % 3]!], sentiment: 'negative' },
  ));
  const almaly = Array.from({ length: 11 }, (_, index) => makeItem(
    { nativeId: `almaly-${index}`, text: `Новости Алмалинского района ${index}`, publishedAt: `2024-11-1${1 + (index % 5)}T05:00:00Z` },
    { districts: ['almaly'], sentiment: 'neutral' },
  ));
  return [...medeu, ...almaly];
}

let store: SqliteStore;
let folder: string;

beforeAll(() => {
  store = openSqliteStore(':memory:', { timezone: 'Asia/Almaty' });
  store.savePosts(weekOfTwoDistricts());
  folder = mkdtempSync(join(tmpdir(), 'tyndau-district-issues-'));
});

afterAll(() => {
  store.close();
  rmSync(folder, { recursive: true, force: true });
});

describe("a district's top issues", () => {
  it('count the issues too small to show apart from a district that raised none', () => {
    const insight = buildPeriodInsight(store, { period: WEEK, minGroupSize: 10 });

    expect(insight.districts.shown.map(({ districtId, issues, hiddenIssues }) => ({ districtId, issues, hiddenIssues })))
      .toEqual([
        { districtId: 'medeu', issues: [], hiddenIssues: 3 },
        { districtId: 'almaly', issues: [], hiddenIssues: 0 },
      ]);
  });

  it.each([
    ['ru', 'в каждой меньше 10'],
    ['kk', 'әрқайсысында 10-нан аз'],
    ['en', 'each fewer than 10'],
  ] as const)('say so in the %s digest, and a dash where there were none', async (language, eachUnder) => {
    const files = await writeDigest({ store, project: makeProject(language), ...WEEK, outDir: join(folder, language), language });
    const rows = readFileSync(files.markdownPath, 'utf8').split('\n').filter((line) => /^\| (Медеу|Алмал|Medeu|Almaly)/u.test(line));

    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatch(new RegExp(`\\| ${eachUnder} \\|$`, 'u'));
    expect(rows[1]).toMatch(/\| — \|$/u);
  });
});
