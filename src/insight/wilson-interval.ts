/** A share with its 95% confidence interval. */
export interface ShareEstimate {
  readonly share: number;
  readonly low: number;
  readonly high: number;
}

/** The normal quantile of a two-sided 95% interval. */
export const Z_95 = 1.959963984540054;

/**
 * The Wilson score interval for `count` of `total`. Unlike the textbook share ± 1.96·SE it stays
 * inside [0, 1] and does not collapse to a width of zero when a small group is all negative,
 * which is exactly the case of a district with a dozen complaints.
 */
export function wilsonInterval(count: number, total: number, z = Z_95): ShareEstimate {
  if (!Number.isInteger(count) || !Number.isInteger(total) || count < 0 || count > total) {
    throw new Error(`wilson interval: ${count} of ${total} is not a count within a total`);
  }
  // Nothing observed: every share is as plausible as any other.
  if (total === 0) return { share: 0, low: 0, high: 1 };

  const share = count / total;
  const z2 = z * z;
  const denominator = 1 + z2 / total;
  const centre = (share + z2 / (2 * total)) / denominator;
  const halfWidth = (z * Math.sqrt((share * (1 - share)) / total + z2 / (4 * total * total))) / denominator;
  // At the ends the interval touches 0 or 1 exactly; rounding would leave a 1e-17 in its place.
  const low = count === 0 ? 0 : Math.max(0, centre - halfWidth);
  const high = count === total ? 1 : Math.min(1, centre + halfWidth);
  return { share, low, high };
}
