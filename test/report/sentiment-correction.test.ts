import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import { sentimentShares } from '../../src/insight/period-insight.js';
import {
  correctionMethodology,
  readSentimentCorrection,
} from '../../src/report/sentiment-correction.js';

const fixture = (name: string): string =>
  fileURLToPath(new URL(`../fixtures/report/${name}/`, import.meta.url));

describe('sentiment shares corrected for classifier error in the digest', () => {
  it('reads both confusions from the calibration file beside the models', () => {
    const correction = readSentimentCorrection(fixture('calibration'));
    expect(correction?.overall.source).toBe('fixture tweets');
    expect(correction?.subjects.counts[1]).toEqual([40, 50, 10]);
  });

  it('shows shares as classified when the models folder has no calibration', () => {
    expect(readSentimentCorrection(fixture('no-such-folder'))).toBeUndefined();
  });

  it('refuses a calibration whose rows do not match its labels, naming the file', () => {
    expect(() => readSentimentCorrection(fixture('calibration-rows-missing'))).toThrow(
      /calibration-rows-missing\/sentiment-calibration\.json "overall": expected \{ labels/,
    );
  });

  it('replaces the classified negative share by the corrected one with its interval', () => {
    const correction = readSentimentCorrection(fixture('calibration'))!;
    // 320 of 1000 posts called negative by a classifier that calls 30% of neutral posts negative.
    const counts = new Map([['negative', 320], ['neutral', 520], ['positive', 160]] as const);

    const raw = sentimentShares(counts);
    const corrected = sentimentShares(counts, correction.overall);

    expect(raw.corrected).toBe(false);
    expect(raw.shares.negative.share).toBe(0.32);
    expect(corrected.corrected).toBe(true);
    expect(corrected.counts.negative).toBe(320);
    expect(corrected.shares.negative.share).toBeCloseTo(0.1, 3);
    expect(corrected.shares.negative.low).toBeLessThan(0.1);
    expect(corrected.shares.negative.high).toBeGreaterThan(0.1);
  });

  it('names the held-out sets and their sizes in the methodology', () => {
    const correction = readSentimentCorrection(fixture('calibration'));
    const count = (value: number): string => String(value);

    expect(correctionMethodology(correction, 'en', count)).toContain(
      'overall tone fixture tweets, 3000; tone toward subjects fixture company tweets, 300',
    );
    expect(correctionMethodology(undefined, 'ru', count)).toContain('без поправки');
  });
});
