import { describe, expect, it } from 'vitest';

import { quantiseWeights } from '../../training/sentiment/quantise.js';
import { TARGET_SETTINGS } from '../../training/sentiment/settings.js';

// One class, 10,001 nonzero weights: 10,000 small ones (0.01) and one large (2.0), as a hashed
// model has a few large weights (the entity kind, frequent words beside a name) among many small.
function oneLargeWeight(): Float32Array {
  const weights = new Float32Array(10_001).fill(0.01);
  weights[10_000] = 2;
  return weights;
}

describe('int8 rounding of model weights', () => {
  it('clips the largest weight to the 99.99th percentile by default', () => {
    const { quantised, scales } = quantiseWeights(oneLargeWeight(), 1);
    expect(quantised[10_000]).toBe(127);
    expect(quantised[0]).toBe(127);
    expect(scales[0]! * quantised[10_000]!).toBeCloseTo(0.01, 6);
  });

  it('keeps the largest weight when the quantile is 1, and the small ones in proportion', () => {
    const { quantised, scales } = quantiseWeights(oneLargeWeight(), 1, 1);
    expect(quantised[10_000]).toBe(127);
    expect(quantised[0]).toBe(1);
    expect(scales[0]! * quantised[10_000]!).toBeCloseTo(2, 6);
  });

  it('scales the targeted model by its largest weight', () => {
    expect(TARGET_SETTINGS.weightQuantile).toBe(1);
  });
});
