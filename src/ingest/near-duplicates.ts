import { hammingDistance, simhash } from '../analyze/duplicates/simhash.js';
import type { PrivacyGate } from '../privacy/gate.js';
import type { Post } from '../privacy/post.js';
import type { CollectionLedger, Fingerprint } from '../store/collection-ledger.js';

/** Fingerprints this close are one text: 3 of 64 bits, the usual bound for near-duplicate pages. */
export const NEAR_DUPLICATE_BITS = 3;
const DAY_MS = 86_400_000;

export interface GroupedPosts {
  readonly posts: Post[];
  readonly fingerprints: Fingerprint[];
  /** Posts marked as near duplicates of an earlier one in this run. */
  readonly marked: number;
}

/**
 * Groups syndicated copies and re-typed reposts with the first post of their text: a post whose
 * fingerprint is within a few bits of a stored or earlier post's, published within `windowDays`,
 * becomes an amplification of that group's original. It is stored and counted as amplification,
 * so a copy-paste wave weighs as one opinion with its reach kept.
 */
export function groupNearDuplicates(
  posts: readonly Post[],
  ledger: CollectionLedger,
  gate: PrivacyGate,
  windowDays: number,
): GroupedPosts {
  const local: Fingerprint[] = [];
  const result: Post[] = [];
  let marked = 0;

  for (const post of posts) {
    // The text alone: a repost of an article carries its body, seldom its headline.
    const hash = simhash(post.text);
    if (hash === undefined || ledger.hasPost(post.id)) {
      result.push(post);
      continue;
    }
    const since = new Date(post.publishedAt.getTime() - windowDays * DAY_MS);
    const match = [...ledger.findFingerprints(hash, since), ...local].find(
      (candidate) => candidate.postId !== post.id && hammingDistance(candidate.simhash, hash) <= NEAR_DUPLICATE_BITS,
    );
    const grouped = match ? gate.asAmplificationOf(post, match.originalId) : post;
    if (grouped !== post) marked++;
    result.push(grouped);
    local.push({
      postId: post.id,
      simhash: hash,
      publishedAt: post.publishedAt,
      originalId: grouped.amplifiesId ?? post.id,
    });
  }
  return { posts: result, fingerprints: local, marked };
}
