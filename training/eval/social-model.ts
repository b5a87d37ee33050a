/**
 * The in-domain benchmark method: TF-IDF word 1–2-grams and character 2–5-grams of the
 * normalised tokens, optionally followed by dense features (averaged word vectors), one-vs-rest
 * linear SVMs over them. Scored and thrown away, never shipped.
 */
import { balancedExampleWeights, trainLinearSvm, type LinearSvm } from './linear-svm.js';
import {
  DEFAULT_VECTORISER,
  NgramVectoriser,
  type SparseVector,
  type VectoriserOptions,
} from './ngram-vectoriser.js';

/** Features of fixed width appended after the n-gram block. */
export interface DenseFeatures {
  readonly size: number;
  features(tokens: readonly string[]): Float64Array;
}

export interface SocialModelSettings {
  readonly classes: number;
  readonly cost: number;
  /** Give every class the same total weight (for metrics that leave the large class out). */
  readonly balanced: boolean;
  readonly vectoriser?: VectoriserOptions;
  readonly dense?: DenseFeatures;
  readonly seed?: number;
}

const SEED = 20240301;

export class SocialModel {
  readonly #vectoriser: NgramVectoriser;
  readonly #dense: DenseFeatures | undefined;
  readonly #svm: LinearSvm;

  constructor(vectoriser: NgramVectoriser, dense: DenseFeatures | undefined, svm: LinearSvm) {
    this.#vectoriser = vectoriser;
    this.#dense = dense;
    this.#svm = svm;
  }

  scores(tokens: readonly string[]): Float64Array {
    return this.#svm.scores(featureVector(this.#vectoriser, this.#dense, tokens));
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
  const vectors = texts.map((tokens) => featureVector(vectoriser, settings.dense, tokens));
  const dimensions = vectoriser.size + (settings.dense?.size ?? 0);
  const svm = trainLinearSvm(vectors, labels, dimensions, {
    classes: settings.classes,
    cost: settings.cost,
    seed: settings.seed ?? SEED,
    weights: settings.balanced ? balancedExampleWeights(labels, settings.classes) : undefined,
  });
  return new SocialModel(vectoriser, settings.dense, svm);
}

function featureVector(
  vectoriser: NgramVectoriser,
  dense: DenseFeatures | undefined,
  tokens: readonly string[],
): SparseVector {
  const sparse = vectoriser.transform(tokens);
  if (dense === undefined) return sparse;
  const values = dense.features(tokens);
  const indices = new Int32Array(sparse.indices.length + dense.size);
  indices.set(sparse.indices);
  for (let offset = 0; offset < dense.size; offset++) {
    indices[sparse.indices.length + offset] = vectoriser.size + offset;
  }
  const all = new Float64Array(indices.length);
  all.set(sparse.values);
  all.set(values, sparse.values.length);
  return { indices, values: all };
}

export function argmax(scores: ArrayLike<number>): number {
  let best = 0;
  for (let cls = 1; cls < scores.length; cls++) if (scores[cls]! > scores[best]!) best = cls;
  return best;
}
