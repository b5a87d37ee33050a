/**
 * The shipped name classifier (`models/names.bin`): a logistic regression that gives each
 * capitalised word the probability of being part of a person's name, from the word, its
 * endings, its neighbours and what the name rules said. It finds what no rule covers, such as
 * a foreign surname alone ("Нетаньяху заявил") or a name opening a sentence. Trained by
 * `training/names/train-name-classifier.ts`.
 */
import { readFileSync } from 'node:fs';

import { FeatureBuffer } from '../../models/feature-buffer.js';
import type { LinearModel } from '../../models/linear-model.js';
import { shippedModelPath } from '../../models/load-model-file.js';
import { decodeModelFile } from '../../models/model-file.js';
import { nameTokenFeatures, textEvidence, type TextEvidence } from './name-token-features.js';
import type { NameToken } from './name-token.js';

export const NAME_MODEL_FILE = 'names.bin';
export const NAME_LABELS = ['other', 'person'] as const;
/**
 * A given name that is also an ordinary word ("Бақыт", happiness; "Роман", a novel) is added
 * only when the model is this sure: most Kazakh given names are words too.
 */
const AMBIGUOUS_GIVEN_NAME_PROBABILITY = 0.9;
/** Below this, the model overrules the rules: a word they took for a name is not one. */
const RULE_OVERRULED_PROBABILITY = 0.15;

export class NameClassifier {
  readonly #model: LinearModel;
  readonly #threshold: number;
  readonly #mask: number;
  readonly #features = new FeatureBuffer();
  readonly #probabilities = new Float64Array(NAME_LABELS.length);

  /** `threshold`: the probability from which a word counts as part of a name. */
  constructor(model: LinearModel, threshold: number) {
    if (model.labels.join(',') !== NAME_LABELS.join(',')) {
      throw new Error(`name classifier: the model's labels are ${model.labels.join(',')}, expected ${NAME_LABELS.join(',')}`);
    }
    this.#model = model;
    this.#threshold = threshold;
    this.#mask = (1 << model.bucketBits) - 1;
  }

  /** The probability that `tokens[index]` is part of a person's name. */
  probability(
    text: string, tokens: readonly NameToken[], index: number, ruleNamed: readonly boolean[], evidence: TextEvidence,
  ): number {
    nameTokenFeatures(text, tokens, index, ruleNamed, evidence, this.#mask, this.#features);
    this.#model.predictInto(this.#features, this.#probabilities);
    return this.#probabilities[1]!;
  }

  /**
   * Which tokens are part of a name: a word the rules found unless the model is nearly sure it
   * is not one, and a capitalised word the model finds likely. The rules' exceptions hold: a
   * word naming a street or a namesake ("проспект Абая", "имени Пушкина") is never added, and a
   * given name that is also an ordinary word ("Роман", "Вера") needs a surer model. A subject's
   * word counts as named so that the name it stands in (the subject's given name beside it) is
   * recognised as the subject's and kept.
   */
  decide(text: string, tokens: readonly NameToken[], ruleNamed: readonly boolean[]): boolean[] {
    const evidence = textEvidence(text, tokens, ruleNamed);
    return tokens.map((token, index) => {
      if (token.subject) return true;
      if (token.initial) return ruleNamed[index]!;
      if (!token.capitalised || token.place) return false;
      const probability = this.probability(text, tokens, index, ruleNamed, evidence);
      if (ruleNamed[index]) return probability >= RULE_OVERRULED_PROBABILITY;
      const needed = token.given === 'ambiguous' ? Math.max(this.#threshold, AMBIGUOUS_GIVEN_NAME_PROBABILITY) : this.#threshold;
      return probability >= needed;
    });
  }
}

let shared: NameClassifier | undefined;

/** The shipped classifier, read once per process. */
export function loadNameClassifier(): NameClassifier {
  if (shared) return shared;
  const path = shippedModelPath(NAME_MODEL_FILE);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new Error(`name classifier: cannot read ${path} (${reason}); run ` +
      '`npx vite-node training/names/train-name-classifier.ts` or reinstall tyndau');
  }
  const { model, metadata } = decodeModelFile(bytes, path);
  const threshold = metadata.about.threshold;
  if (typeof threshold !== 'number') throw new Error(`name classifier: ${path} names no threshold; retrain it`);
  shared = new NameClassifier(model, threshold);
  return shared;
}
