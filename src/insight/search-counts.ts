import type { SentimentLabel } from '../analyze/analysis.js';
import { namesField, type Query } from '../query/index.js';
import type { SearchHit, SearchResult } from '../store/store.js';
import { searchWeeks } from './search-weeks.js';
import { suppressParts, suppressSmall, type GroupSize, type ShownCount } from './small-groups.js';

/** A hit as shown: a news article's without its sentiment, which would stand beside its outlet. */
export type ShownSearchHit = Omit<SearchHit, 'sentiment'> & { readonly sentiment: SentimentLabel | null };

/**
 * A search's counts and hits as they may be shown: each count under the minimum hidden (null),
 * and a count beside it hidden too ('x') while the hidden ones could be worked out from the total.
 */
export interface ShownSearch {
  readonly minGroupSize: number;
  readonly total: GroupSize;
  readonly byDay: readonly { readonly day: string; readonly posts: ShownCount }[];
  /**
   * Counts by week (src/insight/search-weeks.ts), given only while no day's count is shown: a
   * week shown beside a shown day of it would give the hidden rest of that week away.
   */
  readonly byWeek: readonly { readonly week: string; readonly posts: ShownCount }[] | null;
  /** Null for a query that names an outlet. */
  readonly bySentiment: Readonly<Record<SentimentLabel, ShownCount>> | null;
  readonly hits: readonly ShownSearchHit[];
}

/**
 * A search as the dashboard's search and `tyndau search` show it. Counts by day and sentiment are
 * cut to the minimum group size like every other breakdown; the matching posts are listed apart,
 * redacted. Sentiment is never given beside a news outlet (DESIGN rule 8, as on the outlets page):
 * a query naming an outlet gets no counts by sentiment, and an article's hit no sentiment, or
 * 'outlet:Vlast.kz subject:mayor' and the pages of its hits sorted the press by how it writes
 * about the mayor.
 */
// LIMITATION: a query that finds one outlet's articles by their words rather than by outlet: (its
// name or a sign-off printed in every article) still gets counts by sentiment; only the filter is
// known to single an outlet out.
//
// The days and the sentiments each add up to the total shown above them, so they are held to the
// minimum as parts of it: 16 matches over a day of 14 and a day of <10 gave the small day away as
// 2, and 'negative 10, neutral <10, positive 0' under 16 gave neutral away as 6.
export function shownSearch(result: SearchResult, query: Query, minGroupSize: number, lastDay?: string): ShownSearch {
  const { negative, neutral, positive } = result.bySentiment;
  const days = suppressParts(result.byDay.map((entry) => entry.posts), minGroupSize);
  const weeks = searchWeeks(result.byDay, lastDay);
  const shownWeeks = suppressParts(weeks.map((entry) => entry.posts), minGroupSize);
  const [shownNegative, shownNeutral, shownPositive] = suppressParts([negative, neutral, positive], minGroupSize);
  return {
    minGroupSize,
    total: suppressSmall(result.total, minGroupSize),
    byDay: result.byDay.map((entry, index) => ({ day: entry.day, posts: days[index]! })),
    byWeek: days.some((posts) => typeof posts === 'number')
      ? null
      : weeks.map((entry, index) => ({ week: entry.week, posts: shownWeeks[index]! })),
    bySentiment: namesField(query.root, 'outlet') ? null : {
      negative: shownNegative!,
      neutral: shownNeutral!,
      positive: shownPositive!,
    },
    hits: result.hits.map((hit) => (hit.kind === 'article' ? { ...hit, sentiment: null } : hit)),
  };
}
