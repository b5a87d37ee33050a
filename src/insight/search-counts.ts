import type { SearchResult } from '../store/store.js';
import { suppressSmall, type GroupSize } from './small-groups.js';

/** A search's counts as they may be shown: each under the minimum group size hidden (null). */
export interface ShownSearchCounts {
  readonly minGroupSize: number;
  readonly total: GroupSize;
  readonly byDay: readonly { readonly day: string; readonly posts: GroupSize }[];
  readonly bySentiment: Readonly<Record<'negative' | 'neutral' | 'positive', GroupSize>>;
}

/**
 * The counts of a search by day and sentiment, cut to the minimum group size like every other
 * breakdown, for the dashboard's search and `tyndau search` alike. The matching posts are listed
 * apart, redacted.
 */
export function shownSearchCounts(result: SearchResult, minGroupSize: number): ShownSearchCounts {
  const { negative, neutral, positive } = result.bySentiment;
  return {
    minGroupSize,
    total: suppressSmall(result.total, minGroupSize),
    byDay: result.byDay.map((entry) => ({ day: entry.day, posts: suppressSmall(entry.posts, minGroupSize) })),
    bySentiment: {
      negative: suppressSmall(negative, minGroupSize),
      neutral: suppressSmall(neutral, minGroupSize),
      positive: suppressSmall(positive, minGroupSize),
    },
  };
}
