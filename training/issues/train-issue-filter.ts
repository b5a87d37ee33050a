/**
 * Trains the issue filter (`src/analyze/issues/issue-filter.ts`) on the labelled train split:
 * per-issue logistic regression over a sentence's words, word pairs and the built-in keywords
 * that fired, then one threshold per issue fitted on out-of-fold probabilities, so that no
 * sentence's own label chooses the threshold it is judged by. The test split is never read.
 */
import { IssueFeatures, IssueMatcher, type IssueFilterModel } from '../../src/analyze/issues/index.js';
import { prepareText } from '../../src/analyze/analysis-text.js';
import { DEFAULT_TAXONOMY } from '../../src/project/defaults/taxonomy.js';
import type { LabelledSentence } from './labelled-sentences.js';
import { trainMultiLabel, type MultiLabelWeights } from './multi-label-regression.js';

const ISSUE_IDS = DEFAULT_TAXONOMY.issues.map((entry) => entry.id);
const LABELS = ISSUE_IDS.length;
const BUCKET_BITS = 16;
const KEYWORD_COPIES = 6;
const TRAINING = { bucketBits: BUCKET_BITS, epochs: 20, learningRate: 0.3, l2: 1e-5, seed: 7 } as const;
const FOLDS = 5;
const THRESHOLDS = [0, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];
// A hit is worth keeping when it is right more often than F/(2−F) of the time, F the micro-F1
// reached: each kept hit then raises micro-F1. That ratio is about 0.6 at F = 0.75, but the
// thresholds are fitted on models that saw a fifth less data and are less sure than the final
// one: 0.4 did best in nested cross-validation (0.762 against 0.753 at 0.6), as did six copies
// of each keyword feature (against one, three, ten and fifteen).
const FALSE_POSITIVE_COST = 0.4;

export interface FilterRow {
  readonly sentence: LabelledSentence;
  /** Issues whose keywords fired. */
  readonly keywordIssues: readonly string[];
  readonly features: Int32Array;
}

/** Keyword hits and features of each sentence, computed once. */
export function filterRows(sentences: readonly LabelledSentence[]): FilterRow[] {
  const matcher = new IssueMatcher(DEFAULT_TAXONOMY);
  const features = new IssueFeatures(BUCKET_BITS, KEYWORD_COPIES);
  return sentences.map((sentence) => {
    const text = prepareText(sentence.text);
    const hits = matcher.keywordHits(text, sentence.language);
    return {
      sentence,
      keywordIssues: hits.map((hit) => hit.issueId),
      features: features.extract(text, sentence.language, hits),
    };
  });
}

function fit(rows: readonly FilterRow[]): MultiLabelWeights {
  const targets = new Uint8Array(rows.length * LABELS);
  rows.forEach((row, index) => {
    for (const id of row.sentence.issues) targets[index * LABELS + ISSUE_IDS.indexOf(id)] = 1;
  });
  return trainMultiLabel({ features: rows.map((row) => row.features), targets, labels: LABELS }, TRAINING);
}

function probabilities(model: MultiLabelWeights, row: FilterRow): number[] {
  const value = row.features.length > 0 ? 1 / Math.sqrt(row.features.length) : 0;
  return ISSUE_IDS.map((_, label) => {
    let logit = model.bias[label]!;
    for (const index of row.features) logit += model.weights[index * LABELS + label]! * value;
    return 1 / (1 + Math.exp(-logit));
  });
}

/** Every `folds`-th row in turn, so that a fold mixes sources and languages. */
function foldOf(index: number, folds: number): number {
  return index % folds;
}

function outOfFold(rows: readonly FilterRow[]): number[][] {
  const result: number[][] = new Array(rows.length);
  for (let fold = 0; fold < FOLDS; fold++) {
    const model = fit(rows.filter((_, index) => foldOf(index, FOLDS) !== fold));
    rows.forEach((row, index) => {
      if (foldOf(index, FOLDS) === fold) result[index] = probabilities(model, row);
    });
  }
  return result;
}

/** Per issue, the threshold that keeps the hits worth keeping on out-of-fold probabilities. */
function fitThresholds(rows: readonly FilterRow[], scores: readonly number[][]): number[] {
  return ISSUE_IDS.map((id, label) => {
    let best = 0;
    let bestGain = -Infinity;
    for (const threshold of THRESHOLDS) {
      let gain = 0;
      rows.forEach((row, index) => {
        if (!row.keywordIssues.includes(id) || scores[index]![label]! < threshold) return;
        gain += row.sentence.issues.includes(id) ? 1 : -FALSE_POSITIVE_COST;
      });
      if (gain > bestGain + 1e-9) {
        bestGain = gain;
        best = threshold;
      }
    }
    return best;
  });
}

/** Trains the filter on `rows` and fits its thresholds on folds of the same rows. */
export function trainIssueFilter(rows: readonly FilterRow[]): IssueFilterModel {
  const thresholds = fitThresholds(rows, outOfFold(rows));
  const model = fit(rows);
  const weights: number[][] = [];
  for (let bucket = 0; bucket < 1 << BUCKET_BITS; bucket++) {
    const row = Array.from({ length: LABELS }, (_, label) => round(model.weights[bucket * LABELS + label]!));
    if (row.some((weight) => weight !== 0)) weights.push([bucket, ...row]);
  }
  return {
    bucketBits: BUCKET_BITS,
    keywordCopies: KEYWORD_COPIES,
    issues: ISSUE_IDS,
    keywords: Object.fromEntries(DEFAULT_TAXONOMY.issues.map((entry) => [entry.id, entry.keywords])),
    bias: Array.from(model.bias, round),
    thresholds,
    weights,
  };
}

/**
 * Nested cross-validation on the train split: for each fold, the filter is trained and its
 * thresholds fitted on the other folds alone; returns the issues predicted for every row by the
 * keywords alone and by keywords with the filter.
 */
export function crossValidateFilter(rows: readonly FilterRow[]): { keywords: string[][]; filtered: string[][] } {
  const filtered: string[][] = new Array(rows.length);
  for (let fold = 0; fold < FOLDS; fold++) {
    const training = rows.filter((_, index) => foldOf(index, FOLDS) !== fold);
    const thresholds = fitThresholds(training, outOfFold(training));
    const model = fit(training);
    rows.forEach((row, index) => {
      if (foldOf(index, FOLDS) !== fold) return;
      const scores = probabilities(model, row);
      filtered[index] = ISSUE_IDS.filter(
        (id, label) => row.keywordIssues.includes(id) && scores[label]! >= thresholds[label]!,
      );
    });
  }
  return { keywords: rows.map((row) => [...row.keywordIssues]), filtered };
}

function round(value: number): number {
  return Math.round(value * 10000) / 10000;
}
