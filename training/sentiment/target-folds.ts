import { FeatureBuffer } from '../../src/models/index.js';
import { labelsOf } from './evaluate.js';
import { duplicateKey, NEGATIVE, POSITIVE, stableBucket, type TargetExample } from './examples.js';
import { featuriseTargets } from './featurise.js';
import { fitModel } from './fit-model.js';
import { Confusion } from './metrics.js';
import type { ModelSettings } from './settings.js';

const FOLDS = 5;

/** Shifts of the negative and positive logits tried, −1.5 to 3 in steps of 0.1. */
export const POLAR_SHIFT_GRID = Array.from({ length: 46 }, (_, index) => (index - 15) / 10);

/** The gold labels of RuSentNE train mentions and the targeted model's log-probabilities. */
export interface HeldOutScores {
  readonly gold: Uint8Array;
  /** Three log-probabilities per mention, in the order of `gold`. */
  readonly scores: Float64Array;
  /** The fold each mention was held out in. */
  readonly folds: Uint8Array;
}

/**
 * Features of one fold's training and held-out mentions. A candidate feature learnt from labels
 * (a word list of the fold's training mentions) sees only the training side.
 */
export type FoldFeaturiser = (
  train: readonly TargetExample[],
  held: readonly TargetExample[],
) => readonly [readonly Int32Array[], readonly Int32Array[]];

/** The shipped features. */
export function shippedFeaturiser(settings: ModelSettings): FoldFeaturiser {
  return (train, held) => [
    featuriseTargets(train, settings.features),
    featuriseTargets(held, settings.features),
  ];
}

/**
 * Scores every RuSentNE train mention with a targeted model trained without its fold: five
 * folds by sentence (the mentions of one sentence stay together), RuOpinionNE targets whose
 * sentence is in the held fold left out of that fold's training.
 */
export function heldOutTargetScores(
  rusentne: readonly TargetExample[],
  opinions: readonly TargetExample[],
  settings: ModelSettings,
  featurise: FoldFeaturiser = shippedFeaturiser(settings),
): HeldOutScores {
  const gold: number[] = [];
  const scores: number[] = [];
  const folds: number[] = [];

  targetFolds(rusentne, opinions).forEach(({ train, held }, fold) => {
    gold.push(...labelsOf(held));
    scores.push(...scoreHeldOut(train, held, settings, featurise));
    folds.push(...held.map(() => fold));
  });
  return {
    gold: Uint8Array.from(gold),
    scores: Float64Array.from(scores),
    folds: Uint8Array.from(folds),
  };
}

export interface TargetFold {
  readonly train: readonly TargetExample[];
  readonly held: readonly TargetExample[];
}

/**
 * The five folds by sentence (the mentions of one sentence stay together); RuOpinionNE targets
 * whose sentence is in the held fold are left out of that fold's training.
 */
export function targetFolds(
  rusentne: readonly TargetExample[],
  opinions: readonly TargetExample[],
): TargetFold[] {
  return Array.from({ length: FOLDS }, (_, fold) => {
    const inFold = (example: TargetExample): boolean =>
      Math.floor((stableBucket(example.sentence) * FOLDS) / 100) === fold;
    const held = rusentne.filter(inFold);
    const heldSentences = new Set(held.map((example) => duplicateKey(example.sentence)));
    const train = [
      ...rusentne.filter((example) => !inFold(example)),
      ...opinions.filter((example) => !heldSentences.has(duplicateKey(example.sentence))),
    ];
    return { train, held };
  });
}

function scoreHeldOut(
  train: readonly TargetExample[],
  held: readonly TargetExample[],
  settings: ModelSettings,
  featurise: FoldFeaturiser,
): Float64Array {
  const [trainFeatures, heldFeatures] = featurise(train, held);
  const fitted = fitModel('target', trainFeatures, labelsOf(train), settings, {});
  const buffer = new FeatureBuffer();
  const probabilities = new Float64Array(3);
  const scores = new Float64Array(held.length * 3);

  heldFeatures.forEach((indices, example) => {
    buffer.clear();
    for (const index of indices) buffer.push(index);
    fitted.file.model.predictInto(buffer, probabilities);
    for (let label = 0; label < 3; label++)
      scores[example * 3 + label] = Math.log(probabilities[label]!);
  });
  return scores;
}

/** Which mentions a measurement counts. */
type MentionFilter = (example: number) => boolean;

const EVERY_MENTION: MentionFilter = () => true;

function addPredictions(
  held: HeldOutScores,
  offsets: readonly number[],
  counted: MentionFilter,
  confusion: Confusion,
): void {
  const { gold, scores } = held;
  for (let example = 0; example < gold.length; example++) {
    if (!counted(example)) continue;
    let best = 0;
    for (let label = 1; label < 3; label++) {
      const value = scores[example * 3 + label]! + offsets[label]!;
      if (value > scores[example * 3 + best]! + offsets[best]!) best = label;
    }
    confusion.add(gold[example]!, best);
  }
}

/** Macro-F1 over positive and negative with `offsets` added to the three log-probabilities. */
export function polarF1(
  held: HeldOutScores,
  offsets: readonly number[],
  counted: MentionFilter = EVERY_MENTION,
): number {
  const confusion = new Confusion(3);
  addPredictions(held, offsets, counted, confusion);
  return confusion.macroF1([NEGATIVE, POSITIVE]);
}

export interface PolarShiftChoice {
  readonly negative: number;
  readonly positive: number;
  readonly f1: number;
}

/** The pair of negative and positive shifts with the best pooled macro-F1 pos+neg. */
export function bestPolarShifts(
  held: HeldOutScores,
  counted: MentionFilter = EVERY_MENTION,
): PolarShiftChoice {
  let best = { negative: 0, positive: 0, f1: -1 };
  for (const negative of POLAR_SHIFT_GRID) {
    for (const positive of POLAR_SHIFT_GRID) {
      const f1 = polarF1(held, [negative, 0, positive], counted);
      if (f1 > best.f1 + 1e-9) best = { negative, positive, f1 };
    }
  }
  return best;
}

/**
 * Macro-F1 pos+neg with each fold's shifts chosen on the other four folds: what choosing the
 * shifts this way is worth on mentions that did not choose them.
 */
export function crossFittedF1(held: HeldOutScores): number {
  const confusion = new Confusion(3);
  for (let fold = 0; fold < FOLDS; fold++) {
    const shifts = bestPolarShifts(held, (example) => held.folds[example] !== fold);
    const offsets = [shifts.negative, 0, shifts.positive];
    addPredictions(held, offsets, (example) => held.folds[example] === fold, confusion);
  }
  return confusion.macroF1([NEGATIVE, POSITIVE]);
}
