/**
 * One-vs-rest linear support vector machines (L2-regularised, squared hinge loss) trained by dual
 * coordinate descent, the method of LIBLINEAR's default solver. Deterministic: the visiting order
 * is a seeded shuffle per pass. A constant feature of value 1 gives each class its bias.
 */
import { seededRandom, shuffle } from '../sentiment/random.js';
import type { SparseVector } from './ngram-vectoriser.js';

export interface SvmOptions {
  readonly classes: number;
  /** Cost of a margin violation; smaller means a smoother model. */
  readonly cost: number;
  /** Per-example weight multiplying the cost (class balancing). */
  readonly weights?: Float64Array;
  readonly seed: number;
  readonly maxPasses?: number;
  readonly tolerance?: number;
}

export class LinearSvm {
  readonly classes: number;
  /** Class-major: `weights[cls][feature]`, the bias last. */
  readonly weights: readonly Float64Array[];

  constructor(weights: readonly Float64Array[]) {
    this.classes = weights.length;
    this.weights = weights;
  }

  /** The margin of each class. */
  scores(vector: SparseVector): Float64Array {
    const scores = new Float64Array(this.classes);
    for (let cls = 0; cls < this.classes; cls++) {
      const weights = this.weights[cls]!;
      let score = weights[weights.length - 1]!;
      for (let entry = 0; entry < vector.indices.length; entry++) {
        score += weights[vector.indices[entry]!]! * vector.values[entry]!;
      }
      scores[cls] = score;
    }
    return scores;
  }
}

/** Trains one binary machine per class on `dimensions`-wide vectors labelled 0…classes−1. */
export function trainLinearSvm(
  vectors: readonly SparseVector[],
  labels: ArrayLike<number>,
  dimensions: number,
  options: SvmOptions,
): LinearSvm {
  const squaredNorms = Float64Array.from(vectors, (vector) => {
    let sum = 1; // the bias feature
    for (const value of vector.values) sum += value * value;
    return sum;
  });
  const weights = Array.from({ length: options.classes }, (_, cls) =>
    trainBinary(vectors, squaredNorms, labels, cls, dimensions, options),
  );
  return new LinearSvm(weights);
}

function trainBinary(
  vectors: readonly SparseVector[],
  squaredNorms: Float64Array,
  labels: ArrayLike<number>,
  positive: number,
  dimensions: number,
  options: SvmOptions,
): Float64Array {
  const weights = new Float64Array(dimensions + 1);
  const alphas = new Float64Array(vectors.length);
  const order = Uint32Array.from(vectors.keys());
  const random = seededRandom(options.seed + positive);
  const tolerance = options.tolerance ?? 0.1;
  const biasSlot = dimensions;

  for (let pass = 0; pass < (options.maxPasses ?? 200); pass++) {
    shuffle(order, random);
    let largest = -Infinity;
    let smallest = Infinity;

    for (const example of order) {
      const vector = vectors[example]!;
      const sign = labels[example] === positive ? 1 : -1;
      const diagonal = 1 / (2 * options.cost * (options.weights?.[example] ?? 1));

      let margin = weights[biasSlot]!;
      for (let entry = 0; entry < vector.indices.length; entry++) {
        margin += weights[vector.indices[entry]!]! * vector.values[entry]!;
      }
      const alpha = alphas[example]!;
      const gradient = sign * margin - 1 + diagonal * alpha;
      const projected = alpha === 0 ? Math.min(gradient, 0) : gradient;
      largest = Math.max(largest, projected);
      smallest = Math.min(smallest, projected);
      if (projected === 0) continue;

      const updated = Math.max(alpha - gradient / (squaredNorms[example]! + diagonal), 0);
      const step = (updated - alpha) * sign;
      alphas[example] = updated;
      for (let entry = 0; entry < vector.indices.length; entry++) {
        weights[vector.indices[entry]!]! += step * vector.values[entry]!;
      }
      weights[biasSlot]! += step;
    }
    if (largest - smallest <= tolerance) break;
  }
  return weights;
}

/** Weights that give every class the same total, whatever its size. */
export function balancedExampleWeights(labels: ArrayLike<number>, classes: number): Float64Array {
  const counts = new Float64Array(classes);
  for (let index = 0; index < labels.length; index++) counts[labels[index]!]! += 1;
  const present = counts.filter((count) => count > 0).length;
  return Float64Array.from({ length: labels.length }, (_, index) =>
    labels.length / (present * counts[labels[index]!]!),
  );
}
