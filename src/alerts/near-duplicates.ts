/**
 * Groups posts that say the same thing in nearly the same words: the copy-paste campaign case,
 * where one text is posted many times with small edits (an added emoji, a changed name, a
 * different closing line). Posts are compared by their sets of three-word shingles.
 */
import { tokenise } from '../text/tokenise.js';

export interface CopyGroups {
  /** Posts in each group, largest group first; a post with no copies is a group of one. */
  readonly sizes: readonly number[];
  /** Index of the group each post fell into, in input order. */
  readonly groupOf: readonly number[];
}

/** Shingle sets this similar (Jaccard) are one text. */
const SAME_TEXT = 0.6;
const SHINGLE_WORDS = 3;

// LIMITATION: greedy single pass against each group's first post, O(posts × groups); fine for
// the few thousand posts of one key on one day, too slow for a whole corpus (MinHash would be
// the next step).
export function groupCopies(normalisedTexts: readonly string[]): CopyGroups {
  const representatives: Set<string>[] = [];
  const sizes: number[] = [];
  const groupOf: number[] = [];

  for (const text of normalisedTexts) {
    const shingles = shinglesOf(text);
    let group = representatives.findIndex((other) => jaccard(shingles, other) >= SAME_TEXT);
    if (group === -1) {
      group = representatives.length;
      representatives.push(shingles);
      sizes.push(0);
    }
    sizes[group]!++;
    groupOf.push(group);
  }

  const order = sizes.map((_, index) => index).sort((a, b) => sizes[b]! - sizes[a]! || a - b);
  const rank = new Map(order.map((group, position) => [group, position]));
  return {
    sizes: order.map((group) => sizes[group]!),
    groupOf: groupOf.map((group) => rank.get(group)!),
  };
}

function shinglesOf(text: string): Set<string> {
  const words = tokenise(text).map((token) => token.text);
  const shingles = new Set<string>();
  if (words.length < SHINGLE_WORDS) {
    shingles.add(words.join(' '));
    return shingles;
  }
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) {
    shingles.add(words.slice(i, i + SHINGLE_WORDS).join(' '));
  }
  return shingles;
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const shingle of small) if (large.has(shingle)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 1 : shared / union;
}
