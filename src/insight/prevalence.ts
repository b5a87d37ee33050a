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
  const classes = confusion.labels.length;
  checkShapes(predictedCounts, confusion);

  const total = predictedCounts.reduce((sum, count) => sum + count, 0);
  const raw = predictedCounts.map((count) => (total === 0 ? 0 : count / total));
  // Nothing observed: every share is as plausible as any other.
  if (total === 0) {
    return { labels: confusion.labels, shares: raw.map(() => ({ share: 0, low: 0, high: 1 })), raw };
  }

  const rowTotals = confusion.counts.map((row) => row.reduce((sum, count) => sum + count, 0));
  const rates = confusion.counts.map((row, truth) => row.map((count) => count / rowTotals[truth]!));
  const point = adjustedShares(raw, rates);

  const random = xorshift32(options.seed ?? DEFAULT_SEED);
  const replicates = options.replicates ?? DEFAULT_REPLICATES;
  const samples = Array.from({ length: classes }, () => new Float64Array(replicates));
  for (let replicate = 0; replicate < replicates; replicate++) {
    const observed = multinomial(total, raw, random).map((count) => count / total);
    const resampledRates = rates.map((row, truth) =>
      multinomial(rowTotals[truth]!, row, random).map((count) => count / rowTotals[truth]!),
    );
    const shares = adjustedShares(observed, resampledRates);
    for (let label = 0; label < classes; label++) samples[label]![replicate] = shares[label]!;
  }

  const tail = (1 - (options.level ?? 0.95)) / 2;
  const shares = point.map((share, label) => {
    const sorted = samples[label]!.sort();
    return {
      share,
      low: Math.min(share, quantile(sorted, tail)),
      high: Math.max(share, quantile(sorted, 1 - tail)),
    };
  });
  return { labels: confusion.labels, shares, raw };
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
  const classes = observed.length;
  // Row j of the system: Σ_i rates[i][j]·p_i = observed_j.
  const system = Array.from({ length: classes }, (_, predicted) => [
    ...rates.map((row) => row[predicted]!),
    observed[predicted]!,
  ]);
  const solution = solveLinear(system);
  if (solution === null) return [...observed];

  const clipped = solution.map((share) => Math.max(0, share));
  const sum = clipped.reduce((total, share) => total + share, 0);
  return sum === 0 ? [...observed] : clipped.map((share) => share / sum);
}

/** Gaussian elimination with partial pivoting on an augmented matrix; null when singular. */
function solveLinear(augmented: number[][]): number[] | null {
  const size = augmented.length;
  for (let column = 0; column < size; column++) {
    let pivot = column;
    for (let row = column + 1; row < size; row++) {
      if (Math.abs(augmented[row]![column]!) > Math.abs(augmented[pivot]![column]!)) pivot = row;
    }
    if (Math.abs(augmented[pivot]![column]!) < 1e-9) return null;
    [augmented[column], augmented[pivot]] = [augmented[pivot]!, augmented[column]!];

    for (let row = 0; row < size; row++) {
      if (row === column) continue;
      const factor = augmented[row]![column]! / augmented[column]![column]!;
      for (let entry = column; entry <= size; entry++) {
        augmented[row]![entry]! -= factor * augmented[column]![entry]!;
      }
    }
  }
  return augmented.map((row, index) => row[size]! / row[index]!);
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

/** Counts of `trials` draws over `probabilities`, as a chain of binomials. */
function multinomial(trials: number, probabilities: readonly number[], random: () => number): number[] {
  const counts: number[] = [];
  let remaining = trials;
  let mass = 1;
  for (let label = 0; label < probabilities.length; label++) {
    const last = label === probabilities.length - 1;
    const conditional = mass <= 0 ? 0 : Math.min(1, probabilities[label]! / mass);
    const count = last ? remaining : binomial(remaining, conditional, random);
    counts.push(count);
    remaining -= count;
    mass -= probabilities[label]!;
  }
  return counts;
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
