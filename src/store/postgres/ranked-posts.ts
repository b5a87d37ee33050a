/**
 * Excerpt candidates read in ranking order from a narrow table (`post_issues`, `post_agencies`)
 * that repeats each post's day and publication time: the ranking is sorted from that table's
 * index alone, and a post row is read only while fewer than `limit` have passed what the
 * ranking cannot tell (text still held, an original). A week of one issue at ten million posts
 * is thousands of index entries, but only a few dozen post rows.
 */
import type { Platform, PostKind } from '../../collect/raw-post.js';
import type { ExcerptCandidate } from '../store.js';

export interface CandidateRow {
  kind: PostKind; platform: Platform; day: string; outlet: string | null; url: string | null;
  title: string | null; text: string; normalised: string; rank: number;
}

/** How a ranking orders its rows, first to last, every column descending. */
export type RankOrder = readonly ('rank' | 'day' | 'published_at' | 'post_seq')[];

/** Highest rank first, then newest. */
export const BY_RANK: RankOrder = ['rank', 'published_at', 'post_seq'];

/** Newest first; a post's day follows its time, and leads so that a day-led index serves it. */
export const NEWEST_FIRST: RankOrder = ['day', 'published_at', 'post_seq'];

/**
 * The query over `ranking`, which selects `post_seq, day, rank, published_at` and names its own
 * parameters; `limit` is the parameter that holds the limit, `also` what a post must be besides
 * an original that still has its text.
 *
 * `OFFSET 0` keeps the post lookup a subquery run once per ranked row, the partition chosen by
 * that row's day. Without it the planner may join the whole ranking to every partition of
 * `posts` at once: 700 ms instead of 3 for a week of one issue at two million posts. The order
 * is given only outside, with the limit, so that the planner may read it straight from an index
 * and stop early (a quarter of one issue: 35 ms sorted, under 1 ms in index order).
 */
export function rankedPostsSql(ranking: string, order: RankOrder = BY_RANK, limit = '$4', also = 'TRUE'): string {
  const descending = order.map((column) => `r.${column} DESC`).join(', ');
  return `SELECT p.kind, p.platform, p.day, p.outlet, p.url, p.title, p.text, p.normalised, r.rank
    FROM (${ranking}) r
    CROSS JOIN LATERAL (SELECT * FROM posts p WHERE p.day = r.day AND p.seq = r.post_seq
      AND p.text IS NOT NULL AND p.amplifies_id IS NULL AND ${also} OFFSET 0) p
    ORDER BY ${descending}
    LIMIT ${limit}`;
}

/** What an excerpt's post must be besides an original with its text: not set aside as about other places. */
export function excerptPosts(setAsideElsewhere: boolean): string {
  return setAsideElsewhere ? "p.scope IS DISTINCT FROM 'elsewhere'" : 'TRUE';
}

export function candidateOf(row: CandidateRow): ExcerptCandidate {
  // Social posts show no outlet or address (DESIGN rule 3), whatever a row holds.
  const article = row.kind === 'article';
  return {
    kind: row.kind, platform: row.platform, day: row.day,
    outlet: article ? row.outlet : null, url: article ? row.url : null,
    title: row.title, text: row.text, normalised: row.normalised, issueScore: row.rank,
  };
}
