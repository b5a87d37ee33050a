/**
 * How the targeted model's weights are rounded and averaged, and two changes of its data and
 * step, by the same 5-fold cross-validation over RuSentNE train as cross-validate-target.ts
 * (folds by sentence; RuSentNE's held-out split is not read). Each fold's model is trained once
 * in float and read out several ways: float, int8 with the scale at the 99.99th percentile of
 * |w| (the earlier files), int8 scaled by the largest |w| (shipped now), int8 on levels spaced
 * by a power (finer near zero) and 16-bit. Each line: macro-F1 pos+neg of the pooled held-out
 * folds at the best pair of polar shifts, and cross-fitted.
 *
 *   node dist/training/sentiment/cross-validate-target-weights.js [--data DIR]
 *     [--rate R] [--epochs N]   another step or number of epochs
 *     [--average K]             the mean of the weights after each of the last K epochs
 *     [--holders]               RuOpinionNE holders added as neutral examples
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

import { defaultDataDir } from '../data-dir.js';
import { labelsOf } from './evaluate.js';
import { LABELS, NEUTRAL, type TargetExample } from './examples.js';
import { featuriseTargets } from './featurise.js';
import { balancedWeights, trainLogisticRegression } from './logistic-regression.js';
import { quantiseWeights } from './quantise.js';
import { TARGET_SETTINGS } from './settings.js';
import {
  bestPolarShifts,
  crossFittedF1,
  targetFolds,
  type HeldOutScores,
} from './target-folds.js';
import { loadTargetData } from './target-data.js';

const CLASSES = LABELS.length;

type Scorer = (indices: Int32Array, scores: Float64Array) => void;

interface Readout {
  readonly name: string;
  readonly make: (weights: Float32Array, bias: Float64Array) => Scorer;
}

function floatScorer(weights: Float32Array, bias: Float64Array): Scorer {
  return (indices, scores) => {
    const value = indices.length > 0 ? 1 / Math.sqrt(indices.length) : 0;
    for (let label = 0; label < CLASSES; label++) {
      let sum = 0;
      for (const index of indices) sum += weights[index * CLASSES + label]!;
      scores[label] = bias[label]! + sum * value;
    }
  };
}

function int8Scorer(quantile: number): Readout['make'] {
  return (weights, bias) => {
    const { quantised, scales } = quantiseWeights(weights, CLASSES, quantile);
    return (indices, scores) => {
      const value = indices.length > 0 ? 1 / Math.sqrt(indices.length) : 0;
      for (let label = 0; label < CLASSES; label++) {
        let sum = 0;
        for (const index of indices) sum += quantised[index * CLASSES + label]!;
        scores[label] = bias[label]! + scales[label]! * sum * value;
      }
    };
  };
}

/** Levels spaced by a power of their index: finer near zero, where most weights are. */
function compandedScorer(power: number, levels: number): Readout['make'] {
  return (weights, bias) => {
    const rounded = new Float32Array(weights.length);
    for (let label = 0; label < CLASSES; label++) {
      let largest = 0;
      for (let slot = label; slot < weights.length; slot += CLASSES)
        largest = Math.max(largest, Math.abs(weights[slot]!));
      for (let slot = label; slot < weights.length; slot += CLASSES) {
        const weight = weights[slot]!;
        const level = Math.round(Math.pow(Math.abs(weight) / largest, 1 / power) * levels);
        rounded[slot] = Math.sign(weight) * Math.pow(level / levels, power) * largest;
      }
    }
    return floatScorer(rounded, bias);
  };
}

const READOUTS: readonly Readout[] = [
  { name: 'float', make: floatScorer },
  { name: 'int8, scale at the 99.99th percentile (before)', make: int8Scorer(0.9999) },
  { name: 'int8, scale at the largest (shipped)', make: int8Scorer(1) },
  { name: 'int8 companded power 2', make: compandedScorer(2, 127) },
  { name: 'int8 companded power 3', make: compandedScorer(3, 127) },
  { name: 'int16-like linear', make: compandedScorer(1, 32767) },
];

/**
 * RuOpinionNE holders named in the sentence, as neutral examples: the one who praises or blames
 * is not thereby praised or blamed. A holder that is also a target of the sentence is skipped.
 */
function opinionHolders(dataDir: string): TargetExample[] {
  const holders: TargetExample[] = [];
  const path = join(dataDir, 'ruopinionne-2024', 'train.jsonl');
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const record = JSON.parse(line) as {
      text: string;
      opinions: { Source: [string[], string[]]; Target: [string[], string[]] }[];
    };
    const targets = new Set(record.opinions.map((opinion) => opinion.Target[1][0]));
    const seen = new Set<string>();
    for (const opinion of record.opinions) {
      const span = opinion.Source[1][0];
      const words = opinion.Source[0][0];
      if (!span || !words || words === 'NULL' || words === 'AUTHOR') continue;
      if (targets.has(span) || seen.has(span)) continue;
      seen.add(span);
      const [start, end] = span.split(':').map(Number);
      if (start === undefined || end === undefined) continue;
      if (record.text.slice(start, end) !== words) continue;
      holders.push({ sentence: record.text, start, end, label: NEUTRAL, corpus: 'holder' });
    }
  }
  console.log(`holders: ${holders.length}`);
  return holders;
}

function logSoftmax(scores: Float64Array, into: number[]): void {
  const highest = Math.max(...scores);
  let total = 0;
  for (const score of scores) total += Math.exp(score - highest);
  for (const score of scores) into.push(score - highest - Math.log(total));
}

const { values } = parseArgs({
  options: {
    data: { type: 'string' },
    epochs: { type: 'string' },
    rate: { type: 'string' },
    average: { type: 'string' },
    holders: { type: 'boolean', default: false },
  },
});
const settings = {
  ...TARGET_SETTINGS,
  epochs: Number(values.epochs ?? TARGET_SETTINGS.epochs),
  learningRate: Number(values.rate ?? TARGET_SETTINGS.learningRate),
};
const target = loadTargetData(values.data ?? defaultDataDir());
const rusentne = [...target.tuningTrain, ...target.dev].filter((e) => e.corpus === 'rusentne');
const opinions = [
  ...target.finalTrain.filter((example) => example.corpus !== 'rusentne'),
  ...(values.holders ? opinionHolders(values.data ?? defaultDataDir()) : []),
];

const averaged = Number(values.average ?? 0);

/** Float weights of one fold; with --average, the mean over the last epochs. */
function trainFloat(examples: readonly TargetExample[]): {
  weights: Float32Array;
  bias: Float64Array;
} {
  const labels = labelsOf(examples);
  const sum = {
    weights: new Float32Array(CLASSES << settings.features.bucketBits),
    bias: new Float64Array(CLASSES),
  };
  const addToMean = (weights: Float32Array, bias: Float64Array, epoch: number): void => {
    if (epoch < settings.epochs - averaged) return;
    for (let slot = 0; slot < weights.length; slot++)
      sum.weights[slot]! += weights[slot]! / averaged;
    for (let label = 0; label < CLASSES; label++) sum.bias[label]! += bias[label]! / averaged;
  };
  const fitted = trainLogisticRegression(
    {
      features: featuriseTargets(examples, settings.features),
      labels,
      weights: balancedWeights(labels, CLASSES),
    },
    {
      classes: CLASSES,
      bucketBits: settings.features.bucketBits,
      epochs: settings.epochs,
      learningRate: settings.learningRate,
      l2: settings.l2,
      seed: settings.seed,
      afterEpoch: averaged > 0 ? addToMean : undefined,
    },
  );
  return averaged > 0 ? sum : fitted;
}

const gold: number[] = [];
const folds: number[] = [];
const scoresByReadout = READOUTS.map(() => [] as number[]);
targetFolds(rusentne, opinions).forEach(({ train, held }, fold) => {
  const trained = trainFloat(train);
  const heldFeatures = featuriseTargets(held, settings.features);
  READOUTS.forEach((readout, which) => {
    const score = readout.make(trained.weights, trained.bias);
    const scratch = new Float64Array(CLASSES);
    for (const indices of heldFeatures) {
      score(indices, scratch);
      logSoftmax(scratch, scoresByReadout[which]!);
    }
  });
  gold.push(...labelsOf(held));
  folds.push(...held.map(() => fold));
});

READOUTS.forEach((readout, which) => {
  const held: HeldOutScores = {
    gold: Uint8Array.from(gold),
    scores: Float64Array.from(scoresByReadout[which]!),
    folds: Uint8Array.from(folds),
  };
  const best = bestPolarShifts(held);
  console.log(
    `${readout.name}: ${best.f1.toFixed(3)} at ${best.negative} / ${best.positive}, ` +
      `cross-fitted ${crossFittedF1(held).toFixed(3)}`,
  );
});
