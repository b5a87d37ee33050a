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
 * `count` kill points over a run that made the requests `paths` (in order) and `commits`
 * commits: the arrival of the first and the last request of each kind (the robots.txt, the feed,
 * the first and last article page, each Telegram page, the VK call: article pages in between
 * leave the run in the same state), every commit, and the rest after random answers or commits,
 * all in random order.
 */
export function chooseKillPoints(count: number, paths: readonly string[], commits: number, random: () => number): KillPoint[] {
  const pick = (n: number): number => 1 + Math.floor(random() * n);
  const delay = (): number => Math.floor(random() * (MAX_DELAY_MS + 1));
  const kinds = paths.map((path) => path.replace(/\?.*$/, '').replace(/\d+$/, ''));
  const edges = kinds.flatMap((kind, index) => (kind !== kinds[index - 1] || kind !== kinds[index + 1] ? [index + 1] : []));
  const everyPoint: KillPoint[] = [
    ...edges.map((request): KillPoint => ({ on: 'arrival', request })),
    ...Array.from({ length: commits }, (_, index): KillPoint => ({ on: 'commit', commit: index + 1, delayMs: delay() })),
  ];
  const points = everyPoint.slice(0, count);
  while (points.length < count) {
    points.push(random() < 0.7
      ? { on: 'answer', request: pick(paths.length), delayMs: delay() }
      : { on: 'commit', commit: pick(commits), delayMs: delay() });
  }
  for (let index = points.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [points[index], points[other]] = [points[other]!, points[index]!];
  }
  return points;
}
