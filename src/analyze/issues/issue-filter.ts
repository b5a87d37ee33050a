/**
 * A trained check on the built-in taxonomy's keyword hits. The keywords are written for recall
 * and misfire on other senses and other stories: "дороги двух корифеев разошлись", a hospital in
 * a celebrity's obituary, a budget or a war crime abroad, a biography's school. One logistic
 * regression judges every hit of every issue: its features are the post's word stems (shared by
 * all issues, so that war, sport or biography words learnt on one issue's hits lower the others'
 * too), the same stems crossed with the hit's issue, and the keywords that fired. A hit is kept
 * when its probability reaches its issue's threshold, fitted on cross-validation folds of the
 * hand-labelled train split (`training/issues/`). The model file is `models/issues-filter.json`.
 */
import { readFileSync } from 'node:fs';

import type { LanguageCode } from '../analysis.js';
import type { AnalysisText } from '../analysis-text.js';
import type { TaxonomyEntry } from '../../project/project.js';
import type { WordInfo } from '../word-info.js';
import { shippedModelPath } from '../../models/index.js';
import { combineHashes, hashText } from '../../models/feature-hash.js';

export const ISSUE_FILTER_FILE = 'issues-filter.json';

/** The file's form: sparse weights over hashed features, one threshold per issue. */
export interface IssueFilterModel {
  readonly bucketBits: number;
  readonly issues: readonly string[];
  /** The keywords of each issue the model was trained with; other keywords disable it. */
  readonly keywords: Readonly<Record<string, TaxonomyEntry['keywords']>>;
  readonly thresholds: readonly number[];
  /** `[bucket, weight]` for every bucket with a weight. */
  readonly weights: readonly (readonly [number, number])[];
}

export interface KeywordEvidence {
  readonly issueId: string;
  readonly evidence: readonly string[];
}

/** One keyword hit's hashed features and their values. */
export interface HitFeatures {
  readonly buckets: Int32Array;
  readonly values: Float32Array;
}

const BIAS = hashText('issue-filter-bias');
const ISSUE = hashText('issue');
const ISSUE_LANGUAGE = hashText('issue-language');
const KEYWORD = hashText('issue-keyword');
const FIRED = hashText('issues-fired');
const STEM = hashText('stem');
// More than four issues at once is rare; the count only says "a list of topics".
const MOST_FIRED = 4;

/** Hashed features of each keyword hit of one post; training and the analyzer share it. */
export class IssueFeatures {
  readonly #mask: number;

  constructor(bucketBits: number) {
    this.#mask = (1 << bucketBits) - 1;
  }

  extract(text: AnalysisText, language: LanguageCode, hits: readonly KeywordEvidence[]): HitFeatures[] {
    if (hits.length === 0) return [];
    const stems = stemHashes(text.words, language);
    const stemValue = 1 / Math.sqrt(Math.max(1, stems.length));
    const mask = this.#mask;
    const fired = combineHashes(FIRED, Math.min(hits.length, MOST_FIRED));
    const languageHash = hashText(language);

    return hits.map((hit) => {
      const issue = hashText(hit.issueId);
      const buckets: number[] = [
        BIAS & mask,
        combineHashes(ISSUE, issue) & mask,
        combineHashes(ISSUE_LANGUAGE, combineHashes(issue, languageHash)) & mask,
        fired & mask,
      ];
      const values: number[] = [1, 1, 1, 1];
      for (const keyword of hit.evidence) {
        buckets.push(combineHashes(KEYWORD, hashText(`${hit.issueId}:${keyword}`)) & mask);
        values.push(1);
      }
      for (const stem of stems) {
        buckets.push(combineHashes(STEM, stem) & mask, combineHashes(issue, stem) & mask);
        values.push(stemValue, stemValue);
      }
      return { buckets: Int32Array.from(buckets), values: Float32Array.from(values) };
    });
  }
}

// Hashing a stem costs more than the rest of a hit's features; words repeat across posts.
const russianStemHashes = new WeakMap<WordInfo, number>();
const kazakhStemHashes = new WeakMap<WordInfo, number>();

/** Hashes of the distinct stems of the post's words, Kazakh ones where Kazakh may be written. */
function stemHashes(words: readonly WordInfo[], language: LanguageCode): number[] {
  const kazakh = language !== 'ru' && language !== 'en';
  const cache = kazakh ? kazakhStemHashes : russianStemHashes;
  const stems = new Set<number>();
  for (const word of words) {
    let hash = cache.get(word);
    if (hash === undefined) {
      hash = hashText((kazakh ? word.kazakhStem : (word.russianStem ?? word.englishStem)) ?? word.text);
      cache.set(word, hash);
    }
    stems.add(hash);
  }
  return [...stems];
}

/** The probability that a hit is right, from the weights and its features. */
export function hitProbability(weight: (bucket: number) => number, features: HitFeatures): number {
  let logit = 0;
  for (let index = 0; index < features.buckets.length; index++) {
    logit += weight(features.buckets[index]!) * features.values[index]!;
  }
  return 1 / (1 + Math.exp(-logit));
}

export class IssueFilter {
  readonly #features: IssueFeatures;
  // Dense (1 MB at 2¹⁸ buckets): an array read is several times faster than a map lookup.
  readonly #weights: Float32Array;
  readonly #threshold = new Map<string, number>();
  readonly #weight = (bucket: number): number => this.#weights[bucket]!;

  constructor(model: IssueFilterModel, taxonomy: readonly TaxonomyEntry[]) {
    this.#features = new IssueFeatures(model.bucketBits);
    this.#weights = new Float32Array(1 << model.bucketBits);
    for (const [bucket, weight] of model.weights) this.#weights[bucket] = weight;
    // An issue whose keywords a project changed is left to its keywords: the model learnt
    // the built-in ones.
    const byId = new Map(taxonomy.map((entry) => [entry.id, entry]));
    model.issues.forEach((id, index) => {
      const entry = byId.get(id);
      if (entry && JSON.stringify(entry.keywords) === JSON.stringify(model.keywords[id])) {
        this.#threshold.set(id, model.thresholds[index]!);
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

  /** Probability that each hit of an issue the model covers is right, by issue. */
  probabilities(text: AnalysisText, language: LanguageCode, hits: readonly KeywordEvidence[]): Map<string, number> {
    const features = this.#features.extract(text, language, hits);
    const result = new Map<string, number>();
    hits.forEach((hit, index) => {
      if (this.#threshold.has(hit.issueId)) {
        result.set(hit.issueId, hitProbability(this.#weight, features[index]!));
      }
    });
    return result;
  }

  /** The hits the model confirms; hits of issues it does not cover pass unchanged. */
  keep<Hit extends KeywordEvidence>(text: AnalysisText, language: LanguageCode, hits: readonly Hit[]): Hit[] {
    if (hits.length === 0 || this.#threshold.size === 0) return [...hits];
    const probabilities = this.probabilities(text, language, hits);
    return hits.filter((hit) => {
      const probability = probabilities.get(hit.issueId);
      return probability === undefined || probability >= this.#threshold.get(hit.issueId)!;
    });
  }
}
