import { findCollectionGaps } from '../../insight/collection-gaps.js';
import { collectionHealth, type SourceCondition } from '../../insight/collection-health.js';
import { suppressParts, suppressSmall } from '../../insight/small-groups.js';
import type { Platform } from '../../collect/raw-post.js';
import { addDays, daysOf } from '../../store/day-range.js';
import type { DatedPostReader } from '../../store/dated-posts.js';
import { localTimeFormat } from '../../store/local-time.js';
import { openCollectionLedger } from '../../store/open-collection-ledger.js';
import type { Project } from '../../project/project.js';
import type { Store } from '../../store/store.js';
import { json, JSON_TYPE, type Endpoint } from '../endpoint.js';
import { lastDatedDay } from './period.js';

const DAYS_SHOWN = 56;
const GAP_HISTORY_DAYS = 28;
/** Days over which a live source's new posts are counted, as `tyndau status` does by default. */
const LIVE_SOURCE_DAYS = 7;

export function readsDatedPosts(store: Store): store is Store & DatedPostReader {
  return typeof (store as Partial<DatedPostReader>).readDatedCounts === 'function';
}

const FILE_PATH = /^(?:[a-z]:)?[\\/]|^\.{1,2}[\\/]|^[^:]*[\\/]/i;

/**
 * A source as viewers see it: a file by its name alone. An imported file's label is its path as
 * the operator typed it ("/home/aigerim/exports/result.json"), which tells viewers the server's
 * folders and often the operator's login; feed addresses and channel names stay whole.
 */
export function shownSourceLabel(label: string): string {
  if (!FILE_PATH.test(label)) return label;
  return label.split(/[\\/]/).filter((part) => part !== '').pop() ?? label;
}

/**
 * Collection health: what each source brought in, posts per platform per day, days collected
 * only in part (gaps), and how many posts carry tyndau's own first-seen date.
 */
export const HEALTH_ENDPOINT: Endpoint = {
  method: 'get',
  path: '/api/health',
  summary: 'Collection volume per source, dated posts per platform and day, gaps, first-seen dates',
  tag: 'dashboard',
  role: 'viewer',
  response: { mediaType: JSON_TYPE, description: 'collection health of the last eight weeks', schema: { type: 'object' } },
  handle({ server }) {
    const { store, project } = server;
    const min = project.privacy.minGroupSize;
    // Dated posts only, so the chart ends on the last day holding one (for a live project, today).
    const stored = lastDatedDay(store);
    // lastAt stays an instant for scripts; the page shows the project's clock, as the digest does.
    const localTime = localTimeFormat(project.timezone);
    const sources = store.readCollectionVolumes().map((source) => ({
      ...source, sourceLabel: shownSourceLabel(source.sourceLabel),
      lastAt: source.lastAt.toISOString(), lastAtLocal: localTime(source.lastAt),
    }));
    const liveSources = liveSourceHealth(store, project, new Date());
    if (!stored || !readsDatedPosts(store)) {
      return json({ sources, liveSources, days: [], platforms: [], gaps: [], firstSeenDates: 0 });
    }

    const range = { from: addDays(stored, -(DAYS_SHOWN - 1)), to: stored };
    const counts = store.readDatedCounts({ from: addDays(range.from, -GAP_HISTORY_DAYS), to: range.to });
    const totals = new Map(counts.totals.map((row) => [row.day, row.originals]));
    const platforms = new Map<Platform, Map<string, number>>();
    for (const row of counts.platforms) {
      const days = platforms.get(row.platform) ?? new Map<string, number>();
      days.set(row.day, row.originals);
      platforms.set(row.platform, days);
    }
    const days = daysOf(range);
    const firstSeenDates = store.readRollups(range).volume.reduce((sum, row) => sum + row.firstSeenDates, 0);
    // A day's platforms add up to its total shown above them: Telegram <10 beside a total of 60
    // and other platforms of 24, 10, 11 and 10 gave its 5 posts away.
    const perPlatform = [...platforms];
    const shownByDay = days.map((day) => suppressParts(perPlatform.map(([, perDay]) => perDay.get(day) ?? 0), min));

    return json({
      range,
      minGroupSize: min,
      sources,
      liveSources,
      days,
      totals: days.map((day) => suppressSmall(totals.get(day) ?? 0, min)),
      platforms: perPlatform.map(([platform], index) => ({
        platform,
        posts: shownByDay.map((shown) => shown[index]!),
      })),
      // A gap is a day's count of posts, overall or on one platform, and is held to the minimum
      // like them: 'Telegram 3, usually 40' showed a count the table beside it hid.
      gaps: findCollectionGaps({ totals, platforms }, range).map((gap) => ({
        ...gap,
        posts: suppressSmall(gap.posts, min),
        expected: suppressSmall(Math.round(gap.expected), min),
      })),
      firstSeenDates: suppressSmall(firstSeenDates, min),
    });
  },
};

/** A live source (feed, Telegram, YouTube, VK) as the health page shows it. */
interface LiveSourceHealth {
  readonly sourceId: string;
  readonly kind: string;
  readonly condition: SourceCondition;
  /** The last successful run on the project's clock, `2026-12-06 12:07`; null before any. */
  readonly lastSuccessAtLocal: string | null;
  readonly errorStreak: number;
  readonly lastError: string | null;
  /** New posts over the last seven days: collection volume, as the imported files' rows give it. */
  readonly newPosts: number;
}

/**
 * The project's live sources with their condition, last success and recent volume. The page
 * listed imported files alone, so a feed collected by `tyndau collect` (or one failing for days)
 * was nowhere on it; `tyndau status` gives the same from the command line.
 */
function liveSourceHealth(store: Store, project: Project, now: Date): LiveSourceHealth[] {
  const sources = project.sources.filter((source) => source.kind !== 'files');
  const ledger = sources.length === 0 ? null : openCollectionLedger(store);
  if (ledger === null) return [];

  const localTime = localTimeFormat(project.timezone);
  return collectionHealth(ledger, sources, now, LIVE_SOURCE_DAYS, project.timezone).map((source) => ({
    sourceId: source.sourceId,
    kind: source.kind,
    condition: source.condition,
    lastSuccessAtLocal: source.lastSuccessAt === null ? null : localTime(source.lastSuccessAt),
    errorStreak: source.errorStreak,
    lastError: source.lastError,
    newPosts: source.postsPerDay.reduce((sum, day) => sum + day.posts, 0),
  }));
}
