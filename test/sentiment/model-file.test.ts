import { describe, expect, it } from 'vitest';

import { decodeModelFile, encodeModelFile, FeatureBuffer } from '../../src/models/index.js';

const LABELS = ['negative', 'neutral', 'positive'];

function tinyFile(): Buffer {
  const weights = new Int8Array(3 << 4);
  weights[5 * 3 + 2] = 100; // bucket 5 votes positive
  return encodeModelFile(
    {
      format: 1,
      featureKind: 'text',
      labels: LABELS,
      features: { bucketBits: 4, charNgramMin: 2, charNgramMax: 3 },
      scales: [0.01, 0.01, 0.01],
      bias: [0, 0.5, 0],
      about: { note: 'fixture' },
    },
    weights,
  );
}

describe('model file', () => {
  it('round-trips metadata and weights', () => {
    const { metadata, model } = decodeModelFile(tinyFile(), 'tiny');
    const features = new FeatureBuffer();
    features.push(5);
    const probabilities = new Float64Array(3);
    model.predictInto(features, probabilities);

    expect(metadata.about).toEqual({ note: 'fixture' });
    // Logits 0, 0.5 and 100 × 0.01 = 1: softmax of (0, 0.5, 1).
    const expected = [1, Math.exp(0.5), Math.exp(1)].map(
      (value, _, all) => value / all.reduce((a, b) => a + b),
    );
    expect(Array.from(probabilities)).toEqual(expected.map((value) => expect.closeTo(value, 12)));
  });

  it('rejects a file whose weights were damaged', () => {
    const bytes = tinyFile();
    bytes[bytes.length - 1] = 9;
    expect(() => decodeModelFile(bytes, 'damaged.bin')).toThrow(
      'model file damaged.bin: weights checksum mismatch; the file is damaged, restore or retrain it',
    );
  });

  it('rejects a truncated file', () => {
    expect(() => decodeModelFile(tinyFile().subarray(0, 60), 'short.bin')).toThrow(
      /short\.bin: truncated metadata/,
    );
  });

  it('rejects a file that is not a model', () => {
    expect(() => decodeModelFile(Buffer.from('{"labels":[]}'), 'notes.json')).toThrow(
      'model file notes.json: not a tyndau linear model (bad magic); rebuild it with the training command',
    );
  });
});
