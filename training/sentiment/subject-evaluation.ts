import type { Mention } from '../../src/analyze/analysis.js';
import { mentionSentence } from '../../src/analyze/sentiment/mention-sentence.js';
import {
  FeatureBuffer,
  TargetFeatureHasher,
  TextFeatureHasher,
  type ModelFile,
} from '../../src/models/index.js';
import type { TargetExample } from './examples.js';
import { labelsOf } from './evaluate.js';
import { Confusion } from './metrics.js';

/** The two opinions the analyzer mixes for a mention in Russian text, three probabilities each. */
export interface MentionOpinions {
  readonly target: Float64Array;
  readonly clause: Float64Array;
}

/**
 * Scores each example as the analyzer does: the targeted model on the sentence around the
 * mention, and the overall model on the mention's clause (from the same clause-cutting code).
 */
export function mentionOpinions(
  examples: readonly TargetExample[],
  overall: ModelFile,
  target: ModelFile,
): MentionOpinions {
  const textFeatures = new TextFeatureHasher(overall.metadata.features);
  const targetFeatures = new TargetFeatureHasher(target.metadata.features);
  const buffer = new FeatureBuffer();
  const scratch = new Float64Array(3);
  const targetProbabilities = new Float64Array(examples.length * 3);
  const clauseProbabilities = new Float64Array(examples.length * 3);

  examples.forEach((example, index) => {
    const mention: Mention = {
      subjectId: 'entity',
      start: example.start,
      end: example.end,
      form: example.sentence.slice(example.start, example.end),
      how: 'alias',
    };
    const { before, after, clause } = mentionSentence(example.sentence, mention);

    targetFeatures.extract(before, after, buffer, example.entityKind);
    target.model.predictInto(buffer, scratch);
    targetProbabilities.set(scratch, index * 3);

    textFeatures.extract(clause, buffer);
    overall.model.predictInto(buffer, scratch);
    clauseProbabilities.set(scratch, index * 3);
  });

  return { target: targetProbabilities, clause: clauseProbabilities };
}

/** Added to the targeted model's polar logits, as training adds them to the shipped bias. */
export interface PolarShifts {
  readonly negative: number;
  readonly positive: number;
}

const NO_SHIFT: PolarShifts = { negative: 0, positive: 0 };

/**
 * Confusion of the mix `target^weight × clause^(1 − weight)`, as the analyzer mixes, against the
 * gold labels, with `shifts` added to the targeted model's polar logits.
 */
export function mixedConfusion(
  examples: readonly TargetExample[],
  opinions: MentionOpinions,
  weight: number,
  shifts: PolarShifts = NO_SHIFT,
): Confusion {
  const offsets = [shifts.negative, 0, shifts.positive];
  const gold = labelsOf(examples);
  const confusion = new Confusion(3);

  for (let index = 0; index < examples.length; index++) {
    let best = 0;
    let bestValue = -1;
    for (let label = 0; label < 3; label++) {
      const slot = index * 3 + label;
      const target = Math.log(opinions.target[slot]!) + offsets[label]!;
      const value = weight * target + (1 - weight) * Math.log(opinions.clause[slot]!);
      if (value > bestValue) {
        best = label;
        bestValue = value;
      }
    }
    confusion.add(gold[index]!, best);
  }
  return confusion;
}
