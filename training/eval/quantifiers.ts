/**
 * Estimators of the share of one class (here: negative) in a group of posts, from a classifier's
 * calibrated probability of that class per post and a labelled reference set scored the same way
 * (held out from the classifier's training). Evaluation code: each is measured against the gold
 * share of groups whose labels are known, and the product's correction is chosen by such figures.
 *
 * - classify and count (CC): the share called negative;
 * - adjusted classify and count (ACC): CC corrected by the reference's true and false positive
 *   rates, (q − fpr) / (tpr − fpr);
 * - probabilistic CC and ACC (PCC, PACC): the same with mean probabilities instead of counts;
 * - EM prior adjustment (Saerens, Latinne and Decaestecker 2002): reweights the posteriors by the
 *   ratio of the group's prior to the reference's until the prior is their mean;
 * - HDy (González-Castro, Alaiz-Rodríguez and Alegre 2013): the mixture of the reference's
 *   negative and other score histograms closest in Hellinger distance to the group's;
 * - median sweep (Forman 2008): the median of ACC over thresholds where tpr − fpr > 1/4.
 */

export interface QuantifierReference {
  /** Calibrated P(negative) of each reference post. */
  readonly probabilities: readonly number[];
  readonly isNegative: readonly boolean[];
}

export type Quantifier = (probabilities: readonly number[]) => number;

const clip = (share: number): number => Math.min(1, Math.max(0, share));

function shareAtLeast(probabilities: readonly number[], threshold: number): number {
  let count = 0;
  for (const probability of probabilities) if (probability >= threshold) count++;
  return count / Math.max(1, probabilities.length);
}

function positiveRates(reference: QuantifierReference, threshold: number): { tpr: number; fpr: number } {
  let truePositives = 0;
  let negatives = 0;
  let falsePositives = 0;
  let others = 0;
  reference.probabilities.forEach((probability, index) => {
    if (reference.isNegative[index]) {
      negatives++;
      if (probability >= threshold) truePositives++;
    } else {
      others++;
      if (probability >= threshold) falsePositives++;
    }
  });
  return { tpr: truePositives / Math.max(1, negatives), fpr: falsePositives / Math.max(1, others) };
}

function adjusted(observed: number, tpr: number, fpr: number): number {
  return tpr - fpr > 1e-9 ? clip((observed - fpr) / (tpr - fpr)) : clip(observed);
}

function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length);
}

/** Every estimator, by its short name, with the reference fixed. */
export function quantifiers(
  reference: QuantifierReference,
  /** The probability at which a post is called negative (the classifier's own decision). */
  decision: number,
): Record<string, Quantifier> {
  const rates = positiveRates(reference, decision);
  const negativeMean = mean(reference.probabilities.filter((_, index) => reference.isNegative[index]));
  const otherMean = mean(reference.probabilities.filter((_, index) => !reference.isNegative[index]));
  const prior = mean(reference.isNegative.map((negative) => (negative ? 1 : 0)));
  return {
    CC: (probabilities) => shareAtLeast(probabilities, decision),
    ACC: (probabilities) => adjusted(shareAtLeast(probabilities, decision), rates.tpr, rates.fpr),
    PCC: (probabilities) => mean(probabilities),
    PACC: (probabilities) => adjusted(mean(probabilities), negativeMean, otherMean),
    EM: (probabilities) => emPrior(probabilities, prior),
    HDy: (probabilities) => hellingerMixture(probabilities, reference),
    MS: (probabilities) => medianSweep(probabilities, reference),
  };
}

function emPrior(probabilities: readonly number[], referencePrior: number): number {
  let prior = referencePrior;
  for (let iteration = 0; iteration < 1000; iteration++) {
    let sum = 0;
    for (const probability of probabilities) {
      const negative = (probability * prior) / referencePrior;
      const other = ((1 - probability) * (1 - prior)) / (1 - referencePrior);
      sum += negative / (negative + other);
    }
    const next = sum / Math.max(1, probabilities.length);
    const moved = Math.abs(next - prior);
    prior = next;
    if (moved < 1e-7) break;
  }
  return prior;
}

const HISTOGRAM_BINS = 10;

function histogram(values: readonly number[]): Float64Array {
  const shares = new Float64Array(HISTOGRAM_BINS);
  for (const value of values) shares[Math.min(HISTOGRAM_BINS - 1, Math.floor(value * HISTOGRAM_BINS))]! += 1;
  return shares.map((count) => count / Math.max(1, values.length));
}

function hellingerMixture(probabilities: readonly number[], reference: QuantifierReference): number {
  const negative = histogram(reference.probabilities.filter((_, index) => reference.isNegative[index]));
  const other = histogram(reference.probabilities.filter((_, index) => !reference.isNegative[index]));
  const observed = histogram(probabilities);
  let best = 0;
  let bestAffinity = -Infinity;
  // The mixture closest in Hellinger distance is the one of largest Bhattacharyya affinity.
  for (let step = 0; step <= 200; step++) {
    const share = step / 200;
    let affinity = 0;
    for (let bin = 0; bin < HISTOGRAM_BINS; bin++) {
      affinity += Math.sqrt((share * negative[bin]! + (1 - share) * other[bin]!) * observed[bin]!);
    }
    if (affinity > bestAffinity) {
      bestAffinity = affinity;
      best = share;
    }
  }
  return best;
}

function medianSweep(probabilities: readonly number[], reference: QuantifierReference): number {
  const estimates: number[] = [];
  for (let step = 5; step <= 95; step++) {
    const threshold = step / 100;
    const { tpr, fpr } = positiveRates(reference, threshold);
    if (tpr - fpr > 0.25) estimates.push(adjusted(shareAtLeast(probabilities, threshold), tpr, fpr));
  }
  if (estimates.length === 0) return mean(probabilities);
  estimates.sort((left, right) => left - right);
  const middle = estimates.length >> 1;
  return estimates.length % 2 === 1 ? estimates[middle]! : (estimates[middle - 1]! + estimates[middle]!) / 2;
}

/**
 * Platt scaling: P(negative) = 1 / (1 + exp(−(a·score + b))), fitted to the reference's labels
 * by Newton's method on the log-likelihood.
 */
export function plattScaling(scores: readonly number[], isNegative: readonly boolean[]): (score: number) => number {
  let slope = 0;
  let intercept = 0;
  for (let iteration = 0; iteration < 100; iteration++) {
    let gradientSlope = 0;
    let gradientIntercept = 0;
    let hessianSlope = 0;
    let hessianCross = 0;
    let hessianIntercept = 0;
    scores.forEach((score, index) => {
      const probability = 1 / (1 + Math.exp(-(slope * score + intercept)));
      const residual = probability - (isNegative[index] ? 1 : 0);
      const weight = probability * (1 - probability) + 1e-9;
      gradientSlope += residual * score;
      gradientIntercept += residual;
      hessianSlope += weight * score * score;
      hessianCross += weight * score;
      hessianIntercept += weight;
    });
    const determinant = hessianSlope * hessianIntercept - hessianCross * hessianCross;
    if (Math.abs(determinant) < 1e-12) break;
    const stepSlope = (hessianIntercept * gradientSlope - hessianCross * gradientIntercept) / determinant;
    const stepIntercept = (hessianSlope * gradientIntercept - hessianCross * gradientSlope) / determinant;
    slope -= stepSlope;
    intercept -= stepIntercept;
    if (Math.abs(stepSlope) + Math.abs(stepIntercept) < 1e-10) break;
  }
  return (score) => 1 / (1 + Math.exp(-(slope * score + intercept)));
}
