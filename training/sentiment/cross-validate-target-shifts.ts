/**
 * How the targeted model's polar shifts are best chosen: on the dev sentences alone (as training
 * chose them), or by cross-validation over the rest of RuSentNE train. Each way is scored on
 * mentions that did not choose it: the mentions outside the dev sentences, held out by the same
 * five folds as cross-validate-target.ts. RuSentNE's held-out split is not read.
 *
 *   node dist/training/sentiment/cross-validate-target-shifts.js [--data DIR]
 */
import { parseArgs } from 'node:util';

import { defaultDataDir } from '../data-dir.js';
import { TARGET_SETTINGS } from './settings.js';
import { bestPolarShifts, heldOutTargetScores, polarF1 } from './target-folds.js';
import { isTargetDevSentence, loadTargetData } from './target-data.js';

const { values } = parseArgs({ options: { data: { type: 'string' } } });
const target = loadTargetData(values.data ?? defaultDataDir());
const rusentne = [...target.tuningTrain, ...target.dev].filter(
  (example) => example.corpus === 'rusentne',
);
const opinions = target.finalTrain.filter((example) => example.corpus !== 'rusentne');
const held = heldOutTargetScores(rusentne, opinions, TARGET_SETTINGS);
const dev = rusentne.map((example) => isTargetDevSentence(example.sentence));
const rest = (example: number): boolean => !dev[example];

const onDev = bestPolarShifts(held, (example) => dev[example]!);
const show = (name: string, negative: number, positive: number): void =>
  console.log(
    `${name}: ${negative} / ${positive}, macro-F1 pos+neg outside dev ` +
      polarF1(held, [negative, 0, positive], rest).toFixed(3),
  );

show('no shifts', 0, 0);
show('chosen on the dev sentences', onDev.negative, onDev.positive);
for (let fold = 0; fold < 5; fold++) {
  const chosen = bestPolarShifts(held, (example) => rest(example) && held.folds[example] !== fold);
  const scored = (example: number): boolean => rest(example) && held.folds[example] === fold;
  console.log(
    `fold ${fold}: chosen on the other folds ${chosen.negative} / ${chosen.positive}: ` +
      `${polarF1(held, [chosen.negative, 0, chosen.positive], scored).toFixed(3)}, ` +
      `dev's ${polarF1(held, [onDev.negative, 0, onDev.positive], scored).toFixed(3)}`,
  );
}
const pooled = bestPolarShifts(held, rest);
show('chosen on every mention outside dev (in-sample)', pooled.negative, pooled.positive);
