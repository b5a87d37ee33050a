/**
 * Two-sided p-value of a standard normal statistic: P(|Z| ≥ |z|) = erfc(|z| / √2).
 */
export function twoSidedPValue(z: number): number {
  // The approximation overshoots 1 by 3e-8 at z = 0; a probability cannot.
  return Math.min(1, complementaryErrorFunction(Math.abs(z) / Math.SQRT2));
}

/**
 * erfc by the Chebyshev-fitted exponential of Numerical Recipes (relative error below 1.2e-7
 * everywhere), ample for a significance flag.
 */
export function complementaryErrorFunction(x: number): number {
  const absolute = Math.abs(x);
  const t = 1 / (1 + 0.5 * absolute);
  const polynomial = -absolute * absolute - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 +
    t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 +
    t * 0.17087277))))))));
  const value = t * Math.exp(polynomial);
  return x >= 0 ? value : 2 - value;
}
