import type { Statement } from 'better-sqlite3';

/** A post's number and the value it is ranked by, in the order an index gives them. */
interface RankedSeq {
  readonly seq: number;
  readonly rank: number;
}

/** Ranked entries read first for each post wanted; later pages grow fourfold. */
const FIRST_PAGE_PER_POST = 2;

/**
 * The first `limit` posts of a ranking read from a narrow index, in the ranking's order. Each
 * post is looked up in `posts` only when its turn comes, and kept when `post` returns a row:
 * its WHERE holds what the index cannot (text still held, an original, a source date). Reading
 * a week of one issue this way touches a few dozen post rows instead of every post of the week.
 *
 * `ranking` ends in `LIMIT ? OFFSET ?`, so that SQLite keeps only the best entries while it
 * sorts: pages are read until enough posts are found or the ranking runs out.
 */
export function firstRankedPosts<Post>(
  ranking: Statement,
  parameters: readonly unknown[],
  post: Statement,
  limit: number,
): { readonly post: Post; readonly rank: number }[] {
  const found: { post: Post; rank: number }[] = [];
  if (limit <= 0) return found;
  for (let offset = 0, page = limit * FIRST_PAGE_PER_POST; ; offset += page, page *= 4) {
    const entries = ranking.all(...parameters, page, offset) as RankedSeq[];
    for (const entry of entries) {
      const row = post.get(entry.seq) as Post | undefined;
      if (row === undefined) continue;
      found.push({ post: row, rank: entry.rank });
      if (found.length === limit) return found;
    }
    if (entries.length < page) return found;
  }
}
