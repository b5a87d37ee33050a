/**
 * The modelling method measured the way the literature measures it: a model of the shipped kind
 * (hashed n-gram logistic regression, the same features and training code) trained on a corpus's
 * own train split and scored on its test split. These models are thrown away after scoring:
 * RuSentiment is licensed for research only, RuSentiTweet's texts are under the platform's terms
 * and SentiRuEval-2015 states no licence, so none of them trains anything that ships. The figures
 * say how the method compares with the published classical systems on the same footing; the
 * shipped models' own figures on these sets (trained without them) are reported beside them.
 */
import { join } from 'node:path';

import { FeatureBuffer, TargetFeatureHasher, TextFeatureHasher } from '../../src/models/index.js';
import { correctedShares, type ClassifierConfusion } from '../../src/insight/prevalence.js';
import { normaliseForMatching } from '../../src/text/normalise.js';
import { readTable } from '../sentiment/corpora/read-table.js';
import {
  COMPANY_NAMES,
  companyMentions,
  readSentiRuEval,
} from '../sentiment/corpora/sentiruEval.js';
import { duplicateKey, NEGATIVE, POSITIVE, stableBucket, type TargetExample } from '../sentiment/examples.js';
import { balancedWeights, trainLogisticRegression } from '../sentiment/logistic-regression.js';
import { Confusion } from '../sentiment/metrics.js';

const FEATURES = { bucketBits: 20, charNgramMin: 2, charNgramMax: 5 } as const;
const TRAINING = { epochs: 8, learningRate: 0.1, l2: 1e-6, seed: 20240301, bucketBits: 20 };

/** The five classes of RuSentiTweet and RuSentiment, in their papers' order. */
const FIVE_CLASSES = ['positive', 'negative', 'neutral', 'speech', 'skip'] as const;

interface LabelledText {
  readonly text: string;
  readonly label: number;
}

function fiveClassTexts(path: string): LabelledText[] {
  return readTable(path).flatMap((row) => {
    const label = FIVE_CLASSES.indexOf(row.label as (typeof FIVE_CLASSES)[number]);
    return label < 0 ? [] : [{ text: row.text ?? '', label }];
  });
}

function textFeatures(texts: readonly LabelledText[]): Int32Array[] {
  const hasher = new TextFeatureHasher(FEATURES);
  const buffer = new FeatureBuffer();
  return texts.map((example) => {
    hasher.extract(normaliseForMatching(example.text), buffer);
    return buffer.snapshot();
  });
}

function targetFeatures(examples: readonly TargetExample[]): Int32Array[] {
  const hasher = new TargetFeatureHasher(FEATURES);
  const buffer = new FeatureBuffer();
  return examples.map((example) => {
    const before = normaliseForMatching(example.sentence.slice(0, example.start));
    const after = normaliseForMatching(example.sentence.slice(example.end));
    hasher.extract(before, after, buffer);
    return buffer.snapshot();
  });
}

/** Trains on one featurised set and returns the argmax class of each test example. */
function trainAndPredict(
  train: readonly Int32Array[],
  labels: Uint8Array,
  classes: number,
  test: readonly Int32Array[],
): Uint8Array {
  const weights = balancedWeights(labels, classes);
  const model = trainLogisticRegression(
    { features: train, labels, weights },
    { ...TRAINING, classes },
  );
  return Uint8Array.from(test, (indices) => {
    const value = indices.length > 0 ? 1 / Math.sqrt(indices.length) : 0;
    let best = 0;
    let bestScore = -Infinity;
    for (let cls = 0; cls < classes; cls++) {
      let score = model.bias[cls]!;
      for (const index of indices) score += model.weights[index * classes + cls]! * value;
      if (score > bestScore) {
        best = cls;
        bestScore = score;
      }
    }
    return best;
  });
}

function confusionOf(classes: number, gold: ArrayLike<number>, predicted: ArrayLike<number>): Confusion {
  const confusion = new Confusion(classes);
  for (let index = 0; index < gold.length; index++) confusion.add(gold[index]!, predicted[index]!);
  return confusion;
}

/** Weighted F1 (by support), RuSentiment's metric. */
function weightedF1(confusion: Confusion): number {
  let total = 0;
  let sum = 0;
  for (let cls = 0; cls < confusion.classes; cls++) {
    let support = 0;
    for (let predicted = 0; predicted < confusion.classes; predicted++) {
      support += confusion.counts[cls * confusion.classes + predicted]!;
    }
    sum += support * confusion.f1(cls);
    total += support;
  }
  return sum / Math.max(1, total);
}

/** Drops test texts that also occur in train; returns the kept ones and how many were removed. */
function dedupeTest<T>(train: readonly T[], test: readonly T[], key: (item: T) => string): [T[], number] {
  const seen = new Set(train.map(key));
  const kept = test.filter((item) => !seen.has(key(item)));
  return [kept, test.length - kept.length];
}

export function ruSentiTweetInDomain(dataDir: string): Record<string, number> {
  const train = fiveClassTexts(join(dataDir, 'rusentitweet', 'train.csv'));
  const [test, removed] = dedupeTest(
    train,
    fiveClassTexts(join(dataDir, 'rusentitweet', 'test.csv')),
    (example) => duplicateKey(example.text),
  );
  const predicted = trainAndPredict(
    textFeatures(train),
    Uint8Array.from(train, (example) => example.label),
    5,
    textFeatures(test),
  );
  const confusion = confusionOf(5, test.map((example) => example.label), predicted);
  return {
    examples: test.length,
    testTextsAlsoInTrainRemoved: removed,
    macroF1: confusion.macroF1([0, 1, 2, 3, 4]),
    weightedF1: weightedF1(confusion),
  };
}

export function ruSentimentInDomain(dataDir: string): Record<string, number> {
  const folder = join(dataDir, 'rusentiment');
  const train = [
    ...fiveClassTexts(join(folder, 'rusentiment_random_posts.csv')),
    ...fiveClassTexts(join(folder, 'rusentiment_preselected_posts.csv')),
  ];
  const [test, removed] = dedupeTest(
    train,
    fiveClassTexts(join(folder, 'rusentiment_test.csv')),
    (example) => duplicateKey(example.text),
  );
  const predicted = trainAndPredict(
    textFeatures(train),
    Uint8Array.from(train, (example) => example.label),
    5,
    textFeatures(test),
  );
  const confusion = confusionOf(5, test.map((example) => example.label), predicted);
  return {
    examples: test.length,
    testTextsAlsoInTrainRemoved: removed,
    weightedF1: weightedF1(confusion),
    macroF1: confusion.macroF1([0, 1, 2, 3, 4]),
  };
}

const WEEK_SECONDS = 7 * 24 * 3600;

/**
 * SentiRuEval-2015 toward each company, trained on the domain's train split, plus prevalence
 * correction checked with this in-domain model: its confusion is measured on a held-out fifth
 * of train (trained on the other four fifths), and the test's company-week negative shares are
 * corrected with it.
 */
export function sentiRuEvalInDomain(
  dataDir: string,
  domain: 'banks' | 'telecoms',
  minGroupSize = 10,
): Record<string, number> {
  const trainTweets = readSentiRuEval(dataDir, domain, 'train');
  const testTweets = readSentiRuEval(dataDir, domain, 'test');
  const train = companyMentions(trainTweets);
  const { mentions: test, companies, dates } = datedMentions(testTweets);
  const trainLabels = Uint8Array.from(train, (example) => example.label);

  const predicted = trainAndPredict(targetFeatures(train), trainLabels, 3, targetFeatures(test));
  const gold = test.map((example) => example.label);
  const figures: Record<string, number> = {
    pairs: test.length,
    macroF1PosNeg: confusionOf(3, gold, predicted).macroF1([NEGATIVE, POSITIVE]),
  };

  const isCalibration = (example: TargetExample): boolean => stableBucket(example.sentence) >= 80;
  const fit = train.filter((example) => !isCalibration(example));
  const held = train.filter(isCalibration);
  const heldPredicted = trainAndPredict(
    targetFeatures(fit),
    Uint8Array.from(fit, (example) => example.label),
    3,
    [...targetFeatures(held), ...targetFeatures(test)],
  );
  const counts = [0, 1, 2].map(() => [0, 0, 0]);
  held.forEach((example, index) => (counts[example.label]![heldPredicted[index]!]! += 1));
  const confusion: ClassifierConfusion = {
    labels: ['negative', 'neutral', 'positive'],
    counts,
    source: `SentiRuEval-2015 ${domain} train, held-out fifth`,
  };
  const testPredicted = heldPredicted.subarray(held.length);

  const groups = new Map<string, number[]>();
  test.forEach((_, index) => {
    const key = `${companies[index]} ${Math.floor(dates[index]! / WEEK_SECONDS)}`;
    const members = groups.get(key) ?? [];
    members.push(index);
    groups.set(key, members);
  });
  let raw = 0;
  let corrected = 0;
  let count = 0;
  for (const members of groups.values()) {
    if (members.length < minGroupSize) continue;
    const predictedCounts = [0, 0, 0];
    for (const index of members) predictedCounts[testPredicted[index]!]! += 1;
    const goldShare = members.filter((index) => gold[index] === NEGATIVE).length / members.length;
    const result = correctedShares(predictedCounts, confusion);
    raw += Math.abs(result.raw[NEGATIVE]! - goldShare);
    corrected += Math.abs(result.shares[NEGATIVE]!.share - goldShare);
    count++;
  }
  return {
    ...figures,
    prevalenceGroups: count,
    prevalenceRawMeanAbsoluteError: raw / Math.max(1, count),
    prevalenceCorrectedMeanAbsoluteError: corrected / Math.max(1, count),
  };
}

/** One mention per (tweet, company named in it), with the company and the tweet's date. */
function datedMentions(
  tweets: ReturnType<typeof readSentiRuEval>,
): { mentions: TargetExample[]; companies: string[]; dates: number[] } {
  const mentions: TargetExample[] = [];
  const companies: string[] = [];
  const dates: number[] = [];
  for (const tweet of tweets) {
    const found = companyMentions([tweet]);
    // The same test `companyMentions` applies, in the same order, so the lists align.
    const lower = tweet.text.toLowerCase();
    const named = [...tweet.labels.keys()].filter((company) => COMPANY_NAMES[company]!.test(lower));
    found.forEach((mention, index) => {
      mentions.push(mention);
      companies.push(named[index]!);
      dates.push(tweet.date);
    });
  }
  return { mentions, companies, dates };
}
