/**
 * The digest's account of collection gaps: a sentence in the summary when a live source was down,
 * a table of the outages beside the posts-per-day chart (which shades them), and how a gap is
 * found in the methodology. A project that only imports files has no live sources and gets none
 * of it; neither does a store without a collection ledger.
 */
import type { PeriodCollection, SourceOutage } from '../insight/collection-outages.js';
import type { Platform } from '../collect/raw-post.js';
import { localTimeFormat } from '../store/local-time.js';
import type { CollectionLabels } from './collection-labels.js';
import type { Block } from './digest-document.js';

const MINUTE_MS = 60_000;

export interface CollectionBlockInput {
  readonly collection: PeriodCollection | null;
  readonly labels: CollectionLabels;
  readonly platforms: Readonly<Record<Platform, string>>;
  readonly timezone: string;
}

/** The summary's sentence on incomplete collection; none when every source worked. */
export function collectionSummaryBlocks(input: CollectionBlockInput): Block[] {
  const { collection, labels } = input;
  if (collection === null || collection.outages.length === 0) return [];
  const down = new Set(collection.outages.map((outage) => outage.sourceId)).size;
  const longest = Math.max(...collection.outages.map(durationMs));
  return [{ kind: 'paragraph', text: labels.summary(down, collection.liveSources, formatDuration(longest, labels)) }];
}

/** The outages of the period, one row each, under the posts-per-day chart. */
export function collectionGapBlocks(input: CollectionBlockInput): Block[] {
  const { collection, labels } = input;
  if (collection === null || collection.liveSources === 0) return [];
  if (collection.outages.length === 0) {
    return [{ kind: 'paragraph', text: labels.allCollected(collection.liveSources) }];
  }
  const columns = labels.columns;
  const time = localTimeFormat(input.timezone);
  return [
    { kind: 'subheading', text: labels.heading },
    {
      kind: 'table',
      columns: [columns.source, columns.platform, columns.from, columns.to, columns.duration, columns.failedRuns],
      rows: collection.outages.map((outage) => [
        outage.sourceId,
        outage.platform === null ? outage.kind : input.platforms[outage.platform],
        outage.startedBefore ? `${time(outage.from)} (${labels.startedEarlier})` : time(outage.from),
        outage.ongoing ? `${time(outage.to)} (${labels.stillDown})` : time(outage.to),
        formatDuration(durationMs(outage), labels),
        outage.failedRuns === 0 ? `0 (${labels.notRunning})` : String(outage.failedRuns),
      ]),
    },
  ];
}

export function collectionMethodologyBlocks(input: CollectionBlockInput): Block[] {
  if (input.collection === null || input.collection.liveSources === 0) return [];
  return [{ kind: 'paragraph', text: input.labels.methodology }];
}

function durationMs(outage: SourceOutage): number {
  return outage.to.getTime() - outage.from.getTime();
}

function formatDuration(ms: number, labels: CollectionLabels): string {
  const minutes = Math.round(ms / MINUTE_MS);
  return labels.duration(Math.floor(minutes / 1440), Math.floor((minutes % 1440) / 60), minutes % 60);
}
