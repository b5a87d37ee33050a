/**
 * Cross-validation of the targeted model's settings over RuSentNE train, the figures the model
 * card gives for choosing them. RuSentNE's held-out split is not read.
 *
 *   node dist/training/sentiment/cross-validate-target.js [--data DIR]
 *
 * Five folds by sentence (the mentions of one sentence stay together); RuOpinionNE targets whose
 * sentence is in the held fold are left out of that fold's training. Each line gives macro-F1
 * over positive and negative of the pooled held-out folds, the targeted model alone, at the best
 * shift of the neutral logit and at the best pair of shifts of the polar logits.
 */
import { parseArgs } from 'node:util';

import { FeatureBuffer } from '../../src/models/index.js';
import { defaultDataDir } from '../data-dir.js';
import { labelsOf } from './evaluate.js';
import { duplicateKey, NEGATIVE, POSITIVE, stableBucket, type TargetExample } from './examples.js';
import { featuriseTargets } from './featurise.js';
import { fitModel } from './fit-model.js';
import { Confusion } from './metrics.js';
import { TARGET_SETTINGS, type ModelSettings } from './settings.js';
import { loadTargetData } from './target-data.js';

const FOLDS = 5;
const SHIFTS = Array.from({ length: 46 }, (_, index) => (index - 15) / 10);

interface Variant {
  readonly name: string;
  readonly withEntityKind: boolean;
  readonly settings: ModelSettings;
}

const VARIANTS: readonly Variant[] = [
  { name: 'no entity kind, rate 0.1', withEntityKind: false, settings: { ...TARGET_SETTINGS, learningRate: 0.1 } },
  ...[0.1, 0.05, 0.03, 0.02].map((learningRate) => ({
    name: `entity kind, rate ${learningRate}`,
    withEntityKind: true,
    settings: { ...TARGET_SETTINGS, learningRate },
  })),
];

/** Log-probabilities of the held-out examples, three per example. */
function heldOutScores(
  train: readonly TargetExample[],
  held: readonly TargetExample[],
  settings: ModelSettings,
): Float64Array {
  const fitted = fitModel('target', featuriseTargets(train, settings.features), labelsOf(train), settings, {});
  const buffer = new FeatureBuffer();
  const probabilities = new Float64Array(3);
  const scores = new Float64Array(held.length * 3);

  featuriseTargets(held, settings.features).forEach((indices, example) => {
    buffer.clear();
    for (const index of indices) buffer.push(index);
    fitted.file.model.predictInto(buffer, probabilities);
    for (let label = 0; label < 3; label++) scores[example * 3 + label] = Math.log(probabilities[label]!);
  });
  return scores;
}

function polarF1(gold: Uint8Array, scores: Float64Array, offsets: readonly number[]): number {
  const confusion = new Confusion(3);
  for (let example = 0; example < gold.length; example++) {
    let best = 0;
    for (let label = 1; label < 3; label++) {
      if (scores[example * 3 + label]! + offsets[label]! > scores[example * 3 + best]! + offsets[best]!)
        best = label;
    }
    confusion.add(gold[example]!, best);
  }
  return confusion.macroF1([NEGATIVE, POSITIVE]);
}

function crossValidate(rusentne: readonly TargetExample[], opinions: readonly TargetExample[], variant: Variant): string {
  const strip = (examples: readonly TargetExample[]): TargetExample[] =>
    variant.withEntityKind ? [...examples] : examples.map(({ entityKind: _kind, ...rest }) => rest);
  const gold: number[] = [];
  const scores: number[] = [];

  for (let fold = 0; fold < FOLDS; fold++) {
    const inFold = (example: TargetExample): boolean =>
      Math.floor((stableBucket(example.sentence) * FOLDS) / 100) === fold;
    const held = rusentne.filter(inFold);
    const heldSentences = new Set(held.map((example) => duplicateKey(example.sentence)));
    const train = [
      ...rusentne.filter((example) => !inFold(example)),
      ...opinions.filter((example) => !heldSentences.has(duplicateKey(example.sentence))),
    ];
    gold.push(...labelsOf(held));
    scores.push(...heldOutScores(strip(train), strip(held), variant.settings));
  }

  const labels = Uint8Array.from(gold);
  const pooled = Float64Array.from(scores);
  const neutralShift = Math.max(...SHIFTS.map((shift) => polarF1(labels, pooled, [0, shift, 0])));
  const polarShifts = Math.max(
    ...SHIFTS.flatMap((negative) => SHIFTS.map((positive) => polarF1(labels, pooled, [negative, 0, positive]))),
  );
  return `${variant.name}: ${neutralShift.toFixed(3)} (two polar shifts ${polarShifts.toFixed(3)})`;
}

const { values } = parseArgs({ options: { data: { type: 'string' } } });
const target = loadTargetData(values.data ?? defaultDataDir());
const rusentne = [...target.tuningTrain, ...target.dev].filter((example) => example.corpus === 'rusentne');
const opinions = target.finalTrain.filter((example) => example.corpus !== 'rusentne');
for (const variant of VARIANTS) console.log(crossValidate(rusentne, opinions, variant));
