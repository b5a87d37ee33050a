import type { Mention } from '../../src/analyze/analysis.js';
import { mentionSentence } from '../../src/analyze/sentiment/mention-sentence.js';
import {
  FeatureBuffer,
  TargetFeatureHasher,
  TextFeatureHasher,
  type ModelFile,
} from '../../src/models/index.js';
import { NEUTRAL, type TargetExample } from './examples.js';
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

    targetFeatures.extract(before, after, buffer);
    target.model.predictInto(buffer, scratch);
    targetProbabilities.set(scratch, index * 3);

    textFeatures.extract(clause, buffer);
    overall.model.predictInto(buffer, scratch);
    clauseProbabilities.set(scratch, index * 3);
  });

  return { target: targetProbabilities, clause: clauseProbabilities };
}

/**
 * Confusion of the mix `target^weight × clause^(1 − weight)`, as the analyzer mixes, against the
 * gold labels. `neutralShift` is added to the targeted model's neutral logit, as training adds
 * it to the shipped model's bias.
 */
export function mixedConfusion(
  examples: readonly TargetExample[],
  opinions: MentionOpinions,
  weight: number,
  neutralShift = 0,
): Confusion {
  const gold = labelsOf(examples);
  const confusion = new Confusion(3);

  for (let index = 0; index < examples.length; index++) {
    let best = 0;
    let bestValue = -1;
    for (let label = 0; label < 3; label++) {
      const slot = index * 3 + label;
      const target = Math.log(opinions.target[slot]!) + (label === NEUTRAL ? neutralShift : 0);
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
