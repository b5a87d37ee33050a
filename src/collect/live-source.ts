import type { Fetcher } from './fetcher/fetcher.js';
import type { ImportBatch, Platform } from './raw-post.js';

/** What a live source needs from the run that drives it. */
export interface CollectContext {
  readonly fetcher: Fetcher;
  /** IANA zone for times written without an offset. */
  readonly timezone: string;
  /** The run's time: first-seen dates, quota days. */
  readonly now: Date;
  /**
   * Whether a post is stored already, so that a source does not fetch an article body or a
   * reply list it has. Answers from the store through the keyed hash; a source never sees it.
   */
  readonly isStored: (platform: Platform, nativeId: string) => boolean;
}

/**
 * One run's yield: the posts, the records skipped, and the source's new cursor (plain JSON), to be
 * committed in the same transaction as the posts so that a crash loses or repeats neither.
 */
export interface CollectedBatch extends ImportBatch {
  readonly cursor: unknown;
}

/** A source collected on a schedule: a feed, a Telegram channel, a YouTube channel, a VK wall. */
export interface LiveSource {
  readonly id: string;
  readonly platform: Platform;
  /** Collects what is new since `cursor` (undefined on the first run). */
  collect(cursor: unknown, context: CollectContext): Promise<CollectedBatch>;
}
