import type { SentimentLabel } from '../analyze/analysis.js';
import { namesField, type Query } from '../query/index.js';
import type { SearchHit, SearchResult } from '../store/store.js';
import { suppressSmall, type GroupSize } from './small-groups.js';

/** A hit as shown: a news article's without its sentiment, which would stand beside its outlet. */
export type ShownSearchHit = Omit<SearchHit, 'sentiment'> & { readonly sentiment: SentimentLabel | null };

/** A search's counts and hits as they may be shown: each count under the minimum hidden (null). */
export interface ShownSearch {
  readonly minGroupSize: number;
  readonly total: GroupSize;
  readonly byDay: readonly { readonly day: string; readonly posts: GroupSize }[];
  /** Null for a query that names an outlet. */
  readonly bySentiment: Readonly<Record<SentimentLabel, GroupSize>> | null;
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
export function shownSearch(result: SearchResult, query: Query, minGroupSize: number): ShownSearch {
  const { negative, neutral, positive } = result.bySentiment;
  return {
    minGroupSize,
    total: suppressSmall(result.total, minGroupSize),
    byDay: result.byDay.map((entry) => ({ day: entry.day, posts: suppressSmall(entry.posts, minGroupSize) })),
    bySentiment: namesField(query.root, 'outlet') ? null : {
      negative: suppressSmall(negative, minGroupSize),
      neutral: suppressSmall(neutral, minGroupSize),
      positive: suppressSmall(positive, minGroupSize),
    },
    hits: result.hits.map((hit) => (hit.kind === 'article' ? { ...hit, sentiment: null } : hit)),
  };
}
