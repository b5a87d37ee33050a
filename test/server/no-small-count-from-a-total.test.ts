/**
 * Over the demo store and many periods, no count hidden as small can be worked out from one answer
 * of the API as a total minus the counts shown beside it: every table whose parts add up to a
 * total the same answer shows leaves its hidden parts at 0 or at least the minimum group size.
 * The tables are those found adding up: days, news against social posts, platforms, languages and
 * outlets under the period's posts, platforms under each day of collection health, an agency's
 * posts by attribution rule, and the issue trend's weeks under a period of whole weeks.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { loadProject } from '../../src/project/load-project.js';
import { lastDatedDay } from '../../src/server/api/period.js';
import { addDays } from '../../src/store/day-range.js';
import { openSqliteStore, type SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { answerAsViewer } from './api-as-viewer.js';
import { copyOfDemoProject } from './demo-project.js';

type Shown = number | null | 'x';
const MIN = 10;

let store: SqliteStore;
let lastDay: string;

beforeAll(async () => {
  const demo = await copyOfDemoProject();
  const project = await loadProject(demo.projectPath, {});
  store = openSqliteStore(project.storePath, { timezone: project.timezone });
  lastDay = lastDatedDay(store)!;
}, 300_000);

afterAll(() => store?.close());

/** What `total` minus the parts shown as numbers leaves for the hidden ones. */
function hiddenRest(total: Shown, parts: readonly Shown[]): number | null {
  if (typeof total !== 'number' || parts.every((part) => typeof part === 'number')) return null;
  return total - parts.reduce<number>((sum, part) => sum + (typeof part === 'number' ? part : 0), 0);
}

const leaks: string[] = [];

function check(where: string, total: Shown, parts: readonly Shown[]): void {
  const rest = hiddenRest(total, parts);
  if (rest !== null && rest > 0 && rest < MIN) leaks.push(`${where}: ${String(total)} − [${parts.join(', ')}] = ${rest}`);
}

const get = async <T>(path: string): Promise<T> => (await answerAsViewer<T>(store, path)).body;

interface Breakdown<T> { shown: T[]; hiddenPosts: number | null }

describe('one answer of the API over the demo store', () => {
  it('never leaves a small count as a total minus the counts shown beside it', async () => {
    const periods = [1, 2, 4].flatMap((weeks) => [0, 10, 23, 37, 41, 47, 52].map((back) => ({
      weeks, from: addDays(lastDay, -back - 7 * weeks + 1), to: addDays(lastDay, -back),
    })));

    for (const { weeks, from, to } of periods) {
      const period = `from=${from}&to=${to}`;
      const overview = await get<{
        totals: Record<'originals' | 'articles' | 'socialPosts', Shown>;
        days: { originals: Shown }[];
        languages: Breakdown<{ originals: number }>;
      }>(`/api/overview?${period}`);
      const total = overview.totals.originals;
      check(`${period} days`, total, overview.days.map((day) => day.originals));
      check(`${period} news and social`, total, [overview.totals.articles, overview.totals.socialPosts]);
      check(`${period} languages`, total, [...overview.languages.shown.map((entry) => entry.originals), null]);

      const outlets = await get<{ platforms: Breakdown<{ originals: number }>; outlets: Breakdown<{ articles: number }> }>(
        `/api/outlets?${period}`,
      );
      check(`${period} platforms`, total, [...outlets.platforms.shown.map((entry) => entry.originals), null]);

      const agencies = await get<{ agencies: { shown: { agencyId: string; originals: number; byRule: Record<string, Shown> }[] } }>(
        `/api/agencies?${period}`,
      );
      for (const agency of agencies.agencies.shown) {
        check(`${period} ${agency.agencyId} by rule`, agency.originals, Object.values(agency.byRule));
      }

      const issues = await get<{
        issues: { shown: { issueId: string; originals: number; previous: number | null }[] };
        trend: { weeks: string[]; issues: { issueId: string; originals: Shown[] }[] };
      }>(`/api/issues?${period}`);
      for (const issue of issues.issues.shown) {
        const trend = issues.trend.issues.find((entry) => entry.issueId === issue.issueId)!.originals;
        check(`${period} ${issue.issueId} weeks`, issue.originals, trend.slice(-weeks));
        check(`${period} ${issue.issueId} weeks before`, issue.previous, trend.slice(-2 * weeks, -weeks));
      }
    }

    const health = await get<{ days: string[]; totals: Shown[]; platforms: { posts: Shown[] }[] }>('/api/health');
    health.days.forEach((day, index) => {
      check(`health ${day}`, health.totals[index]!, health.platforms.map((entry) => entry.posts[index]!));
    });

    expect(leaks).toEqual([]);
  }, 300_000);
});
