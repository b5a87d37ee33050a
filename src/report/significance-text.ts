import type { ShareDirection } from '../insight/period-change.js';
import type { DigestLabels } from './digest-labels.js';
import type { NumberFormat } from './number-format.js';

/** A period change's test, as the significance column of a digest table shows it. */
export interface TestedChange {
  /** False when the test did not run (no posts before); the column says "no data". */
  readonly tested: boolean;
  /** Null when it did not run, or when printing it would give a hidden count away. */
  readonly pValue: number | null;
  readonly significant: boolean;
  readonly shareDirection: ShareDirection;
}

/**
 * "significant: share rose (p = 0.018)". The test is on the share of all posts, so a significant
 * verdict names the share's direction: a count that fell 39 % while its share doubled must not
 * read as a significant drop.
 */
export function significanceText(change: TestedChange, labels: DigestLabels, format: NumberFormat): string {
  if (!change.tested) return labels.notTested;
  const verdict = change.significant ? labels.significant[change.shareDirection] : labels.notSignificant;
  if (change.pValue === null) return verdict;

  // Three decimals would print an issue new this week (0 posts before, 20 now) as "p = 0.00",
  // which reads as a probability of nothing; a p this small is given as a bound.
  return change.pValue < SMALLEST_PRINTED_P
    ? `${verdict} (p < ${format.decimal(SMALLEST_PRINTED_P)})`
    : `${verdict} (p = ${format.decimal(change.pValue)})`;
}

const SMALLEST_PRINTED_P = 0.001;
