/**
 * Cross-validation of the targeted model's settings over RuSentNE train, the figures the model
 * card gives for choosing them. RuSentNE's held-out split is not read.
 *
 *   node dist/training/sentiment/cross-validate-target.js [--data DIR]
 *
 * Five folds by sentence (the mentions of one sentence stay together); RuOpinionNE targets whose
 * sentence is in the held fold are left out of that fold's training. Each line gives macro-F1
 * over positive and negative of the pooled held-out folds, the targeted model alone: at the best
 * shift of the neutral logit, at the best pair of shifts of the polar logits, and with each
 * fold's polar shifts chosen on the other four (cross-fitted).
 */
import { parseArgs } from 'node:util';

import { defaultDataDir } from '../data-dir.js';
import type { TargetExample } from './examples.js';
import { TARGET_SETTINGS, type ModelSettings } from './settings.js';
import {
  bestPolarShifts,
  crossFittedF1,
  heldOutTargetScores,
  polarF1,
  POLAR_SHIFT_GRID,
} from './target-folds.js';
import { loadTargetData } from './target-data.js';

interface Variant {
  readonly name: string;
  readonly withEntityKind: boolean;
  readonly settings: ModelSettings;
}

const VARIANTS: readonly Variant[] = [
  {
    name: 'no entity kind, rate 0.1',
    withEntityKind: false,
    settings: { ...TARGET_SETTINGS, learningRate: 0.1 },
  },
  ...[0.1, 0.05, 0.03, 0.02].map((learningRate) => ({
    name: `entity kind, rate ${learningRate}`,
    withEntityKind: true,
    settings: { ...TARGET_SETTINGS, learningRate },
  })),
];

function crossValidate(
  rusentne: readonly TargetExample[],
  opinions: readonly TargetExample[],
  variant: Variant,
): string {
  const strip = (examples: readonly TargetExample[]): TargetExample[] =>
    variant.withEntityKind
      ? [...examples]
      : examples.map(({ entityKind: _kind, ...rest }) => rest);
  const held = heldOutTargetScores(strip(rusentne), strip(opinions), variant.settings);

  const neutralShift = Math.max(...POLAR_SHIFT_GRID.map((shift) => polarF1(held, [0, shift, 0])));
  const polar = bestPolarShifts(held);
  return (
    `${variant.name}: ${neutralShift.toFixed(3)} (two polar shifts ${polar.f1.toFixed(3)} at ` +
    `${polar.negative} / ${polar.positive}; cross-fitted ${crossFittedF1(held).toFixed(3)})`
  );
}

const { values } = parseArgs({ options: { data: { type: 'string' } } });
const target = loadTargetData(values.data ?? defaultDataDir());
const rusentne = [...target.tuningTrain, ...target.dev].filter(
  (example) => example.corpus === 'rusentne',
);
const opinions = target.finalTrain.filter((example) => example.corpus !== 'rusentne');
for (const variant of VARIANTS) console.log(crossValidate(rusentne, opinions, variant));
