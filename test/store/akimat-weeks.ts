import type { StoredItem } from '../../src/store/store.js';
import { makeItem } from './make-post.js';

/** `negative` of `count` posts about the akimat on `day`, the rest positive. */
function posts(day: string, count: number, negative: number): StoredItem[] {
  return Array.from({ length: count }, (_, index) => makeItem(
    { nativeId: `${day}-${index}`, text: `Акимат, пост ${index}`, publishedAt: `${day}T06:00:00Z` },
    { subjects: { akimat: index < negative ? 'negative' : 'positive' } },
  ));
}

/**
 * Posts about the akimat in three weeks: 20 (15 negative) in the week of 2026-11-10, 4 (all
 * negative) in that of 11-17, and 12 (3 negative) in the period 2026-11-24 … 11-30.
 */
export function akimatWeeks(): StoredItem[] {
  return [...posts('2026-11-10', 20, 15), ...posts('2026-11-18', 4, 4), ...posts('2026-11-26', 12, 3)];
}
