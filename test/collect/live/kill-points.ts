/**
 * Where the crash test kills a collection run, chosen by its progress rather than by wall time:
 * on the arrival of its n-th request (before the answer), some milliseconds after the n-th
 * answer (while it parses, gates, analyses or commits), or just after its n-th source commit.
 * Progress points do not drift with load: a slow start under a busy machine still ends in the
 * moment chosen, where a random delay after spawning mostly lands in the start.
 */
export type KillPoint =
  | { readonly on: 'arrival'; readonly request: number }
  | { readonly on: 'answer'; readonly request: number; readonly delayMs: number }
  | { readonly on: 'commit'; readonly commit: number; readonly delayMs: number };

/** Longest wait after an answer or commit before the kill. */
const MAX_DELAY_MS = 25;

export function describeKillPoint(point: KillPoint): string {
  switch (point.on) {
    case 'arrival':
      return `on the arrival of request ${point.request}`;
    case 'answer':
      return `${point.delayMs} ms after the answer to request ${point.request}`;
    case 'commit':
      return `${point.delayMs} ms after commit ${point.commit}`;
  }
}

/** A small seeded generator (mulberry32), so that a failing sequence can be run again. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * `count` kill points over a run of `requests` requests and `commits` commits: every request
 * arrival and every commit once (when `count` allows), the rest at random, all in random order.
 */
export function chooseKillPoints(count: number, requests: number, commits: number, random: () => number): KillPoint[] {
  const pick = (n: number): number => 1 + Math.floor(random() * n);
  const delay = (): number => Math.floor(random() * (MAX_DELAY_MS + 1));
  const everyPoint: KillPoint[] = [
    ...Array.from({ length: requests }, (_, index): KillPoint => ({ on: 'arrival', request: index + 1 })),
    ...Array.from({ length: commits }, (_, index): KillPoint => ({ on: 'commit', commit: index + 1, delayMs: delay() })),
  ];
  const points = everyPoint.slice(0, count);
  while (points.length < count) {
    points.push(random() < 0.7
      ? { on: 'answer', request: pick(requests), delayMs: delay() }
      : { on: 'commit', commit: pick(commits), delayMs: delay() });
  }
  for (let index = points.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [points[index], points[other]] = [points[other]!, points[index]!];
  }
  return points;
}
