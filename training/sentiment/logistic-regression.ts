import { seededRandom, shuffle } from './random.js';

/** Examples as hashed feature indices, ready for training. */
export interface FeaturisedSet {
  readonly features: readonly Int32Array[];
  readonly labels: Uint8Array;
  /** Per-example weight (class balancing). */
  readonly weights: Float32Array;
}

export interface TrainingOptions {
  readonly classes: number;
  readonly bucketBits: number;
  readonly epochs: number;
  readonly learningRate: number;
  /** L2 penalty, applied to the weights an example touches (lazy, as hashed SGD does). */
  readonly l2: number;
  readonly seed: number;
  /** Called after each epoch with the weights so far (which it must not change). */
  readonly afterEpoch?: (weights: Float32Array, bias: Float64Array, epoch: number) => void;
}

export interface TrainedWeights {
  /** Bucket-major: `weights[bucket * classes + class]`. */
  readonly weights: Float32Array;
  readonly bias: Float64Array;
}

/**
 * Multinomial logistic regression by AdaGrad SGD over hashed features with values 1/√n, the
 * same scaling `LinearModel` applies. Deterministic: one seeded shuffle per epoch, and only
 * integer-free float arithmetic in a fixed order.
 */
export function trainLogisticRegression(
  set: FeaturisedSet,
  options: TrainingOptions,
): TrainedWeights {
  const { classes, epochs, learningRate, l2 } = options;
  const weights = new Float32Array(classes << options.bucketBits);
  const squaredGradients = new Float32Array(weights.length);
  const bias = new Float64Array(classes);
  const biasSquaredGradients = new Float64Array(classes);
  const scores = new Float64Array(classes);
  const random = seededRandom(options.seed);
  const order = Uint32Array.from(set.labels.keys());

  for (let epoch = 0; epoch < epochs; epoch++) {
    shuffle(order, random);

    for (const example of order) {
      const indices = set.features[example]!;
      const value = indices.length > 0 ? 1 / Math.sqrt(indices.length) : 0;

      scoreExample(indices, value, weights, bias, scores);
      const label = set.labels[example]!;
      const exampleWeight = set.weights[example]!;

      for (let cls = 0; cls < classes; cls++) {
        const error = (scores[cls]! - (cls === label ? 1 : 0)) * exampleWeight;
        if (error === 0) continue;

        biasSquaredGradients[cls]! += error * error;
        bias[cls]! -= (learningRate * error) / Math.sqrt(biasSquaredGradients[cls]! + 1e-8);

        for (const index of indices) {
          const slot = index * classes + cls;
          const gradient = error * value + l2 * weights[slot]!;
          squaredGradients[slot]! += gradient * gradient;
          weights[slot]! -= (learningRate * gradient) / Math.sqrt(squaredGradients[slot]! + 1e-8);
        }
      }
    }
    options.afterEpoch?.(weights, bias, epoch);
  }

  return { weights, bias };
}

function scoreExample(
  indices: Int32Array,
  value: number,
  weights: Float32Array,
  bias: Float64Array,
  scores: Float64Array,
): void {
  const classes = scores.length;
  let highest = -Infinity;

  for (let cls = 0; cls < classes; cls++) {
    let sum = 0;
    for (const index of indices) sum += weights[index * classes + cls]!;
    const logit = bias[cls]! + sum * value;
    scores[cls] = logit;
    if (logit > highest) highest = logit;
  }

  let total = 0;
  for (let cls = 0; cls < classes; cls++) {
    scores[cls] = Math.exp(scores[cls]! - highest);
    total += scores[cls]!;
  }
  for (let cls = 0; cls < classes; cls++) scores[cls]! /= total;
}

/**
 * Weights so that every cell of (group, class) present carries the same total weight, whatever
 * its size: without groups, thousands of Kazakh app reviews would decide what "negative" means
 * for Russian news sentences too.
 */
export function balancedWeights(
  labels: Uint8Array,
  classes: number,
  groups?: Uint8Array,
): Float32Array {
  const cellOf = (index: number): number =>
    (groups ? groups[index]! : 0) * classes + labels[index]!;
  const counts = new Map<number, number>();
  labels.forEach((_, index) => counts.set(cellOf(index), (counts.get(cellOf(index)) ?? 0) + 1));

  const weights = new Float32Array(labels.length);
  labels.forEach((_, index) => {
    weights[index] = labels.length / (counts.size * counts.get(cellOf(index))!);
  });
  return weights;
}
