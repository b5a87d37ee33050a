/**
 * DESIGN rule 5: no group smaller than the minimum size is shown or exported on its own.
 * A count from 1 to minGroupSize − 1 becomes null ("fewer than N"); zero stays zero.
 */
export type GroupSize = number | null;

/**
 * A count of at least the minimum hidden only so that a small count beside it cannot be worked
 * out from their total; written "x", as the export writes it.
 */
export const HIDDEN_BESIDE_SMALL = 'x';

/** A count as shown: itself, null for 1 to minGroupSize − 1, or hidden beside a small one. */
export type ShownCount = GroupSize | typeof HIDDEN_BESIDE_SMALL;

export function suppressSmall(count: number, minGroupSize: number): GroupSize {
  return count > 0 && count < minGroupSize ? null : count;
}

export interface FoldedGroups<T> {
  /** Groups of at least the minimum size, in the order given. */
  readonly shown: T[];
  /** How many groups were too small to show. */
  readonly hiddenGroups: number;
  /** Their posts added up, itself suppressed when small; meaningful only for one-label dimensions. */
  readonly hiddenPosts: GroupSize;
}

/** Splits groups into those shown and the small rest, folded into one "other". */
export function foldSmallGroups<T>(
  groups: readonly T[],
  sizeOf: (group: T) => number,
  minGroupSize: number,
): FoldedGroups<T> {
  const shown: T[] = [];
  let hiddenGroups = 0;
  let hiddenPosts = 0;
  for (const group of groups) {
    const size = sizeOf(group);
    if (size >= minGroupSize) {
      shown.push(group);
    } else if (size > 0) {
      hiddenGroups++;
      hiddenPosts += size;
    }
  }
  return { shown, hiddenGroups, hiddenPosts: suppressSmall(hiddenPosts, minGroupSize) };
}

/**
 * As `foldSmallGroups`, for groups that each post belongs to exactly one of (platform, language,
 * outlet), so that they add up to a total shown elsewhere. Folding the small ones away is then
 * not enough: their posts are that total minus the groups shown. So while the folded groups add
 * up to 1..N−1 posts, the smallest shown group is folded in too. `groups` come largest first.
 */
export function foldSmallParts<T>(
  groups: readonly T[],
  sizeOf: (group: T) => number,
  minGroupSize: number,
): FoldedGroups<T> {
  const folded = foldSmallGroups(groups, sizeOf, minGroupSize);
  const shown = [...folded.shown];
  let hiddenGroups = folded.hiddenGroups;
  let hiddenPosts = groups.reduce((sum, group) => sum + sizeOf(group), 0) -
    shown.reduce((sum, group) => sum + sizeOf(group), 0);

  while (hiddenPosts > 0 && hiddenPosts < minGroupSize && shown.length > 0) {
    hiddenPosts += sizeOf(shown.pop()!);
    hiddenGroups++;
  }
  return { shown, hiddenGroups, hiddenPosts: suppressSmall(hiddenPosts, minGroupSize) };
}

/**
 * Counts that add up to a total shown beside them (the days of a period, its news articles and
 * social posts), each as shown: the small ones hidden and, while the hidden ones add up to 1 to
 * minGroupSize − 1, the smallest shown count hidden too, as "x". A day table of 168, 168, <10
 * under a total of 340 gave the hidden day away as 4.
 */
export function suppressParts(counts: readonly number[], minGroupSize: number): ShownCount[] {
  const shown: ShownCount[] = counts.map((count) => suppressSmall(count, minGroupSize));
  let hiddenPosts = counts.reduce((sum, count, index) => sum + (shown[index] === null ? count : 0), 0);

  while (hiddenPosts > 0 && hiddenPosts < minGroupSize) {
    let smallest = -1;
    counts.forEach((count, index) => {
      const open = count > 0 && typeof shown[index] === 'number';
      if (open && (smallest < 0 || count < counts[smallest]!)) smallest = index;
    });
    if (smallest < 0) break;
    shown[smallest] = HIDDEN_BESIDE_SMALL;
    hiddenPosts += counts[smallest]!;
  }
  return shown;
}
