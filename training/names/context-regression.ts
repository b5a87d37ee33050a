import { seededRandom, shuffle } from '../sentiment/random.js';

export interface ContextRegressionOptions {
  readonly epochs: number;
  readonly learningRate: number;
  readonly l2: number;
  readonly seed: number;
}

/**
 * A two-class logistic regression over short dense vectors (the name classifier's second step),
 * by AdaGrad SGD. `weights[i]` scales example i's loss. Deterministic: one seeded shuffle per
 * epoch and a fixed order of arithmetic.
 */
export function trainContextRegression(
  vectors: readonly Float64Array[],
  labels: Uint8Array,
  weights: Float32Array,
  options: ContextRegressionOptions,
): Float64Array {
  const width = vectors[0]?.length ?? 0;
  const coefficients = new Float64Array(width);
  const squaredGradients = new Float64Array(width);
  const random = seededRandom(options.seed);
  const order = Uint32Array.from(labels.keys());

  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffle(order, random);
    for (const example of order) {
      const vector = vectors[example]!;
      let score = 0;
      for (let index = 0; index < width; index++) score += coefficients[index]! * vector[index]!;
      const error = (1 / (1 + Math.exp(-score)) - labels[example]!) * weights[example]!;

      for (let index = 0; index < width; index++) {
        if (vector[index] === 0) continue;
        const gradient = error * vector[index]! + options.l2 * coefficients[index]!;
        squaredGradients[index]! += gradient * gradient;
        coefficients[index]! -= (options.learningRate * gradient) / Math.sqrt(squaredGradients[index]! + 1e-8);
      }
    }
  }
  return coefficients;
}
