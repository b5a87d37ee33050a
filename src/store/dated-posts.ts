/**
 * What spike alerts read from a store: counts of original posts whose source gave a date, and
 * such posts' texts. Posts dated by tyndau's first sighting are left out everywhere here: a
 * backlog imported in one go would otherwise pile onto one day and look like a spike.
 */
import type { Platform } from '../collect/raw-post.js';
import type { DayRange } from './day-range.js';
import type { ExcerptCandidate } from './store.js';

/** The key `districtId` takes for an issue counted over the whole city. */
export const WHOLE_CITY = '*';

export interface DatedCounts {
  /** All original posts with a source date, per day. */
  readonly totals: readonly { readonly day: string; readonly originals: number }[];
  /** The same per platform, for telling a collection gap from a quiet day. */
  readonly platforms: readonly { readonly day: string; readonly platform: Platform; readonly originals: number }[];
  /** Per issue and district; `districtId` is WHOLE_CITY for the issue's whole-city count. */
  readonly issueDistricts: readonly {
    readonly day: string; readonly issueId: string; readonly districtId: string; readonly originals: number;
  }[];
  readonly subjects: readonly { readonly day: string; readonly subjectId: string; readonly originals: number }[];
}

/** Which posts to read: an issue (in a district or the whole city) or a subject. */
export type DatedPostFilter =
  | { readonly issueId: string; readonly districtId: string }
  | { readonly subjectId: string };

/** A dated original post as alerts read it: an excerpt candidate without an issue score. */
export type DatedPost = Omit<ExcerptCandidate, 'issueScore'>;

export interface DatedPostReader {
  readDatedCounts(range: DayRange): DatedCounts;
  /** Original posts matching `filter` in `range` that still have their text, newest first. */
  readDatedPosts(filter: DatedPostFilter, range: DayRange, limit: number): DatedPost[];
}
