import {
  decodeModelFile,
  encodeModelFile,
  type FeatureKind,
  type ModelFile,
} from '../../src/models/index.js';
import { LABELS } from './examples.js';
import { balancedWeights, trainLogisticRegression } from './logistic-regression.js';
import { quantiseWeights } from './quantise.js';
import type { ModelSettings } from './settings.js';

export interface FittedModel {
  /** The file as shipped. */
  readonly bytes: Buffer;
  /** The same file read back, so evaluation scores exactly what ships. */
  readonly file: ModelFile;
  /** Encodes the same weights with more facts (measured figures) in the metadata. */
  withAbout(more: Readonly<Record<string, unknown>>): Buffer;
}

/**
 * Trains on featurised examples, quantises to int8 and encodes a model file. `biasOffsets` are
 * added to the trained bias: a decision threshold chosen on held-out data ships inside the model.
 */
export function fitModel(
  featureKind: FeatureKind,
  features: readonly Int32Array[],
  labels: Uint8Array,
  settings: ModelSettings,
  about: Readonly<Record<string, unknown>>,
  groups?: Uint8Array,
  biasOffsets: readonly number[] = [0, 0, 0],
): FittedModel {
  const trained = trainLogisticRegression(
    { features, labels, weights: balancedWeights(labels, LABELS.length, groups) },
    {
      classes: LABELS.length,
      bucketBits: settings.features.bucketBits,
      epochs: settings.epochs,
      learningRate: settings.learningRate,
      l2: settings.l2,
      seed: settings.seed,
    },
  );

  const { quantised, scales } = quantiseWeights(
    trained.weights,
    LABELS.length,
    settings.weightQuantile,
  );
  const encode = (more: Readonly<Record<string, unknown>>): Buffer =>
    encodeModelFile(
      {
        format: 1,
        featureKind,
        labels: LABELS,
        features: settings.features,
        scales,
        bias: Array.from(trained.bias, (bias, label) => bias + (biasOffsets[label] ?? 0)),
        about: { ...about, settings, ...more },
      },
      quantised,
    );

  const bytes = encode({});
  return {
    bytes,
    file: decodeModelFile(bytes, `${featureKind} model in training`),
    withAbout: encode,
  };
}
