import type { ShownCount } from '../insight/small-groups.js';

/** Days in a row under the minimum from which they are printed as one line: a week. */
const RUN_PRINTED_AS_ONE = 7;

/**
 * The lines of a search's counts by day, oldest first. Days in a row whose counts are each under
 * the minimum group size are one line: a search over two months printed forty lines of "<10"
 * and nothing else, where the dashboard draws no chart at all.
 */
export function searchDayLines(
  byDay: readonly { readonly day: string; readonly posts: ShownCount }[],
  minGroupSize: number,
): string[] {
  const lines: string[] = [];
  for (let start = 0; start < byDay.length;) {
    let end = start;
    while (byDay[start]!.posts === null && byDay[end + 1]?.posts === null) end++;

    const days = end - start + 1;
    if (days >= RUN_PRINTED_AS_ONE) {
      lines.push(`  ${byDay[start]!.day} … ${byDay[end]!.day}  <${minGroupSize} on each of ${days} days with matches`);
    } else {
      for (const { day, posts } of byDay.slice(start, end + 1)) {
        lines.push(`  ${day}  ${(posts === null ? `<${minGroupSize}` : String(posts)).padStart(6)}`);
      }
    }
    start = end + 1;
  }
  return lines;
}
