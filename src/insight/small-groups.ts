/**
 * DESIGN rule 5: no group smaller than the minimum size is shown or exported on its own.
 * A count from 1 to minGroupSize − 1 becomes null ("fewer than N"); zero stays zero.
 */
export type GroupSize = number | null;

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
