import { readRuOpinionNE } from './corpora/ruopinionne.js';
import { readRuSentNE } from './corpora/rusentne.js';
import { duplicateKey, stableBucket, type TargetExample } from './examples.js';

/** Sentences of RuSentNE train in these buckets are held out for tuning (not in final training). */
const DEV_BUCKET_FROM = 85;

/**
 * Whether a RuSentNE train sentence belongs to the dev part used to tune the subject sentiment.
 * The overall model leaves these sentences out too, so that tuning the mix of both stays fair.
 */
export function isTargetDevSentence(sentence: string): boolean {
  return stableBucket(sentence) >= DEV_BUCKET_FROM;
}

export interface TargetData {
  /** For tuning: RuSentNE train outside the dev buckets, plus RuOpinionNE targets. */
  readonly tuningTrain: readonly TargetExample[];
  readonly dev: readonly TargetExample[];
  /** For the shipped model: all of RuSentNE train plus RuOpinionNE targets. */
  readonly finalTrain: readonly TargetExample[];
  /** RuSentNE `validation_data_labeled`, the shared task's labelled held-out split. */
  readonly test: readonly TargetExample[];
}

/**
 * Mention-level examples. RuOpinionNE-2024 shares many sentences with RuSentNE's held-out split;
 * those sentences are removed from training so that the test figure is not inflated.
 */
export function loadTargetData(dataDir: string): TargetData {
  const train = readRuSentNE(dataDir, 'train');
  const test = readRuSentNE(dataDir, 'test');
  const testSentences = new Set(test.map((example) => duplicateKey(example.sentence)));
  const isDev = (example: TargetExample): boolean => isTargetDevSentence(example.sentence);

  const opinions = readRuOpinionNE(dataDir).targets.filter(
    (example) => !testSentences.has(duplicateKey(example.sentence)),
  );
  const devSentences = new Set(
    train.filter(isDev).map((example) => duplicateKey(example.sentence)),
  );

  return {
    tuningTrain: [
      ...train.filter((example) => !isDev(example)),
      ...opinions.filter((example) => !devSentences.has(duplicateKey(example.sentence))),
    ],
    dev: train.filter(isDev),
    finalTrain: [...train, ...opinions],
    test,
  };
}
