import type { PostKind } from '../collect/raw-post.js';

const DAY_MS = 86_400_000;

/**
 * Whether a post's text has outlived the project's retention limit. Only social posts expire:
 * news articles are the press's public record and keep their text. Analysis results and
 * aggregates are not affected by this; the caller drops only the text.
 */
export function isPastRetention(
  post: { readonly kind: PostKind; readonly publishedAt: Date },
  now: Date,
  days: number,
): boolean {
  if (!Number.isFinite(days) || days < 0) {
    throw new Error(`retention: ${days} is not a number of days; use a whole number of 0 or more`);
  }
  if (post.kind !== 'social') return false;
  return now.getTime() - post.publishedAt.getTime() > days * DAY_MS;
}
