import { FeatureBuffer, type ModelFile } from '../../src/models/index.js';
import type { TextExample } from './examples.js';
import { NEGATIVE, POSITIVE } from './examples.js';
import { Confusion } from './metrics.js';

/** Predicted class of each featurised example. */
export function predictClasses(file: ModelFile, features: readonly Int32Array[]): Uint8Array {
  const buffer = new FeatureBuffer();
  const probabilities = new Float64Array(file.model.labels.length);
  const predicted = new Uint8Array(features.length);

  features.forEach((indices, example) => {
    buffer.clear();
    for (const index of indices) buffer.push(index);
    file.model.predictInto(buffer, probabilities);
    predicted[example] = argmax(probabilities);
  });
  return predicted;
}

/**
 * Probability of positive over negative for each example: how a three-class model is scored on
 * a two-class corpus such as KazSAnDRA, whose reviews were never labelled neutral.
 */
export function predictPolarity(
  file: ModelFile,
  features: readonly Int32Array[],
  threshold = 0,
): Uint8Array {
  return Uint8Array.from(polarityScores(file, features), (score) =>
    score >= threshold ? POSITIVE : NEGATIVE,
  );
}

/** log(P(positive) / P(negative)) of each featurised example. */
export function polarityScores(file: ModelFile, features: readonly Int32Array[]): Float64Array {
  const buffer = new FeatureBuffer();
  const probabilities = new Float64Array(file.model.labels.length);

  return Float64Array.from(features, (indices) => {
    buffer.clear();
    for (const index of indices) buffer.push(index);
    file.model.predictInto(buffer, probabilities);
    return Math.log(probabilities[POSITIVE]! / probabilities[NEGATIVE]!);
  });
}

/**
 * The threshold on log(P(pos) / P(neg)) with the best macro-F1 on a tuning set. A model trained
 * on balanced classes and scored on a set where most texts are positive (KazSAnDRA's valid and
 * test splits, 82%) calls too many negatives at 0; this is a prior-shift correction fitted on
 * the valid split only.
 */
export function bestPolarityThreshold(gold: Uint8Array, scores: Float64Array): number {
  let best = { threshold: 0, f1: -1 };
  for (let step = -30; step <= 30; step++) {
    const threshold = step / 10;
    const predicted = Uint8Array.from(scores, (score) => (score >= threshold ? POSITIVE : NEGATIVE));
    const f1 = confusionOf(gold, predicted).macroF1([NEGATIVE, POSITIVE]);
    if (f1 > best.f1 + 1e-9) best = { threshold, f1 };
  }
  return best.threshold;
}

export function confusionOf(gold: ArrayLike<number>, predicted: ArrayLike<number>): Confusion {
  const confusion = new Confusion(3);
  for (let index = 0; index < gold.length; index++) confusion.add(gold[index]!, predicted[index]!);
  return confusion;
}

export function labelsOf(examples: readonly { readonly label: number }[]): Uint8Array {
  return Uint8Array.from(examples, (example) => example.label);
}

export function countByCorpus(
  examples: readonly TextExample[] | readonly { corpus: string }[],
): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const example of examples) counts[example.corpus] = (counts[example.corpus] ?? 0) + 1;
  return counts;
}

function argmax(values: Float64Array): number {
  let best = 0;
  for (let index = 1; index < values.length; index++)
    if (values[index]! > values[best]!) best = index;
  return best;
}
