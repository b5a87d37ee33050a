import {
  FeatureBuffer,
  TargetFeatureHasher,
  TextFeatureHasher,
  type TextFeatureConfig,
} from '../../src/models/index.js';
import { normaliseForMatching } from '../../src/text/normalise.js';
import type { TargetExample, TextExample } from './examples.js';

/** Features of each whole text, computed exactly as the runtime computes them. */
export function featuriseTexts(
  examples: readonly TextExample[],
  config: TextFeatureConfig,
): Int32Array[] {
  const hasher = new TextFeatureHasher(config);
  const buffer = new FeatureBuffer();

  return examples.map((example) => {
    hasher.extract(normaliseForMatching(example.text), buffer);
    return buffer.snapshot();
  });
}

/** Features of each sentence as seen from its marked entity, of the kind the corpus gives. */
export function featuriseTargets(
  examples: readonly TargetExample[],
  config: TextFeatureConfig,
): Int32Array[] {
  const hasher = new TargetFeatureHasher(config);
  const buffer = new FeatureBuffer();

  return examples.map((example) => {
    const before = normaliseForMatching(example.sentence.slice(0, example.start));
    const after = normaliseForMatching(example.sentence.slice(example.end));
    hasher.extract(before, after, buffer, example.entityKind);
    return buffer.snapshot();
  });
}
