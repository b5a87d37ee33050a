import type { Platform, PostKind } from '../collect/raw-post.js';

/** What an alert is about: an issue in one district (or the whole city), or a subject. */
export type AlertTarget =
  | { readonly kind: 'issue'; readonly issueId: string; readonly districtId: string }
  | { readonly kind: 'subject'; readonly subjectId: string };

export interface AlertExcerpt {
  readonly kind: PostKind;
  readonly platform: Platform;
  readonly day: string;
  readonly text: string;
  /** News only. */
  readonly outlet: string | null;
  /** News only. */
  readonly url: string | null;
}

/**
 * A confirmed rise. `spike` is many residents writing about the key; `campaign` is a rise made
 * mostly of near-identical copies of a few texts, reported as such rather than as opinion.
 */
export interface Alert {
  readonly day: string;
  readonly type: 'spike' | 'campaign';
  readonly target: AlertTarget;
  /** Dated original posts on the day. */
  readonly observed: number;
  /** Of those, distinct texts: near-identical copies count once. */
  readonly distinct: number;
  /** What the weekday baseline expected, given the day's total volume. */
  readonly expected: number;
  readonly dispersion: number;
  readonly zScore: number;
  /** Of the confirmation test on distinct texts. */
  readonly pValue: number;
  /** Posts in the largest group of near-identical copies. */
  readonly largestCopyGroup: number;
  readonly topTerms: readonly string[];
  readonly excerpts: readonly AlertExcerpt[];
}

export function targetKey(target: AlertTarget): string {
  return target.kind === 'issue' ? `issue:${target.issueId}:${target.districtId}` : `subject:${target.subjectId}`;
}
