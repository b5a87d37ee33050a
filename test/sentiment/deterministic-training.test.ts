import { describe, expect, it } from 'vitest';

import { weightsChecksum } from '../../src/models/index.js';
import { LABELS, type LabelIndex, type TextExample } from '../../training/sentiment/examples.js';
import { featuriseTexts } from '../../training/sentiment/featurise.js';
import { predictClasses } from '../../training/sentiment/evaluate.js';
import { fitModel } from '../../training/sentiment/fit-model.js';
import type { ModelSettings } from '../../training/sentiment/settings.js';
import { readFixtureTable } from './helpers.js';

const examples: TextExample[] = readFixtureTable('tiny-training-set.tsv', ['label', 'text']).map(
  (row) => ({
    text: row.text,
    label: LABELS.indexOf(row.label as (typeof LABELS)[number]) as LabelIndex,
    corpus: 'tiny-fixture',
  }),
);

const settings: ModelSettings = {
  features: { bucketBits: 12, charNgramMin: 2, charNgramMax: 4 },
  epochs: 8,
  learningRate: 0.2,
  l2: 1e-6,
  seed: 7,
};

function train(seed: number): ReturnType<typeof fitModel> {
  const features = featuriseTexts(examples, settings.features);
  const labels = Uint8Array.from(examples, (example) => example.label);
  return fitModel('text', features, labels, { ...settings, seed }, {});
}

describe('sentiment training', () => {
  it('reads every line of the tiny fixture with a known label', () => {
    expect(examples).toHaveLength(24);
    expect(examples.every((example) => example.label >= 0)).toBe(true);
  });

  it('produces byte-identical model files for the same seed', () => {
    const first = train(7);
    const second = train(7);
    expect(first.file.metadata.weightsSha256).toBe(second.file.metadata.weightsSha256);
    expect(first.bytes.equals(second.bytes)).toBe(true);
  });

  it('produces different weights for a different seed (the shuffle order matters)', () => {
    expect(train(8).file.metadata.weightsSha256).not.toBe(train(7).file.metadata.weightsSha256);
  });

  it('learns its own training set', () => {
    const fitted = train(7);
    const predicted = predictClasses(fitted.file, featuriseTexts(examples, settings.features));
    const correct = examples.filter((example, index) => predicted[index] === example.label).length;
    expect(correct).toBe(examples.length);
  });

  it('records the checksum of exactly the weights it wrote', () => {
    const fitted = train(7);
    const weights = new Int8Array(fitted.bytes.subarray(fitted.bytes.length - (3 << 12)));
    expect(weightsChecksum(weights)).toBe(fitted.file.metadata.weightsSha256);
  });
});
