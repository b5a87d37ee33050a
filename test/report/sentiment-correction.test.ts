import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import { sentimentShares } from '../../src/insight/period-insight.js';
import {
  correctionCoverage,
  correctionMethodology,
  readSentimentCorrection,
} from '../../src/report/sentiment-correction.js';

const fixture = (name: string): string =>
  fileURLToPath(new URL(`../fixtures/report/${name}/`, import.meta.url));

const percent = (share: number): string => `${Math.round(share * 100)}%`;

describe('sentiment shares corrected for classifier error in the digest', () => {
  it('reads one confusion per language and kind of post from the calibration file', () => {
    const correction = readSentimentCorrection(fixture('calibration'));
    expect(correction?.overall.map((group) => `${group.language} ${group.kind} ${group.source}`)).toEqual([
      'ru social fixture tweets',
      'ru article fixture news sentences',
    ]);
    expect(correction?.subjects[0]?.counts[1]).toEqual([40, 50, 10]);
  });

  it('shows shares as classified when the models folder has no calibration', () => {
    expect(readSentimentCorrection(fixture('no-such-folder'))).toBeUndefined();
  });

  it('refuses a calibration whose rows do not match its labels, naming the file and group', () => {
    expect(() => readSentimentCorrection(fixture('calibration-rows-missing'))).toThrow(
      /calibration-rows-missing\/sentiment-calibration\.json "overall"\[0\]: expected \{ labels/,
    );
  });

  it('refuses the older file with one confusion for every post, asking for a retrain', () => {
    expect(() => readSentimentCorrection(fixture('calibration-one-confusion'))).toThrow(
      /"overall": expected a list of \{ language, kind, labels, counts, source \}.*retrain/,
    );
  });

  it('replaces the classified negative share by the corrected one with its interval', () => {
    const correction = readSentimentCorrection(fixture('calibration'))!;
    // 320 of 1000 posts called negative by a classifier that calls 30% of neutral posts negative.
    const counts = new Map([['negative', 320], ['neutral', 520], ['positive', 160]] as const);

    const raw = sentimentShares(counts);
    const corrected = sentimentShares(counts, correction.overall[0]);

    expect(raw.corrected).toBe(false);
    expect(raw.shares.negative.share).toBe(0.32);
    expect(corrected.corrected).toBe(true);
    expect(corrected.correctedPosts).toBe(1000);
    expect(corrected.counts.negative).toBe(320);
    expect(corrected.shares.negative.share).toBeCloseTo(0.1, 3);
    expect(corrected.shares.negative.low).toBeLessThan(0.1);
    expect(corrected.shares.negative.high).toBeGreaterThan(0.1);
  });

  it('names each group, its held-out set and its size in the methodology', () => {
    const correction = readSentimentCorrection(fixture('calibration'));
    const count = (value: number): string => String(value);

    expect(correctionMethodology(correction, 'en', count)).toContain(
      'overall tone Russian, social: fixture tweets, 3000; Russian, news: fixture news sentences, 400; ' +
        'tone toward subjects Russian, social: fixture company tweets, 300',
    );
    expect(correctionMethodology(undefined, 'ru', count)).toContain('без поправки');
  });

  it('says which share of posts was corrected and why the rest was counted as classified', () => {
    const correction = readSentimentCorrection(fixture('calibration'))!;
    const counts = new Map([['negative', 30], ['neutral', 50], ['positive', 20]] as const);
    const corrected = sentimentShares(counts, correction.overall[0]);
    const uncalibrated = sentimentShares(counts, undefined, true);

    expect(correctionCoverage([corrected, uncalibrated, uncalibrated], 'en', percent)).toBe(
      "Corrected with their own group's confusion: 33% of posts. Counted as classified: 67% with " +
        'no calibration for their language and kind.',
    );
    expect(correctionCoverage([corrected], 'en', percent)).toBeNull();
  });

  it('says which posts were counted as classified because correcting erred more on held-out weeks', () => {
    const correction = readSentimentCorrection(fixture('calibration-held-out'))!;
    const counts = new Map([['negative', 30], ['neutral', 60], ['positive', 10]] as const);
    const declined = sentimentShares(counts, correction.subjects[0]);

    expect(declined.corrected).toBe(false);
    expect(declined.declinedPosts).toBe(100);
    expect(declined.shares.negative.share).toBe(0.3);
    expect(correctionCoverage([declined], 'en', percent)).toBe(
      "Corrected with their own group's confusion: 0% of posts. Counted as classified: 100% of a " +
        'group whose correction erred more than counting on labelled held-out weeks; their interval ' +
        'includes the errors counting made there.',
    );
  });

  it('refuses a held-out check without one residual per label, naming the group', () => {
    expect(() => readSentimentCorrection(fixture('calibration-held-out-malformed'))).toThrow(
      /"subjects"\[0\]\.heldOut: expected \{ clusters, classifiedError, correctedError, residuals/,
    );
  });
});
