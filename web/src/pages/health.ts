import { getJson } from '../api.js';
import { COLOURS, dayChart } from '../charts.js';
import { h } from '../dom.js';
import { chartCount, count, section, table, type ShownCount } from '../format.js';
import type { Page } from '../page.js';

interface Health {
  sources: {
    sourceLabel: string; platform: string; format: string; runs: number; posts: number; read: number; skipped: number;
    /** The last run on the project's clock, `2026-12-06 00:41`. */
    lastAtLocal: string;
  }[];
  days: string[];
  totals?: (number | null)[];
  platforms: { platform: string; posts: ShownCount[] }[];
  gaps: { day: string; platform: string | null; posts: number | null; expected: number | null }[];
  firstSeenDates: number | null;
  /** Feeds, Telegram, YouTube and VK sources of the project file, with their condition. */
  liveSources?: {
    sourceId: string; kind: string; condition: string; lastSuccessAtLocal: string | null;
    errorStreak: number; lastError: string | null; newPosts: number;
  }[];
}

export const healthPage: Page = {
  id: 'health',
  title: (strings) => strings.health,
  role: 'viewer',
  usesPeriod: false,
  async render(root, context) {
    const { strings, labels } = context;
    const data = await getJson<Health>('/api/health');
    const platformName = (id: string | null) => (id === null ? strings.allPlatforms : labels.platforms[id] ?? id);

    if (data.days.length > 0) {
      const volume = section(strings.perDay);
      root.append(volume);
      dayChart(volume, strings.perDay, data.days, data.platforms.map((entry, index) => ({
        label: platformName(entry.platform),
        values: entry.posts.map(chartCount),
        colour: COLOURS.palette[index % COLOURS.palette.length]!,
      })), strings.day, context.language);
    }

    root.append(section(strings.gaps, data.gaps.length === 0 ? h('p', {}, strings.noGaps)
      : table([strings.day, strings.platform, strings.posts, strings.usual], data.gaps.map((gap) => [
        gap.day, platformName(gap.platform), count(gap.posts, context), count(gap.expected, context),
      ]))));
    root.append(section(strings.firstSeen, h('p', {}, count(data.firstSeenDates, context))));
    const live = data.liveSources ?? [];
    if (live.length > 0) {
      root.append(section(strings.liveSources, table(
        [strings.sources, strings.sourceKind, strings.sourceCondition, strings.lastSuccess, strings.newPostsWeek, strings.lastError],
        live.map((source) => [
          source.sourceId, source.kind, strings.conditions[source.condition] ?? source.condition,
          source.lastSuccessAtLocal ?? strings.never, String(source.newPosts),
          source.errorStreak > 0 ? `${source.errorStreak} × ${source.lastError ?? ''}` : '',
        ]),
      )));
    }
    root.append(section(strings.sources, table(
      [strings.sources, strings.platform, strings.runs, strings.newPosts, strings.postsRead, strings.skipped, strings.lastRun],
      // New posts are the source's volume; a file imported again is read again but adds none.
      data.sources.map((source) => [
        source.sourceLabel.split(/[\\/]/).pop() ?? source.sourceLabel, platformName(source.platform),
        String(source.runs), String(source.posts), String(source.read), String(source.skipped),
        source.lastAtLocal,
      ]),
    )));
  },
};
