import type { TextFeatureConfig } from '../../src/models/index.js';

/** Hyperparameters chosen on the valid splits (see the model card); fixed here for reproducibility. */
export interface ModelSettings {
  readonly features: TextFeatureConfig;
  readonly epochs: number;
  readonly learningRate: number;
  readonly l2: number;
  readonly seed: number;
}

export const OVERALL_SETTINGS: ModelSettings = {
  features: { bucketBits: 19, charNgramMin: 2, charNgramMax: 5 },
  epochs: 6,
  learningRate: 0.1,
  l2: 1e-6,
  seed: 20240301,
};

export const TARGET_SETTINGS: ModelSettings = {
  features: { bucketBits: 19, charNgramMin: 2, charNgramMax: 5 },
  epochs: 10,
  learningRate: 0.1,
  l2: 1e-6,
  seed: 20240301,
};
