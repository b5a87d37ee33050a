/**
 * Checks prevalence correction where the truth is known: SentiRuEval-2015 test tweets, grouped by
 * company and week. For each group of at least `minGroupSize` (tweet, company) pairs, the negative
 * share as classified and as corrected (with the confusion measured on SentiRuEval-2015 train) is
 * compared with the gold share.
 */
import type { SentimentAnalyzer } from '../../src/analyze/sentiment/index.js';
import { correctedShares, type ClassifierConfusion } from '../../src/insight/prevalence.js';
import { companyPredictions } from '../sentiment/calibrate.js';
import { readSentiRuEval } from '../sentiment/corpora/sentiruEval.js';
import { NEGATIVE } from '../sentiment/examples.js';

const WEEK_SECONDS = 7 * 24 * 3600;

export interface PrevalenceValidation {
  readonly groups: number;
  readonly pairs: number;
  /** Mean absolute error of the negative share, classify and count. */
  readonly rawMeanAbsoluteError: number;
  readonly correctedMeanAbsoluteError: number;
  /** Share of groups whose 95% interval holds the gold share. */
  readonly intervalCoverage: number;
  readonly meanIntervalWidth: number;
}

export function validatePrevalence(
  analyzer: SentimentAnalyzer,
  dataDir: string,
  confusion: ClassifierConfusion,
  minGroupSize = 10,
): PrevalenceValidation {
  const tweets = readSentiRuEval(dataDir, 'banks', 'test').concat(
    readSentiRuEval(dataDir, 'telecoms', 'test'),
  );
  const groups = new Map<string, { gold: number; predicted: number }[]>();
  for (const pair of companyPredictions(analyzer, tweets)) {
    const key = `${pair.company} ${Math.floor(pair.date / WEEK_SECONDS)}`;
    const group = groups.get(key) ?? [];
    group.push(pair);
    groups.set(key, group);
  }

  let rawError = 0;
  let correctedError = 0;
  let covered = 0;
  let width = 0;
  let counted = 0;
  let pairs = 0;
  for (const group of groups.values()) {
    if (group.length < minGroupSize) continue;
    const predicted = [0, 0, 0];
    for (const pair of group) predicted[pair.predicted]! += 1;
    const gold = group.filter((pair) => pair.gold === NEGATIVE).length / group.length;
    const { shares, raw } = correctedShares(predicted, confusion);
    const negative = shares[NEGATIVE]!;

    rawError += Math.abs(raw[NEGATIVE]! - gold);
    correctedError += Math.abs(negative.share - gold);
    if (negative.low <= gold && gold <= negative.high) covered++;
    width += negative.high - negative.low;
    counted++;
    pairs += group.length;
  }

  return {
    groups: counted,
    pairs,
    rawMeanAbsoluteError: rawError / counted,
    correctedMeanAbsoluteError: correctedError / counted,
    intervalCoverage: covered / counted,
    meanIntervalWidth: width / counted,
  };
}
