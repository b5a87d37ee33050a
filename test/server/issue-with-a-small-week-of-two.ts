/**
 * Education over the fortnight the demo store had (2025-10-01 to 2025-10-14): 9 posts in the
 * first week and 34 in the second, 43 in all. Asked for those 14 days, the issues page shows
 * the 43 in its ranking and the two weeks in its trend.
 */
import type { StoredItem } from '../../src/store/store.js';
import { makeItem } from '../store/make-post.js';

export const FORTNIGHT = { from: '2025-10-01', to: '2025-10-14' };

export function issueWithASmallWeekOfTwo(): StoredItem[] {
  const post = (index: number, day: string) => makeItem(
    { nativeId: `school-${index}`, text: `В школе нет мест ${index}`, publishedAt: `${day}T06:00:00Z` },
    { issues: ['education'] },
  );
  return [
    ...Array.from({ length: 9 }, (_, index) => post(index, '2025-10-03')),
    ...Array.from({ length: 34 }, (_, index) => post(100 + index, `2025-10-${String(8 + (index % 7)).padStart(2, '0')}`)),
  ];
}
