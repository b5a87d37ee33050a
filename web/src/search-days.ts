/** format.ts's ShownCount, written out: importing format.ts would bring the DOM into Node tests. */
type ShownCount = number | null | 'x';

/** The search answer's counts by day as a chart reads them. */
export interface SearchDays {
  readonly days: readonly string[];
  readonly posts: readonly ShownCount[];
  /** Every day with matches has fewer than the minimum group size: a chart would be empty. */
  readonly allHidden: boolean;
}

const DAY_MS = 86_400_000;

/**
 * Every day from the first match to the last, a day without matches counted 0. The store lists
 * only the days with matches, and a chart of those alone drew 16 and 21 November side by side,
 * a quiet stretch folded away. Free of the DOM, so that tests can run it in Node.
 */
export function searchDays(byDay: readonly { day: string; posts: ShownCount }[]): SearchDays {
  const counts = new Map(byDay.map((entry) => [entry.day, entry.posts]));
  const sorted = [...counts.keys()].sort();
  const days: string[] = [];
  if (sorted.length > 0) {
    const last = Date.parse(`${sorted.at(-1)!}T00:00:00Z`);
    for (let time = Date.parse(`${sorted[0]!}T00:00:00Z`); time <= last; time += DAY_MS) {
      days.push(new Date(time).toISOString().slice(0, 10));
    }
  }
  return {
    days,
    // A hidden count is null and must stay null: `?? 0` would show it as none.
    posts: days.map((day) => (counts.has(day) ? counts.get(day)! : 0)),
    allHidden: byDay.length > 0 && byDay.every((entry) => entry.posts === null),
  };
}
