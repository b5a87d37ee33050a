import { describe, expect, it } from 'vitest';

import {
  bestPolarShifts,
  crossFittedF1,
  polarF1,
  type HeldOutScores,
} from '../../training/sentiment/target-folds.js';

// Log-probabilities (negative, neutral, positive) of six held-out mentions. Neutral wins every
// argmax; the polar mentions need a shift of their class: negatives above 0.25 and 0.37,
// positives above 0.25 and 0.47. The neutral mention beside a negative tolerates up to 1.05.
const held: HeldOutScores = {
  gold: Uint8Array.from([0, 1, 2, 0, 1, 2]),
  scores: Float64Array.from([
    [-1.0, -0.75, -3],
    [-3, -0.2, -3],
    [-3, -0.75, -1.0],
    [-1.12, -0.75, -3],
    [-1.55, -0.5, -3],
    [-3, -0.75, -1.22],
  ].flat()),
  folds: Uint8Array.from([0, 1, 2, 3, 4, 0]),
};

describe('polar shifts of the targeted model', () => {
  it('score no polar mention at the argmax', () => {
    expect(polarF1(held, [0, 0, 0])).toBe(0);
  });

  it('choose the smallest pair of shifts that finds every polar mention', () => {
    expect(bestPolarShifts(held)).toEqual({ negative: 0.4, positive: 0.5, f1: 1 });
  });

  it('call the neutral mention negative once the negative shift passes its margin', () => {
    // Both negatives found, the neutral one taken for negative as well: F1 4/5, positives 0.
    expect(polarF1(held, [1.1, 0, 0])).toBeCloseTo(0.4, 10);
  });

  it('measure shifts chosen on the other folds on the held fold', () => {
    // The mentions that alone needed the larger shifts (fourth and sixth) are missed when they
    // are held out: F1 2/3 for each polar class.
    expect(crossFittedF1(held)).toBeCloseTo(2 / 3, 10);
  });
});
