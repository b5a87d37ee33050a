/**
 * A trained check on the built-in taxonomy's keyword hits. The keywords are written for recall
 * and misfire on other senses ("дороги двух корифеев разошлись", a park that is only a place, a
 * biography's school); a per-issue logistic regression over the post's words and word pairs and
 * the keywords that fired, trained on the hand-labelled sentences of `training/issues/`, keeps a
 * hit only when its probability reaches the issue's threshold (fitted on cross-validation folds
 * of the train split). The model file is `models/issues-filter.json`.
 */
import { readFileSync } from 'node:fs';

import type { LanguageCode } from '../analysis.js';
import type { AnalysisText } from '../analysis-text.js';
import type { TaxonomyEntry } from '../../project/project.js';
import { FeatureBuffer, TextFeatureHasher, shippedModelPath } from '../../models/index.js';
import { combineHashes, hashText } from '../../models/feature-hash.js';

export const ISSUE_FILTER_FILE = 'issues-filter.json';

/** The file's form: sparse weights, one row per used bucket, one column per issue. */
export interface IssueFilterModel {
  readonly bucketBits: number;
  /** Copies of each keyword feature, so that a keyword weighs against a sentence's many words. */
  readonly keywordCopies: number;
  readonly issues: readonly string[];
  /** The keywords of each issue the model was trained with; other keywords disable it. */
  readonly keywords: Readonly<Record<string, TaxonomyEntry['keywords']>>;
  readonly bias: readonly number[];
  readonly thresholds: readonly number[];
  /** `[bucket, w₀, w₁, …]` for every bucket with a weight. */
  readonly weights: readonly (readonly number[])[];
}

export interface KeywordEvidence {
  readonly issueId: string;
  readonly evidence: readonly string[];
}

const FIRED = hashText('issue-fired');
const KEYWORD = hashText('issue-keyword');
const LANGUAGE = hashText('issue-language');

/** Hashed features of one post and its keyword hits; training and the analyzer share it. */
export class IssueFeatures {
  readonly #hasher: TextFeatureHasher;
  readonly #buffer = new FeatureBuffer();
  readonly #mask: number;
  readonly #keywordCopies: number;

  constructor(bucketBits: number, keywordCopies: number) {
    // Words and word pairs only: character n-grams outnumber the keyword features a hundredfold.
    this.#hasher = new TextFeatureHasher({ bucketBits, charNgramMin: 0, charNgramMax: 0 });
    this.#mask = (1 << bucketBits) - 1;
    this.#keywordCopies = keywordCopies;
  }

  extract(text: AnalysisText, language: LanguageCode, hits: readonly KeywordEvidence[]): Int32Array {
    this.#hasher.extract(text.normalised, this.#buffer);
    const features = [...this.#buffer.snapshot()];
    for (const hit of hits) {
      features.push(combineHashes(FIRED, hashText(hit.issueId)) & this.#mask);
      for (const keyword of hit.evidence) {
        const key = hashText(`${hit.issueId}:${keyword}`);
        for (let copy = 0; copy < this.#keywordCopies; copy++) {
          features.push(combineHashes(KEYWORD + copy, key) & this.#mask);
        }
      }
    }
    features.push(combineHashes(LANGUAGE, hashText(language)) & this.#mask);
    return Int32Array.from(features);
  }
}

export class IssueFilter {
  readonly #model: IssueFilterModel;
  readonly #features: IssueFeatures;
  readonly #rows = new Map<number, readonly number[]>();
  readonly #column = new Map<string, number>();

  constructor(model: IssueFilterModel, taxonomy: readonly TaxonomyEntry[]) {
    this.#model = model;
    this.#features = new IssueFeatures(model.bucketBits, model.keywordCopies);
    for (const row of model.weights) this.#rows.set(row[0]!, row);
    // An issue whose keywords a project changed is left to its keywords: the model learnt
    // the built-in ones.
    const byId = new Map(taxonomy.map((entry) => [entry.id, entry]));
    model.issues.forEach((id, column) => {
      const entry = byId.get(id);
      if (entry && JSON.stringify(entry.keywords) === JSON.stringify(model.keywords[id])) {
        this.#column.set(id, column);
      }
    });
  }

  /** Reads the shipped model; null when the file is missing (the keywords then act alone). */
  static loadShipped(taxonomy: readonly TaxonomyEntry[]): IssueFilter | null {
    let text: string;
    try {
      text = readFileSync(shippedModelPath(ISSUE_FILTER_FILE), 'utf8');
    } catch {
      return null;
    }
    return new IssueFilter(JSON.parse(text) as IssueFilterModel, taxonomy);
  }

  /** Probability of each issue the model covers, given the post and its keyword hits. */
  probabilities(text: AnalysisText, language: LanguageCode, hits: readonly KeywordEvidence[]): Map<string, number> {
    const features = this.#features.extract(text, language, hits);
    const value = features.length > 0 ? 1 / Math.sqrt(features.length) : 0;
    const logits = [...this.#model.bias];
    for (const feature of features) {
      const row = this.#rows.get(feature);
      if (row === undefined) continue;
      for (let column = 0; column < logits.length; column++) logits[column]! += row[column + 1]! * value;
    }
    const result = new Map<string, number>();
    for (const [id, column] of this.#column) result.set(id, 1 / (1 + Math.exp(-logits[column]!)));
    return result;
  }

  /** The hits the model confirms; hits of issues it does not cover pass unchanged. */
  keep<Hit extends KeywordEvidence>(text: AnalysisText, language: LanguageCode, hits: readonly Hit[]): Hit[] {
    if (hits.length === 0 || this.#column.size === 0) return [...hits];
    const probabilities = this.probabilities(text, language, hits);
    return hits.filter((hit) => {
      const probability = probabilities.get(hit.issueId);
      if (probability === undefined) return true;
      return probability >= this.#model.thresholds[this.#column.get(hit.issueId)!]!;
    });
  }
}
