/**
 * Shares of labels among posts, corrected for the classifier's measured confusion (adjusted
 * classify-and-count), with bootstrap confidence intervals.
 *
 * A classifier that calls 20% of neutral posts negative reports a negative share well above the
 * true one, and more so the more neutral posts there are. Knowing P(predicted j | true i) from a
 * labelled held-out set, the observed predicted shares q satisfy q = Mᵀ·p for the true shares p;
 * solving for p removes that bias. The interval accounts for both sources of uncertainty: which
 * posts happened to be written (the counts) and how well the confusion itself was measured.
 */
import type { ShareEstimate } from './wilson-interval.js';

/** How a classifier's predictions relate to the truth, measured on labelled held-out data. */
export interface ClassifierConfusion {
  /** Label order of both the rows (truth) and the columns (prediction). */
  readonly labels: readonly string[];
  /** `counts[truth][predicted]`: examples of each true label by the label predicted. */
  readonly counts: readonly (readonly number[])[];
  /** The held-out set the counts come from, for the methodology. */
  readonly source: string;
  /** How correcting with such a confusion fared on labelled clusters it was not measured on. */
  readonly heldOut?: HeldOutCheck;
}

/**
 * Correction checked where the truth is known: labelled clusters of posts (a subject's week, say),
 * each corrected with the confusion measured on the other clusters, as a new week would be.
 * A confusion can fit its own texts and still mislead on another period's: when it separates the
 * labels weakly, any change of its rates between periods is multiplied in the corrected share.
 */
export interface HeldOutCheck {
  /** What a cluster is, and how many were checked. */
  readonly clusters: string;
  /** Mean absolute error of the shares over clusters and labels, as classified. */
  readonly classifiedError: number;
  /** The same, corrected as `pooledShares` corrects a group alone. */
  readonly correctedError: number;
  /** Per cluster, the true share minus the classified share of each label. */
  readonly residuals: readonly (readonly number[])[];
}

/**
 * Whether correcting with `confusion` did worse than counting on held-out clusters: its groups are
 * then counted as classified, with intervals that carry the errors counting made there.
 */
export function correctionDeclined(confusion: ClassifierConfusion): boolean {
  const check = confusion.heldOut;
  return check !== undefined && check.residuals.length > 0 && check.correctedError >= check.classifiedError;
}

export interface PrevalenceOptions {
  /** Bootstrap replicates; 1000 gives stable 95% bounds to about a percentage point. */
  readonly replicates?: number;
  readonly seed?: number;
  /** Two-sided coverage of the interval. */
  readonly level?: number;
}

export interface CorrectedShares {
  readonly labels: readonly string[];
  /** The corrected share of each label with its bootstrap interval. */
  readonly shares: readonly ShareEstimate[];
  /** Predicted share of each label, as classified (classify and count). */
  readonly raw: readonly number[];
  /**
   * The observed shares lie outside, or on the edge of, what the confusion can produce: the exact
   * solution puts some true share below zero (or the confusion is singular). The clipped estimate
   * is then an artefact of the clipping, a share of exactly 0 that explains every post called so
   * as the classifier's error; it usually means the confusion was measured on other kinds of text.
   */
  readonly outOfRange: boolean;
}

const DEFAULT_REPLICATES = 1000;
const DEFAULT_SEED = 0x5eed;

/**
 * Corrects `predictedCounts` (posts per predicted label, in `confusion.labels` order) for the
 * classifier's confusion.
 */
export function correctedShares(
  predictedCounts: readonly number[],
  confusion: ClassifierConfusion,
  options: PrevalenceOptions = {},
): CorrectedShares {
  checkShapes(predictedCounts, confusion);
  const total = predictedCounts.reduce((sum, count) => sum + count, 0);
  const random = xorshift32(options.seed ?? DEFAULT_SEED);
  const replicates = options.replicates ?? DEFAULT_REPLICATES;
  const group = correctionReplicates(predictedCounts, confusion, replicates, random);

  // Nothing observed: every share is as plausible as any other.
  if (total === 0) {
    const raw = predictedCounts.map(() => 0);
    return { labels: confusion.labels, shares: raw.map(() => ({ share: 0, low: 0, high: 1 })), raw, outOfRange: false };
  }
  return {
    labels: confusion.labels,
    shares: intervals(group.point, group.samples, options.level),
    raw: predictedCounts.map((count) => count / total),
    outOfRange: group.outOfRange,
  };
}

/** Posts of one group the analysis tells apart (a language and a kind of post), as classified. */
export interface PostGroup {
  /** Posts per predicted label, in the order of the pooled labels. */
  readonly counts: readonly number[];
  /** The confusion measured for this group; without one its posts are counted as classified. */
  readonly confusion?: ClassifierConfusion;
}

export interface PooledShares extends Omit<CorrectedShares, 'outOfRange'> {
  /** Posts of groups corrected with their own measured confusion. */
  readonly correctedPosts: number;
  /** Posts of groups with no measured confusion, counted as classified. */
  readonly uncalibratedPosts: number;
  /**
   * Posts of groups whose observed shares the group's confusion cannot produce (see
   * `CorrectedShares.outOfRange`), counted as classified rather than clipped to 0%.
   */
  readonly outOfRangePosts: number;
  /**
   * Posts of groups whose correction did worse than counting on held-out clusters (see
   * `correctionDeclined`), counted as classified; their replicates add the errors counting made
   * on those clusters, so that the interval covers the classifier's bias as well as sampling.
   */
  readonly declinedPosts: number;
}

/**
 * Shares over several groups of posts: each group corrected with its own confusion (a confusion
 * measured on Russian tweets says little about Kazakh reviews or Russian news), groups without
 * one, or whose shares their confusion cannot produce, taken as classified; the groups are then
 * weighted by their posts. The bootstrap resamples each group (and its confusion) and pools the
 * replicates the same way, so the interval covers every group's uncertainty.
 */
export function pooledShares(
  labels: readonly string[],
  groups: readonly PostGroup[],
  options: PrevalenceOptions = {},
): PooledShares {
  const random = xorshift32(options.seed ?? DEFAULT_SEED);
  const replicates = options.replicates ?? DEFAULT_REPLICATES;
  const point = labels.map(() => 0);
  const samples = labels.map(() => new Float64Array(replicates));
  const raw = labels.map(() => 0);
  let total = 0;
  let correctedPosts = 0;
  let uncalibratedPosts = 0;
  let outOfRangePosts = 0;
  let declinedPosts = 0;

  for (const group of groups) {
    const posts = group.counts.reduce((sum, count) => sum + count, 0);
    if (posts === 0) continue;
    const estimate = groupEstimate(labels, group, replicates, random);
    if (group.confusion === undefined) uncalibratedPosts += posts;
    else if (estimate.declined) declinedPosts += posts;
    else if (estimate.outOfRange) outOfRangePosts += posts;
    else correctedPosts += posts;

    total += posts;
    labels.forEach((_, label) => {
      point[label]! += posts * estimate.point[label]!;
      raw[label]! += group.counts[label]!;
      for (let replicate = 0; replicate < replicates; replicate++) {
        samples[label]![replicate]! += posts * estimate.samples[label]![replicate]!;
      }
    });
  }

  if (total === 0) {
    return {
      labels, shares: labels.map(() => ({ share: 0, low: 0, high: 1 })), raw,
      correctedPosts, uncalibratedPosts, outOfRangePosts, declinedPosts,
    };
  }
  const perPost = (value: number): number => value / total;
  return {
    labels,
    shares: intervals(point.map(perPost), samples.map((row) => row.map(perPost)), options.level),
    raw: raw.map(perPost),
    correctedPosts,
    uncalibratedPosts,
    outOfRangePosts,
    declinedPosts,
  };
}

interface Replicates {
  readonly point: readonly number[];
  /** `samples[label][replicate]`. */
  readonly samples: readonly Float64Array[];
  readonly outOfRange: boolean;
  readonly declined?: boolean;
}

/** A group's corrected replicates, or its classified ones when it cannot be corrected. */
function groupEstimate(
  labels: readonly string[],
  group: PostGroup,
  replicates: number,
  random: () => number,
): Replicates {
  const confusion = group.confusion;
  if (confusion !== undefined) {
    if (confusion.labels.join() !== labels.join()) {
      throw new Error(
        `prevalence: confusion from ${confusion.source} has labels ${confusion.labels.join(', ')}; ` +
          `expected ${labels.join(', ')}`,
      );
    }
    checkShapes(group.counts, confusion);
    if (correctionDeclined(confusion)) {
      const classified = classifiedReplicates(group.counts, replicates, random);
      addResiduals(classified.samples, confusion.heldOut!.residuals, random);
      return { ...classified, outOfRange: false, declined: true };
    }
    const corrected = correctionReplicates(group.counts, confusion, replicates, random);
    if (!corrected.outOfRange) return corrected;

    // Out of range, the group is shown as classified, but its interval must not pretend that
    // counting is unbiased: half of its replicates are the corrected ones, so the interval spans
    // both readings. On held-out pseudo-weeks of news and reviews the 95% intervals held the
    // true negative share in 77 of 100 weeks with sampling alone, 93 with both.
    const classified = classifiedReplicates(group.counts, replicates, random);
    mixReplicates(classified.samples, corrected.samples, random);
    return { ...classified, outOfRange: true };
  }
  return { ...classifiedReplicates(group.counts, replicates, random), outOfRange: false };
}

/**
 * Replaces half of `into`'s replicates, drawn at random, by `other`'s: the interval then spans
 * both readings of a group that is out of range, as classified and as corrected and clipped.
 */
function mixReplicates(into: readonly Float64Array[], other: readonly Float64Array[], random: () => number): void {
  const replicates = into[0]?.length ?? 0;
  for (let replicate = 0; replicate < replicates; replicate++) {
    if (random() >= 0.5) continue;
    into.forEach((row, label) => {
      row[replicate] = other[label]![replicate]!;
    });
  }
}

/** The classified shares and multinomial resamples of them. */
function classifiedReplicates(
  counts: readonly number[],
  replicates: number,
  random: () => number,
): Omit<Replicates, 'outOfRange'> {
  const total = counts.reduce((sum, count) => sum + count, 0);
  const observed = counts.map((count) => count / total);
  const samples = counts.map(() => new Float64Array(replicates));
  const drawn = counts.map(() => 0);
  for (let replicate = 0; replicate < replicates; replicate++) {
    drawMultinomial(drawn, total, observed, random);
    drawn.forEach((count, label) => {
      samples[label]![replicate] = count / total;
    });
  }
  return { point: observed, samples };
}

/**
 * Adds to each replicate the residual of one held-out cluster drawn at random (the true shares
 * minus the classified ones there), clipped at zero and renormalised: the replicates then spread
 * as the classified share's error did on clusters the classifier was checked on.
 */
function addResiduals(
  samples: readonly Float64Array[],
  residuals: readonly (readonly number[])[],
  random: () => number,
): void {
  const replicates = samples[0]?.length ?? 0;
  const shifted = samples.map(() => 0);
  for (let replicate = 0; replicate < replicates; replicate++) {
    const residual = residuals[Math.floor(random() * residuals.length)]!;
    let sum = 0;
    samples.forEach((row, label) => {
      shifted[label] = Math.max(0, row[replicate]! + residual[label]!);
      sum += shifted[label]!;
    });
    samples.forEach((row, label) => {
      row[replicate] = sum === 0 ? row[replicate]! : shifted[label]! / sum;
    });
  }
}

/**
 * The corrected shares of one group and their bootstrap replicates, resampling both the posts
 * and the confusion counts.
 */
function correctionReplicates(
  predictedCounts: readonly number[],
  confusion: ClassifierConfusion,
  replicates: number,
  random: () => number,
): Replicates {
  const classes = confusion.labels.length;
  const total = predictedCounts.reduce((sum, count) => sum + count, 0);
  const samples = Array.from({ length: classes }, () => new Float64Array(replicates));
  if (total === 0) return { point: predictedCounts.map(() => 0), samples, outOfRange: false };

  const raw = predictedCounts.map((count) => count / total);
  const rowTotals = confusion.counts.map((row) => row.reduce((sum, count) => sum + count, 0));
  const rates = confusion.counts.map((row, truth) => row.map((count) => count / rowTotals[truth]!));
  const point = adjustedShares(raw, rates);
  // Judged on the point, not on the replicates: a confusion measured on other text usually puts
  // the observed shares just past the edge, where the noise would excuse them (the demo's news
  // and reviews against a tweet confusion: −0.5% negative, printed as 0.0%).
  const exact = unclippedShares(raw, rates);
  const outOfRange = exact === null || exact.some((share) => share < 0);

  // One set of arrays for every replicate: allocating them per draw left the garbage collector
  // more work than the draws (a week's dashboard at 1M posts, about 30 groups: 5 s, half of it
  // collecting). The arithmetic and the order of the draws are those of `adjustedShares`.
  const counts = new Array<number>(classes).fill(0);
  const observed = new Array<number>(classes).fill(0);
  const resampledRates = rates.map(() => new Array<number>(classes).fill(0));
  const system = rates.map(() => new Array<number>(classes + 1).fill(0));
  const solution = new Array<number>(classes).fill(0);
  for (let replicate = 0; replicate < replicates; replicate++) {
    drawMultinomial(counts, total, raw, random);
    for (let label = 0; label < classes; label++) observed[label] = counts[label]! / total;
    rates.forEach((row, truth) => {
      drawMultinomial(counts, rowTotals[truth]!, row, random);
      for (let label = 0; label < classes; label++) resampledRates[truth]![label] = counts[label]! / rowTotals[truth]!;
    });

    fillSystem(system, observed, resampledRates);
    if (!solveLinear(system, solution)) {
      for (let label = 0; label < classes; label++) samples[label]![replicate] = observed[label]!;
      continue;
    }
    const sum = clipAtZero(solution);
    for (let label = 0; label < classes; label++) {
      samples[label]![replicate] = sum === 0 ? observed[label]! : solution[label]! / sum;
    }
  }
  return { point, samples, outOfRange };
}

/** Point shares with bootstrap bounds at the requested coverage, widened to hold the point. */
function intervals(
  point: readonly number[],
  samples: readonly Float64Array[],
  level = 0.95,
): ShareEstimate[] {
  const tail = (1 - level) / 2;
  return point.map((share, label) => {
    const sorted = Float64Array.from(samples[label]!).sort();
    return {
      share,
      low: Math.min(share, quantile(sorted, tail)),
      high: Math.max(share, quantile(sorted, 1 - tail)),
    };
  });
}

/**
 * The true shares p with `rates`ᵀ·p = `observed`, where `rates[truth][predicted]` =
 * P(predicted | truth). A solution outside the simplex (sampling noise, or a share near 0) is
 * clipped at zero and renormalised; a singular confusion (a classifier no better than chance for
 * some label) leaves the observed shares as they are.
 */
export function adjustedShares(
  observed: readonly number[],
  rates: readonly (readonly number[])[],
): number[] {
  const solution = unclippedShares(observed, rates);
  if (solution === null) return [...observed];
  const sum = clipAtZero(solution);
  return sum === 0 ? [...observed] : solution.map((share) => share / sum);
}

/** The exact solution of `rates`ᵀ·p = `observed`, possibly outside [0, 1]; null when singular. */
function unclippedShares(
  observed: readonly number[],
  rates: readonly (readonly number[])[],
): number[] | null {
  const classes = observed.length;
  const system = Array.from({ length: classes }, () => new Array<number>(classes + 1).fill(0));
  const solution = new Array<number>(classes).fill(0);
  fillSystem(system, observed, rates);
  return solveLinear(system, solution) ? solution : null;
}

/** The augmented system of `rates`ᵀ·p = `observed`: row j is Σ_i rates[i][j]·p_i = observed_j. */
function fillSystem(system: number[][], observed: readonly number[], rates: readonly (readonly number[])[]): void {
  system.forEach((equation, predicted) => {
    rates.forEach((row, truth) => {
      equation[truth] = row[predicted]!;
    });
    equation[rates.length] = observed[predicted]!;
  });
}

/** Sets the negative shares of `solution` to zero and returns the sum of them all. */
function clipAtZero(solution: number[]): number {
  let sum = 0;
  for (let label = 0; label < solution.length; label++) {
    solution[label] = Math.max(0, solution[label]!);
    sum += solution[label]!;
  }
  return sum;
}

/** Gaussian elimination with partial pivoting on an augmented matrix; null when singular. */
function solveLinear(augmented: number[][], solution: number[]): boolean {
  const size = augmented.length;
  for (let column = 0; column < size; column++) {
    let pivot = column;
    for (let row = column + 1; row < size; row++) {
      if (Math.abs(augmented[row]![column]!) > Math.abs(augmented[pivot]![column]!)) pivot = row;
    }
    if (Math.abs(augmented[pivot]![column]!) < 1e-9) return false;
    const pivotRow = augmented[pivot]!;
    augmented[pivot] = augmented[column]!;
    augmented[column] = pivotRow;

    for (let row = 0; row < size; row++) {
      if (row === column) continue;
      const factor = augmented[row]![column]! / augmented[column]![column]!;
      for (let entry = column; entry <= size; entry++) {
        augmented[row]![entry]! -= factor * augmented[column]![entry]!;
      }
    }
  }
  augmented.forEach((row, index) => {
    solution[index] = row[size]! / row[index]!;
  });
  return true;
}

function checkShapes(predictedCounts: readonly number[], confusion: ClassifierConfusion): void {
  const classes = confusion.labels.length;
  const square =
    confusion.counts.length === classes && confusion.counts.every((row) => row.length === classes);
  if (!square || predictedCounts.length !== classes) {
    throw new Error(
      `prevalence: confusion from ${confusion.source} must be ${classes}×${classes} and the ` +
        `counts must have ${classes} entries, one per label (${confusion.labels.join(', ')})`,
    );
  }
  confusion.counts.forEach((row, truth) => {
    if (row.reduce((sum, count) => sum + count, 0) === 0) {
      throw new Error(
        `prevalence: confusion from ${confusion.source} has no examples of ` +
          `"${confusion.labels[truth]}"; it cannot correct for that label`,
      );
    }
  });
}

/** Counts of `trials` draws over `probabilities`, as a chain of binomials, written into `counts`. */
function drawMultinomial(counts: number[], trials: number, probabilities: readonly number[], random: () => number): void {
  let remaining = trials;
  let mass = 1;
  for (let label = 0; label < probabilities.length; label++) {
    const last = label === probabilities.length - 1;
    const conditional = mass <= 0 ? 0 : Math.min(1, probabilities[label]! / mass);
    const count = last ? remaining : binomial(remaining, conditional, random);
    counts[label] = count;
    remaining -= count;
    mass -= probabilities[label]!;
  }
}

/**
 * A binomial draw: exact for small counts; for large ones a Poisson draw when successes (or
 * failures) are rare and a rounded normal draw otherwise. The approximations agree with the
 * exact draw to well within the bootstrap's own noise, and an exact draw would cost a loop per
 * post.
 */
function binomial(trials: number, probability: number, random: () => number): number {
  if (probability <= 0 || trials === 0) return 0;
  if (probability >= 1) return trials;
  const mean = trials * probability;
  if (trials < 60) {
    let successes = 0;
    for (let trial = 0; trial < trials; trial++) if (random() < probability) successes++;
    return successes;
  }
  if (mean < 15) return Math.min(trials, poisson(mean, random));
  if (trials - mean < 15) return Math.max(0, trials - poisson(trials - mean, random));

  const deviation = Math.sqrt(mean * (1 - probability));
  const normal = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  return Math.min(trials, Math.max(0, Math.round(mean + deviation * normal)));
}

/** Knuth's multiplication method; only called with small means. */
function poisson(mean: number, random: () => number): number {
  const limit = Math.exp(-mean);
  let product = random();
  let count = 0;
  while (product > limit) {
    product *= random();
    count++;
  }
  return count;
}

function quantile(sorted: Float64Array, probability: number): number {
  const position = probability * (sorted.length - 1);
  const below = Math.floor(position);
  const above = Math.min(sorted.length - 1, below + 1);
  return sorted[below]! + (sorted[above]! - sorted[below]!) * (position - below);
}

/** A small seeded generator, so that the same counts always give the same interval. */
function xorshift32(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state / 4294967296;
  };
}
