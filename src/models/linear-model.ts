import type { FeatureBuffer } from './feature-buffer.js';

/**
 * A multinomial logistic regression over hashed features, with int8 weights and one scale per
 * class. Weights are laid out bucket by bucket (all classes of a bucket side by side), so one
 * feature reads one short run of memory.
 */
export class LinearModel {
  readonly labels: readonly string[];
  readonly bucketBits: number;
  readonly #weights: Int8Array;
  readonly #scales: Float64Array;
  readonly #bias: Float64Array;

  constructor(
    labels: readonly string[],
    bucketBits: number,
    weights: Int8Array,
    scales: readonly number[],
    bias: readonly number[],
  ) {
    const classes = labels.length;
    if (weights.length !== classes << bucketBits) {
      throw new Error(
        `linear model: ${weights.length} weights do not fit ${classes} classes × 2^${bucketBits} buckets`,
      );
    }
    if (scales.length !== classes || bias.length !== classes) {
      throw new Error(`linear model: need one scale and one bias per class (${classes})`);
    }
    this.labels = Object.freeze([...labels]);
    this.bucketBits = bucketBits;
    this.#weights = weights;
    this.#scales = Float64Array.from(scales);
    this.#bias = Float64Array.from(bias);
  }

  /**
   * Writes class probabilities for `features` into `probabilities` (length = classes).
   * Feature values are 1/√n, so long and short posts score on one scale.
   */
  predictInto(features: FeatureBuffer, probabilities: Float64Array): void {
    const classes = this.labels.length;
    const weights = this.#weights;
    const indices = features.indices;
    const count = features.count;

    if (classes === 3) {
      sumThreeClasses(weights, indices, count, probabilities);
    } else {
      probabilities.fill(0);
      for (let feature = 0; feature < count; feature++) {
        const offset = indices[feature]! * classes;
        for (let label = 0; label < classes; label++)
          probabilities[label]! += weights[offset + label]!;
      }
    }

    const inverseNorm = count > 0 ? 1 / Math.sqrt(count) : 0;
    let highest = -Infinity;
    for (let label = 0; label < classes; label++) {
      const logit = this.#bias[label]! + this.#scales[label]! * probabilities[label]! * inverseNorm;
      probabilities[label] = logit;
      if (logit > highest) highest = logit;
    }
    softmaxInPlace(probabilities, highest);
  }
}

/**
 * The weight sums of the three-class models (sentiment) in locals: the loop over ~700 features
 * a post then reads the weights and nothing else. Sums of whole numbers, so the same sums.
 */
function sumThreeClasses(weights: Int8Array, indices: ArrayLike<number>, count: number, into: Float64Array): void {
  let first = 0;
  let second = 0;
  let third = 0;
  for (let feature = 0; feature < count; feature++) {
    const offset = indices[feature]! * 3;
    first += weights[offset]!;
    second += weights[offset + 1]!;
    third += weights[offset + 2]!;
  }
  into[0] = first;
  into[1] = second;
  into[2] = third;
}

/** Turns logits into probabilities in place; `highest` is the largest logit, for stability. */
export function softmaxInPlace(values: Float64Array, highest: number): void {
  let sum = 0;
  for (let index = 0; index < values.length; index++) {
    const exponent = Math.exp(values[index]! - highest);
    values[index] = exponent;
    sum += exponent;
  }
  for (let index = 0; index < values.length; index++) values[index]! /= sum;
}
