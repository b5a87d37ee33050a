import { seededRandom, shuffle } from '../sentiment/random.js';

export interface MultiLabelSet {
  readonly features: readonly Int32Array[];
  /** `targets[example * labels + label]` is 1 when the example has the label. */
  readonly targets: Uint8Array;
  readonly labels: number;
}

export interface MultiLabelOptions {
  readonly bucketBits: number;
  readonly epochs: number;
  readonly learningRate: number;
  readonly l2: number;
  readonly seed: number;
}

export interface MultiLabelWeights {
  /** Bucket-major: `weights[bucket * labels + label]`. */
  readonly weights: Float32Array;
  readonly bias: Float64Array;
}

/**
 * One logistic regression per label over shared hashed features (values 1/√n), by AdaGrad SGD
 * with one seeded shuffle per epoch. Each label's positives are weighted up to the weight of its
 * negatives, so that a rare issue is not learnt as "never".
 */
export function trainMultiLabel(set: MultiLabelSet, options: MultiLabelOptions): MultiLabelWeights {
  const { labels } = set;
  const examples = set.features.length;
  const weights = new Float32Array(labels << options.bucketBits);
  const squared = new Float32Array(weights.length);
  const bias = new Float64Array(labels);
  const biasSquared = new Float64Array(labels);
  const positiveWeight = positiveWeights(set);
  const random = seededRandom(options.seed);
  const order = Uint32Array.from({ length: examples }, (_, index) => index);

  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffle(order, random);
    for (const example of order) {
      const indices = set.features[example]!;
      const value = indices.length > 0 ? 1 / Math.sqrt(indices.length) : 0;

      for (let label = 0; label < labels; label++) {
        let sum = bias[label]!;
        for (const index of indices) sum += weights[index * labels + label]! * value;
        const target = set.targets[example * labels + label]!;
        const exampleWeight = target === 1 ? positiveWeight[label]! : 1;
        const error = (1 / (1 + Math.exp(-sum)) - target) * exampleWeight;

        biasSquared[label]! += error * error;
        bias[label]! -= (options.learningRate * error) / Math.sqrt(biasSquared[label]! + 1e-8);
        for (const index of indices) {
          const slot = index * labels + label;
          const gradient = error * value + options.l2 * weights[slot]!;
          squared[slot]! += gradient * gradient;
          weights[slot]! -= (options.learningRate * gradient) / Math.sqrt(squared[slot]! + 1e-8);
        }
      }
    }
  }
  return { weights, bias };
}

function positiveWeights(set: MultiLabelSet): Float64Array {
  const examples = set.features.length;
  const positives = new Float64Array(set.labels);
  for (let example = 0; example < examples; example++) {
    for (let label = 0; label < set.labels; label++) {
      positives[label]! += set.targets[example * set.labels + label]!;
    }
  }
  // Capped, so that a label seen a handful of times does not swamp the others.
  return positives.map((count) => Math.min(20, (examples - count) / Math.max(1, count)));
}
