/**
 * The in-domain benchmark method: TF-IDF word 1–2-grams and character 2–5-grams of the
 * normalised tokens, one-vs-rest linear SVMs over them. Scored and thrown away, never shipped.
 */
import { balancedExampleWeights, trainLinearSvm, type LinearSvm } from './linear-svm.js';
import { DEFAULT_VECTORISER, NgramVectoriser, type VectoriserOptions } from './ngram-vectoriser.js';

export interface SocialModelSettings {
  readonly classes: number;
  readonly cost: number;
  /** Give every class the same total weight (for metrics that leave the large class out). */
  readonly balanced: boolean;
  readonly vectoriser?: VectoriserOptions;
  readonly seed?: number;
}

const SEED = 20240301;

export class SocialModel {
  readonly #vectoriser: NgramVectoriser;
  readonly #svm: LinearSvm;

  constructor(vectoriser: NgramVectoriser, svm: LinearSvm) {
    this.#vectoriser = vectoriser;
    this.#svm = svm;
  }

  scores(tokens: readonly string[]): Float64Array {
    return this.#svm.scores(this.#vectoriser.transform(tokens));
  }

  predict(tokens: readonly string[]): number {
    return argmax(this.scores(tokens));
  }
}

export function trainSocialModel(
  texts: readonly (readonly string[])[],
  labels: ArrayLike<number>,
  settings: SocialModelSettings,
): SocialModel {
  const vectoriser = new NgramVectoriser(settings.vectoriser ?? DEFAULT_VECTORISER).fit(texts);
  const vectors = texts.map((tokens) => vectoriser.transform(tokens));
  const svm = trainLinearSvm(vectors, labels, vectoriser.size, {
    classes: settings.classes,
    cost: settings.cost,
    seed: settings.seed ?? SEED,
    weights: settings.balanced ? balancedExampleWeights(labels, settings.classes) : undefined,
  });
  return new SocialModel(vectoriser, svm);
}

export function argmax(scores: ArrayLike<number>): number {
  let best = 0;
  for (let cls = 1; cls < scores.length; cls++) if (scores[cls]! > scores[best]!) best = cls;
  return best;
}
