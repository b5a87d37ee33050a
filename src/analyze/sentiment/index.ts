import { join } from 'node:path';

import type { LanguageResult, Mention, SentimentResult, SubjectSentiment } from '../analysis.js';
import {
  FeatureBuffer,
  loadModelFile,
  shippedModelPath,
  softmaxInPlace,
  TargetFeatureHasher,
  TextFeatureHasher,
  type EntityKind,
  type ModelFile,
} from '../../models/index.js';
import type { PostKind } from '../../collect/raw-post.js';
import type { Subject } from '../../project/project.js';
import { EnglishLexicon } from './english-lexicon.js';
import { signalsComplaint } from './complaint-signals.js';
import { mentionSentence } from './mention-sentence.js';
import { SENTIMENT_LABELS, sentimentResult } from './sentiment-result.js';

export interface SentimentAnalyzer {
  /** Sentiment of a whole post, from its normalised text. */
  overall(normalised: string, language: LanguageResult): SentimentResult;
  /**
   * Sentiment toward each mentioned subject: one result per distinct subjectId, in order of
   * first mention. `kind` picks the mix tuned for news articles or for social posts.
   */
  towardSubjects(
    text: string,
    normalised: string,
    mentions: readonly Mention[],
    language: LanguageResult,
    kind?: PostKind,
  ): SubjectSentiment[];
}

export const OVERALL_MODEL_FILE = 'sentiment-overall.bin';
export const TARGET_MODEL_FILE = 'sentiment-target.bin';

/**
 * How far the targeted model decides sentiment toward a subject in Russian text; the overall
 * model on the mention's own clause decides the rest. Training chooses one share for news on
 * held-out news (RuSentNE dev) and one for social posts on tweets (SentiRuEval-2015 train) and
 * stores both in the targeted model file; this default is for files without them.
 */
const DEFAULT_TARGET_MODEL_WEIGHT = 0.5;

/**
 * A post naming a service as missing ("нет горячей воды", "жарық жоқ") or complaining as residents
 * do without a word of tone ("батареи еле тёплые", "очередную яму", see complaint-signals.ts) is
 * pulled this far toward COMPLAINT_TONE. On KazSAnDRA's valid split 23 of the 29 reviews naming a
 * missing service are negative (18 % of all its reviews are). Half the way left a bare outage with
 * no word of tone neutral ("Әуезов ауданында үш күннен бері ыстық су жоқ", 46 % against 47 %); at
 * 0.5 to 0.8 every one of the 29 reviews and of the 8 RuSentiTweet train tweets so worded is
 * called negative alike. The pull comes after the English word lists, so a complaint's praise
 * word ("Great job, third day without water") does not outvote it there either.
 */
const COMPLAINT_WEIGHT = 0.65;
const COMPLAINT_TONE = [0.8, 0.15, 0.05] as const;

/** How far the English word lists decide an English post; the model decides the rest. */
const ENGLISH_LEXICON_WEIGHT = 0.75;

/** The kind of entity the targeted model learned for each kind of subject a project lists. */
const ENTITY_KIND_OF_SUBJECT: Readonly<Record<Subject['kind'], EntityKind>> = {
  official: 'person',
  body: 'organization',
};

export interface SentimentAnalyzerOptions {
  /** A folder holding both model files, for a retrained pair; default: the shipped `models/`. */
  readonly modelPath?: string;
  /**
   * The project's subjects: the targeted model weighs the same words differently around a
   * person and around an organisation. A subject not listed is scored without its kind.
   */
  readonly subjects?: readonly Pick<Subject, 'id' | 'kind'>[];
}

/** Loads the shipped models (or those under `modelPath`). */
export async function createSentimentAnalyzer(
  options: SentimentAnalyzerOptions = {},
): Promise<SentimentAnalyzer> {
  const path = (name: string): string =>
    options.modelPath ? join(options.modelPath, name) : shippedModelPath(name);
  const [overallFile, targetFile] = await Promise.all([
    loadModelFile(path(OVERALL_MODEL_FILE)),
    loadModelFile(path(TARGET_MODEL_FILE)),
  ]);

  expectKind(overallFile, 'text', path(OVERALL_MODEL_FILE));
  expectKind(targetFile, 'target', path(TARGET_MODEL_FILE));
  const about = targetFile.metadata.about;
  const newsWeight = numberOr(about.targetModelWeight, DEFAULT_TARGET_MODEL_WEIGHT);
  const socialWeight = numberOr(about.targetModelWeightSocial, newsWeight);
  const entityKinds = new Map(
    (options.subjects ?? []).map((subject) => [subject.id, ENTITY_KIND_OF_SUBJECT[subject.kind]]),
  );
  return new LinearSentimentAnalyzer(
    overallFile,
    targetFile,
    { article: newsWeight, social: socialWeight },
    entityKinds,
  );
}

function numberOr(value: unknown, fallback: number): number {
  return typeof value === 'number' ? value : fallback;
}

function expectKind(file: ModelFile, kind: 'text' | 'target', path: string): void {
  const labels = file.metadata.labels.join(',');
  if (file.metadata.featureKind !== kind || labels !== SENTIMENT_LABELS.join(',')) {
    throw new Error(
      `sentiment: ${path} is a ${file.metadata.featureKind} model over ${labels}; ` +
        `expected a ${kind} model over ${SENTIMENT_LABELS.join(',')}`,
    );
  }
}

class LinearSentimentAnalyzer implements SentimentAnalyzer {
  readonly #overall: ModelFile;
  readonly #target: ModelFile;
  readonly #textFeatures: TextFeatureHasher;
  readonly #targetFeatures: TargetFeatureHasher;
  readonly #lexicon = new EnglishLexicon();
  readonly #features = new FeatureBuffer();
  readonly #probabilities = new Float64Array(3);
  readonly #lexiconProbabilities = new Float64Array(3);
  readonly #clauseProbabilities = new Float64Array(3);
  readonly #targetWeights: Readonly<Record<PostKind, number>>;
  readonly #entityKinds: ReadonlyMap<string, EntityKind>;

  constructor(
    overall: ModelFile,
    target: ModelFile,
    targetWeights: Record<PostKind, number>,
    entityKinds: ReadonlyMap<string, EntityKind>,
  ) {
    this.#targetWeights = Object.freeze({ ...targetWeights });
    this.#entityKinds = entityKinds;
    this.#overall = overall;
    this.#target = target;
    this.#textFeatures = new TextFeatureHasher(overall.metadata.features);
    this.#targetFeatures = new TargetFeatureHasher(target.metadata.features);
  }

  overall(normalised: string, language: LanguageResult): SentimentResult {
    this.#scoreText(normalised, language, this.#probabilities);
    return sentimentResult(this.#probabilities);
  }

  towardSubjects(
    text: string,
    _normalised: string,
    mentions: readonly Mention[],
    language: LanguageResult,
    kind: PostKind = 'social',
  ): SubjectSentiment[] {
    const sums = new Map<string, { probabilities: Float64Array; count: number }>();

    for (const mention of mentions) {
      const entry = sums.get(mention.subjectId) ?? { probabilities: new Float64Array(3), count: 0 };
      sums.set(mention.subjectId, entry);
      this.#scoreMention(text, mention, language, this.#targetWeights[kind]);
      for (let label = 0; label < 3; label++)
        entry.probabilities[label]! += this.#probabilities[label]!;
      entry.count++;
    }

    const results: SubjectSentiment[] = [];
    for (const [subjectId, { probabilities, count }] of sums) {
      for (let label = 0; label < 3; label++) probabilities[label]! /= count;
      results.push({ subjectId, ...sentimentResult(probabilities) });
    }
    return results;
  }

  /**
   * Overall model, with English text decided mostly by the word lists (there is no English
   * corpus to learn from).
   */
  #scoreText(normalised: string, language: LanguageResult, into: Float64Array): void {
    this.#textFeatures.extract(normalised, this.#features);
    this.#overall.model.predictInto(this.#features, into);

    const english = (language.shares.en ?? 0) * ENGLISH_LEXICON_WEIGHT;
    if (english > 0) {
      this.#lexicon.scoreInto(normalised, this.#lexiconProbabilities);
      for (let label = 0; label < 3; label++) {
        into[label] = (1 - english) * into[label]! + english * this.#lexiconProbabilities[label]!;
      }
    }

    if (!signalsComplaint(normalised)) return;
    for (let label = 0; label < 3; label++) {
      into[label] = (1 - COMPLAINT_WEIGHT) * into[label]! + COMPLAINT_WEIGHT * COMPLAINT_TONE[label]!;
    }
  }

  /**
   * Sentiment toward one mention, into `#probabilities`. The targeted model learned from Russian
   * news only; for the Kazakh and English share of a post the mention's sentence as a whole
   * (overall model) stands in.
   */
  // LIMITATION: Kazakh and English have no entity-targeted training data, so for them a mention
  // takes the tone of its sentence; a Kazakh targeted corpus would lift this.
  #scoreMention(
    text: string,
    mention: Mention,
    language: LanguageResult,
    targetWeight: number,
  ): void {
    const { before, after, clause } = mentionSentence(text, mention);
    const russian = (language.shares.ru ?? 0) * targetWeight;
    const into = this.#probabilities;

    this.#scoreText(clause, language, this.#clauseProbabilities);
    if (russian <= 0) {
      into.set(this.#clauseProbabilities);
      return;
    }

    const entityKind = this.#entityKinds.get(mention.subjectId);
    this.#targetFeatures.extract(before, after, this.#features, entityKind);
    this.#target.model.predictInto(this.#features, into);

    // A weighted geometric mean: a confident clause can outvote a hesitant targeted model.
    let highest = -Infinity;
    for (let label = 0; label < 3; label++) {
      into[label] =
        russian * Math.log(into[label]!) +
        (1 - russian) * Math.log(this.#clauseProbabilities[label]!);
      if (into[label]! > highest) highest = into[label]!;
    }
    softmaxInPlace(into, highest);
  }
}
