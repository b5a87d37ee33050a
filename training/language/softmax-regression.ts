/**
 * Multinomial logistic regression over a few hundred dense features, fitted by mini-batch Adam
 * with an L2 penalty and a step that decays linearly to zero. Deterministic for a seed.
 */
import { seededRandom, shuffle } from '../sentiment/random.js';

export interface DenseSet {
  /** Row-major: `rows[example * width + feature]`. */
  readonly rows: Float64Array;
  readonly labels: Uint8Array;
  readonly weights: Float64Array;
  readonly width: number;
  readonly classes: number;
}

export interface SoftmaxOptions {
  readonly epochs: number;
  readonly l2: number;
  readonly seed: number;
  readonly batch?: number;
  readonly learningRate?: number;
}

export interface SoftmaxWeights {
  /** Class-major: `weights[class * width + feature]`. */
  readonly weights: Float64Array;
  readonly bias: Float64Array;
}

export function fitSoftmax(set: DenseSet, options: SoftmaxOptions): SoftmaxWeights {
  const { width, classes } = set;
  const batch = options.batch ?? 64;
  const rate = options.learningRate ?? 0.01;
  const size = classes * (width + 1);
  // The bias of each class sits after its feature weights.
  const parameters = new Float64Array(size);
  const gradient = new Float64Array(size);
  const firstMoment = new Float64Array(size);
  const secondMoment = new Float64Array(size);
  const scores = new Float64Array(classes);
  const random = seededRandom(options.seed);
  const order = Uint32Array.from(set.labels.keys());
  let step = 0;

  for (let epoch = 0; epoch < options.epochs; epoch++) {
    // The step shrinks linearly to nothing over the epochs: at a constant step the last batches
    // move the weights enough that adding two texts to the fit swung held-out accuracies of
    // word pairs by two points.
    const epochRate = (rate * (options.epochs - epoch)) / options.epochs;
    shuffle(order, random);
    for (let start = 0; start < order.length; start += batch) {
      gradient.fill(0);
      const end = Math.min(order.length, start + batch);
      for (let position = start; position < end; position++) {
        const example = order[position]!;
        probabilities(set.rows, example * width, width, parameters, scores);
        const weight = set.weights[example]!;
        for (let cls = 0; cls < classes; cls++) {
          const error = (scores[cls]! - (cls === set.labels[example] ? 1 : 0)) * weight;
          if (error === 0) continue;
          const offset = cls * (width + 1);
          for (let feature = 0; feature < width; feature++) {
            gradient[offset + feature]! += error * set.rows[example * width + feature]!;
          }
          gradient[offset + width]! += error;
        }
      }

      step++;
      const count = end - start;
      for (let index = 0; index < size; index++) {
        const isBias = index % (width + 1) === width;
        const value = gradient[index]! / count + (isBias ? 0 : options.l2 * parameters[index]!);
        firstMoment[index] = 0.9 * firstMoment[index]! + 0.1 * value;
        secondMoment[index] = 0.999 * secondMoment[index]! + 0.001 * value * value;
        const corrected = firstMoment[index]! / (1 - 0.9 ** step);
        const scale = Math.sqrt(secondMoment[index]! / (1 - 0.999 ** step)) + 1e-8;
        parameters[index]! -= (epochRate * corrected) / scale;
      }
    }
  }

  const weights = new Float64Array(classes * width);
  const bias = new Float64Array(classes);
  for (let cls = 0; cls < classes; cls++) {
    weights.set(parameters.subarray(cls * (width + 1), cls * (width + 1) + width), cls * width);
    bias[cls] = parameters[cls * (width + 1) + width]!;
  }
  return { weights, bias };
}

function probabilities(
  rows: Float64Array, rowStart: number, width: number, parameters: Float64Array, scores: Float64Array,
): void {
  let highest = -Infinity;
  for (let cls = 0; cls < scores.length; cls++) {
    const offset = cls * (width + 1);
    let score = parameters[offset + width]!;
    for (let feature = 0; feature < width; feature++) {
      const value = rows[rowStart + feature]!;
      if (value !== 0) score += value * parameters[offset + feature]!;
    }
    scores[cls] = score;
    if (score > highest) highest = score;
  }
  let sum = 0;
  for (let cls = 0; cls < scores.length; cls++) {
    scores[cls] = Math.exp(scores[cls]! - highest);
    sum += scores[cls]!;
  }
  for (let cls = 0; cls < scores.length; cls++) scores[cls]! /= sum;
}
