import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { buildPeriodInsight, shownSplit, type PeriodInsight } from '../../src/insight/period-insight.js';
import { writeDigest } from '../../src/report/write-digest.js';
import { openSqliteStore, type SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { makeProject } from './make-project.js';
import { NEWS_WEEK, newsWeekWithFewSocialPosts } from './news-week-with-few-social-posts.js';
import { repostsOnTwoPlatforms } from './reposts-on-two-platforms.js';

let store: SqliteStore;
let insight: PeriodInsight;
let folder: string;

beforeAll(() => {
  store = openSqliteStore(':memory:', { timezone: 'Asia/Almaty' });
  store.savePosts(newsWeekWithFewSocialPosts());
  insight = buildPeriodInsight(store, { period: NEWS_WEEK, minGroupSize: 10 });
  folder = mkdtempSync(join(tmpdir(), 'tyndau-small-rest-'));
});

afterAll(() => {
  store.close();
  rmSync(folder, { recursive: true, force: true });
});

// The digest printed 37 posts, News sites 33 and Other (1) <10: the 4 Telegram posts were 37 − 33.
describe('a breakdown whose groups add up to a total shown beside it', () => {
  it('folds the smallest shown group in with a small rest, so the rest is never a total minus the groups shown', () => {
    expect(insight.totals.originals).toBe(37);
    expect(insight.platforms).toMatchObject({ shown: [], hiddenGroups: 2, hiddenPosts: 37 });
    expect(insight.languages).toMatchObject({ shown: [], hiddenGroups: 2, hiddenPosts: 37 });
  });

  it('folds only as many groups as the rest needs to reach the minimum', () => {
    expect(insight.outlets).toEqual({
      shown: [{ outlet: 'Vlast.kz', articles: 16 }], hiddenGroups: 2, hiddenPosts: 17,
    });
  });

  it('prints the folded groups with their count in the digest', async () => {
    const files = await writeDigest({ store, project: makeProject('en'), ...NEWS_WEEK, outDir: folder, language: 'en' });
    const markdown = readFileSync(files.markdownPath, 'utf8');
    const section = (heading: string) => markdown.slice(markdown.indexOf(`## ${heading}\n`)).split('\n## ')[0];

    expect(section('Platforms')).toContain('| Other (2) | 37 |');
    expect(section('Platforms')).not.toContain('News sites');
    expect(section('News outlets')).toContain('| Vlast.kz | 16 |\n| Other (2) | 17 |');
  });
});

// The digest printed "from news sites: 33, from social platforms: <10" under 37 original posts,
// and a day table of 11, 11, 11, <10 under the same 37: the 4 Thursday posts were 37 − 33.
describe('counts that add up to a total shown beside them', () => {
  it('hide the smallest shown count, as x, while the hidden ones add up to fewer than the minimum', () => {
    expect(shownSplit(insight.totals, 10)).toEqual({ articles: 'x', socialPosts: null });
    expect(insight.days.map((day) => day.originals)).toEqual(['x', 11, 11, null, 0, 0, 0]);
  });

  it.each([
    ['ru', 'с новостных сайтов: x, из социальных сетей: <10', '| 2024-11-11 | x | 0 |'],
    ['kk', 'x жаңалық сайттарынан, <10 әлеуметтік желілерден', '| 2024-11-11 | x | 0 |'],
    ['en', 'from news sites: x, from social platforms: <10', '| 2024-11-11 | x | 0 |'],
  ] as const)('are written x in the %s digest, which says what x means', async (language, summary, day) => {
    const files = await writeDigest({
      store, project: makeProject(language), ...NEWS_WEEK, outDir: join(folder, language), language,
    });
    const markdown = readFileSync(files.markdownPath, 'utf8');

    expect(markdown).toContain(summary);
    expect(markdown).toContain(day);
    expect(markdown).toContain('| 2024-11-14 | <10 | 0 |');
    expect(markdown).toMatch(/«x»|“x”/);
  });
});

// "reposts: 15" in the summary above Telegram 12 and VK <10 in the platform table: VK's 3 reposts
// were 15 − 12, in the digest and in /api/outlets' platforms alike.
describe('reposts by platform, which add up to the reposts of the summary', () => {
  it('hide the smallest shown count, as x, beside a small one', () => {
    const reposted = openSqliteStore(':memory:', { timezone: 'Asia/Almaty' });
    reposted.savePosts(repostsOnTwoPlatforms());
    const platforms = buildPeriodInsight(reposted, { period: NEWS_WEEK, minGroupSize: 10 }).platforms;
    reposted.close();

    expect(platforms.shown.map((entry) => [entry.platform, entry.originals, entry.amplifications])).toEqual([
      ['telegram', 12, 'x'], ['vk', 12, null],
    ]);
  });
});
