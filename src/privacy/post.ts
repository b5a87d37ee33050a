import type { Platform, PostKind } from '../collect/raw-post.js';

declare const gated: unique symbol;

/**
 * A post that has passed the privacy gate: identities dropped, ids hashed, personal data redacted,
 * social posts coarsened. The brand makes `src/privacy/gate.ts` the only place that can build one.
 */
export interface Post {
  readonly [gated]: true;
  /** HMAC(project secret, platform + ':' + native id), hex. Enough to de-duplicate, useless to look up. */
  readonly id: string;
  /**
   * Keyed hashes of the same post's other native ids (another format's key for it), looked up
   * beside `id` when storing; never the same as `id`.
   */
  readonly aliases: readonly string[];
  readonly kind: PostKind;
  readonly platform: Platform;
  /** News only. */
  readonly outlet: string | null;
  /** News only. */
  readonly url: string | null;
  /** Exact for news; rounded down to the hour for social posts. */
  readonly publishedAt: Date;
  /** 'source' when the input carried a date; 'first-seen' when tyndau assigned the import time. */
  readonly dateSource: 'source' | 'first-seen';
  /** Redacted title (news), or null. */
  readonly title: string | null;
  /** Redacted text. */
  readonly text: string;
  /** Keyed hash of the post this one amplifies (repost, forward), or null for an original. */
  readonly amplifiesId: string | null;
  /** Keyed hash of the post or video a comment answers, or null. */
  readonly parentId: string | null;
  readonly declaredLanguage: string | null;
  /** Counts of what redaction replaced, by kind (phone, email, iin, card, handle, link, name). */
  readonly redactions: Readonly<Record<string, number>>;
}
