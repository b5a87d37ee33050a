import { describe, expect, it } from 'vitest';

import { plattScaling, quantifiers, type QuantifierReference } from '../../training/eval/quantifiers.js';

// A reference where the classifier scores negatives 0.8 and others 0.2 or 0.6: at the 0.5
// decision it finds every negative (tpr 1) and calls one other in four negative (fpr 0.25).
const reference: QuantifierReference = {
  probabilities: [0.8, 0.8, 0.8, 0.8, 0.2, 0.2, 0.2, 0.6],
  isNegative: [true, true, true, true, false, false, false, false],
};

describe('quantifiers of the negative share', () => {
  const estimators = quantifiers(reference, 0.5);
  // Two negatives and eight others, two of which the classifier calls negative.
  const group = [0.8, 0.8, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.6, 0.6];

  it('count the share called negative as classified', () => {
    expect(estimators.CC!(group)).toBeCloseTo(0.4, 10);
  });

  it('remove the false-positive rate measured on the reference', () => {
    // (0.4 − 0.25) / (1 − 0.25)
    expect(estimators.ACC!(group)).toBeCloseTo(0.2, 10);
  });

  it('adjust mean probabilities by the reference means of each class', () => {
    // mean 0.4; negatives average 0.8, others 0.3: (0.4 − 0.3) / 0.5
    expect(estimators.PACC!(group)).toBeCloseTo(0.2, 10);
  });

  it('find the histogram mixture closest to the group', () => {
    // Two posts in the negatives' bin, eight in the others' bins: a fifth negative.
    expect(estimators.HDy!(group)).toBeCloseTo(0.2, 10);
  });

  it('keep the reference prior for a group scored like a calibrated reference, and move it with the scores', () => {
    // Calibrated: three in four posts scored 0.75 are negative, one in four scored 0.25.
    const calibrated: QuantifierReference = {
      probabilities: [0.75, 0.75, 0.75, 0.25, 0.25, 0.25, 0.25, 0.75],
      isNegative: [true, true, true, true, false, false, false, false],
    };
    const em = quantifiers(calibrated, 0.5).EM!;
    expect(em(calibrated.probabilities)).toBeCloseTo(0.5, 6);
    expect(em([0.25, 0.25, 0.25, 0.75])).toBeLessThan(0.25);
  });

  it('clip an estimate below zero to zero', () => {
    expect(estimators.ACC!([0.2, 0.2, 0.2, 0.2])).toBe(0);
  });
});

describe('Platt scaling', () => {
  it('maps scores to probabilities that rise with the score and match the labels on average', () => {
    const scores = [-2, -1, -1, 0, 0, 1, 1, 2];
    const labels = [false, false, true, false, true, false, true, true];
    const calibrate = plattScaling(scores, labels);
    expect(calibrate(-2)).toBeLessThan(calibrate(2));
    const mean = scores.reduce((sum, score) => sum + calibrate(score), 0) / scores.length;
    expect(mean).toBeCloseTo(0.5, 6);
  });
});
