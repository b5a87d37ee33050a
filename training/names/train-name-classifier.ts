/**
 * Trains the name classifier (`models/names.bin`) on the person annotations of the training
 * parts whose licences allow shipping a model built from them: factRuEval-2016 devset (MIT),
 * KazNERD valid (CC BY 4.0) and RuSentNE train (MIT). NEREL states no licence and is not trained
 * on; its test texts are read only to leave out the RuSentNE sentences taken from them, so that
 * the NEREL test figures stay held out. The test parts are never read otherwise.
 *
 * The classifier has two steps (see `src/privacy/redact/name-classifier.ts`). The second step
 * learns from first-step probabilities of words the first step was not fitted on: each fifth
 * of the documents is scored by a first step fitted on the other four. The decision threshold
 * is chosen the same way one level up: each fifth of the fully annotated documents is decided
 * by both steps fitted on the rest; for Russian and for Kazakh apart, the threshold is the one
 * with the best name recall at word precision ≥ 0.94 there. Then both steps are fitted on all
 * documents and written with those thresholds.
 *
 *   npx vite-node training/names/train-name-classifier.ts
 */
import { writeFileSync } from 'node:fs';

import { FeatureBuffer } from '../../src/models/feature-buffer.js';
import { shippedModelPath } from '../../src/models/load-model-file.js';
import { LinearModel } from '../../src/models/linear-model.js';
import { encodeModelFile } from '../../src/models/model-file.js';
import { NAME_CONTEXT_FEATURES, nameContextFeatures, textOccurrences } from '../../src/privacy/redact/name-context-features.js';
import { NAME_LABELS, NAME_MODEL_FILE, NameClassifier, type NameThresholds } from '../../src/privacy/redact/name-classifier.js';
import { nameTokenFeatures, textEvidence } from '../../src/privacy/redact/name-token-features.js';
import type { NameToken } from '../../src/privacy/redact/name-token.js';
import { PersonNameFinder } from '../../src/privacy/redact/person-name-finder.js';
import { balancedWeights, trainLogisticRegression } from '../sentiment/logistic-regression.js';
import { quantiseWeights } from '../sentiment/quantise.js';
import {
  leftOutCorpus, readFactRuEval, readKazNerd, readRuSentNeOutsideNerelTest, withoutLeftOut, type AnnotatedDocument,
} from './annotated-corpora.js';
import { trainContextRegression } from './context-regression.js';

const BUCKET_BITS = 18;
const SETTINGS = { classes: 2, bucketBits: BUCKET_BITS, epochs: 32, learningRate: 0.1, l2: 1e-6, seed: 20240607 };
const CONTEXT_SETTINGS = { epochs: 30, learningRate: 0.05, l2: 1e-4, seed: 20240608 };
/**
 * Partly annotated sentences count for less: their unmarked words are left out, so what is left
 * holds more names than running text does.
 */
const PARTIAL_WEIGHT = 0.5;
const FOLDS = 5;
/**
 * Above the 0.90 goal: the name lists are built from these same documents, so held-out figures
 * run high (Russian word precision has run 2.5 to 4 points below its held-out figure on the
 * factRuEval and NEREL test parts). At 0.94 the longer given-name lists chose 0.45 for Russian:
 * held out 97.8 % at 94.1 %, but on factRuEval devset left out 1.8 points of precision for 0.2
 * of recall against 0.5, and on NEREL train 0.7 for 0.2.
 */
const TARGET_PRECISION = 0.945;
/** The thresholds shipped, kept when a training corpus is left out (see `leftOutCorpus`). */
const SHIPPED_THRESHOLDS: NameThresholds = { kazakh: 0.2, other: 0.5 };
const THRESHOLDS = [0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85];

interface PreparedDocument {
  readonly document: AnnotatedDocument;
  readonly tokens: readonly NameToken[];
  readonly ruleNamed: readonly boolean[];
  /** The first step's features of each capitalised word; null for the other tokens. */
  readonly features: readonly (Int32Array | null)[];
  readonly person: readonly boolean[];
  /** Whether the annotation says anything of the token (partial documents leave most out). */
  readonly labelled: readonly boolean[];
}

function overlaps(spans: readonly { start: number; end: number }[], start: number, end: number): boolean {
  return spans.some((span) => span.start < end && start < span.end);
}

function trainingDocuments(): AnnotatedDocument[] {
  return withoutLeftOut([...readFactRuEval('devset'), ...readKazNerd('valid'), ...readRuSentNeOutsideNerelTest()]);
}

function prepare(documents: readonly AnnotatedDocument[]): PreparedDocument[] {
  const finder = new PersonNameFinder([]);
  const buffer = new FeatureBuffer();
  const mask = (1 << BUCKET_BITS) - 1;
  return documents.map((document) => {
    const persons = document.entities.filter((entity) => entity.type === 'person');
    const { tokens, ruleNamed } = finder.candidates(document.text);
    const evidence = textEvidence(document.text, tokens, ruleNamed);
    const person = tokens.map((token) => overlaps(persons, token.start, token.end));
    const labelled = tokens.map((token, index) =>
      !document.partial || person[index]! || overlaps(document.entities, token.start, token.end));
    const features = tokens.map((token, index) => {
      if (!token.capitalised) return null;
      nameTokenFeatures(document.text, tokens, index, ruleNamed, evidence, mask, buffer);
      return buffer.snapshot();
    });
    return { document, tokens, ruleNamed, features, person, labelled };
  });
}

interface Examples<Input> {
  readonly inputs: Input[];
  readonly labels: Uint8Array;
  readonly weights: Float32Array;
}

/** The labelled capitalised words of `documents`, balanced by class, partial ones weighing less. */
function examples<Input>(
  documents: readonly PreparedDocument[],
  input: (document: PreparedDocument, documentIndex: number, index: number) => Input,
): Examples<Input> {
  const inputs: Input[] = [];
  const labels: number[] = [];
  const partial: boolean[] = [];
  documents.forEach((document, documentIndex) => {
    document.tokens.forEach((token, index) => {
      if (!token.capitalised || !document.labelled[index]) return;
      inputs.push(input(document, documentIndex, index));
      labels.push(document.person[index] ? 1 : 0);
      partial.push(document.document.partial === true);
    });
  });
  const labelArray = Uint8Array.from(labels);
  const weights = balancedWeights(labelArray, 2);
  partial.forEach((isPartial, index) => {
    if (isPartial) weights[index]! *= PARTIAL_WEIGHT;
  });
  return { inputs, labels: labelArray, weights };
}

interface FittedWords {
  readonly model: LinearModel;
  readonly weights: Int8Array;
  readonly scales: number[];
  readonly bias: number[];
}

function fitWords(documents: readonly PreparedDocument[]): FittedWords {
  const set = examples(documents, (document, _, index) => document.features[index]!);
  const trained = trainLogisticRegression({ features: set.inputs, labels: set.labels, weights: set.weights }, SETTINGS);
  const { quantised, scales } = quantiseWeights(trained.weights, 2);
  const bias = Array.from(trained.bias);
  return { model: new LinearModel(NAME_LABELS, BUCKET_BITS, quantised, scales, bias), weights: quantised, scales, bias };
}

function wordProbabilities(model: LinearModel, document: PreparedDocument): Float64Array {
  const buffer = new FeatureBuffer();
  const probabilities = new Float64Array(2);
  return Float64Array.from(document.features, (features) => {
    if (features === null) return 0;
    buffer.clear();
    for (const index of features) buffer.push(index);
    model.predictInto(buffer, probabilities);
    return probabilities[1]!;
  });
}

/** Each document's first-step probabilities from a first step fitted on the other folds. */
function outOfFoldProbabilities(documents: readonly PreparedDocument[]): Float64Array[] {
  const probabilities: Float64Array[] = new Array<Float64Array>(documents.length);
  for (let fold = 0; fold < FOLDS; fold++) {
    const { model } = fitWords(documents.filter((_, index) => index % FOLDS !== fold));
    documents.forEach((document, index) => {
      if (index % FOLDS === fold) probabilities[index] = wordProbabilities(model, document);
    });
  }
  return probabilities;
}

function fitContext(documents: readonly PreparedDocument[]): Float64Array {
  const first = outOfFoldProbabilities(documents);
  const occurrences = documents.map((document) => textOccurrences(document.tokens));
  const set = examples(documents.map((document) => ({
    ...document,
    labelled: document.labelled.map((labelled, index) => labelled && !document.tokens[index]!.place),
  })), (document, documentIndex, index) => {
    const vector = new Float64Array(NAME_CONTEXT_FEATURES);
    nameContextFeatures(document.document.text, document.tokens, index, first[documentIndex]!, document.ruleNamed,
      occurrences[documentIndex]!, vector);
    return vector;
  });
  return trainContextRegression(set.inputs, set.labels, set.weights, CONTEXT_SETTINGS);
}

interface Counts {
  persons: number;
  touched: number;
  redacted: number;
  right: number;
}

const WORD = /\p{L}+(?:[-'’]\p{L}+)*/gu;

/** Adds one document's name recall and word precision counts under `classifier` to `counts`. */
function count(classifier: NameClassifier, document: AnnotatedDocument, counts: Counts): void {
  const spans = new PersonNameFinder([], classifier).find(document.text);
  const people = document.entities.filter((entity) => entity.type === 'person');
  for (const person of people) {
    counts.persons++;
    if (overlaps(spans, person.start, person.end)) counts.touched++;
  }
  for (const match of document.text.matchAll(WORD)) {
    const end = match.index + match[0].length;
    if (!overlaps(spans, match.index, end)) continue;
    counts.redacted++;
    if (overlaps(people, match.index, end)) counts.right++;
  }
}

interface Scores {
  readonly threshold: number;
  readonly recall: number;
  readonly precision: number;
}

/**
 * Name recall and word precision of both steps fitted on four fifths and decided on the fifth
 * left out, for each language and threshold. Partial documents are fitted on, never scored.
 */
function heldOutScores(documents: readonly PreparedDocument[]): Map<string, Scores[]> {
  const counts = new Map<string, Counts[]>();
  for (let fold = 0; fold < FOLDS; fold++) {
    const fitting = documents.filter((_, index) => index % FOLDS !== fold);
    const { model } = fitWords(fitting);
    const context = fitContext(fitting);
    const classifiers = THRESHOLDS.map((threshold) => new NameClassifier(model, context, { kazakh: threshold, other: threshold }));
    documents.forEach((document, index) => {
      if (index % FOLDS !== fold || document.document.partial) return;
      const language = document.document.language;
      if (!counts.has(language)) counts.set(language, THRESHOLDS.map(() => ({ persons: 0, touched: 0, redacted: 0, right: 0 })));
      classifiers.forEach((classifier, at) => count(classifier, document.document, counts.get(language)![at]!));
    });
  }
  return new Map([...counts].map(([language, perThreshold]) => [language, perThreshold.map((counted, at) => ({
    threshold: THRESHOLDS[at]!,
    recall: counted.touched / counted.persons,
    precision: counted.redacted === 0 ? 0 : counted.right / counted.redacted,
  }))]));
}

/**
 * The threshold with the best name recall at word precision ≥ TARGET_PRECISION: a missed name is
 * a leak, so recall is not given up once the goal's 0.97 is met. Of thresholds with equal recall
 * the lowest is taken: the held-out documents cannot tell them apart, and on new text the lower
 * one finds more names (0.5 against 0.55 on NEREL dev: 0.5 points more name recall).
 */
function chooseThreshold(scores: readonly Scores[]): number {
  const precise = scores.filter((score) => score.precision >= TARGET_PRECISION);
  const pool = precise.length > 0 ? precise : [...scores];
  return pool.reduce((best, score) => (score.recall > best.recall ? score : best)).threshold;
}

/** Six decimals are plenty for the second step and keep the file the same from run to run. */
function rounded(values: Float64Array): number[] {
  return Array.from(values, (value) => Math.round(value * 1e6) / 1e6);
}

function main(): void {
  const documents = prepare(trainingDocuments());

  const leftOut = leftOutCorpus();
  if (leftOut !== undefined) {
    // Without factRuEval no Russian document is fully annotated to choose a threshold on; the
    // left-out corpus measures the shipped ones instead.
    console.log(`${leftOut} left out: thresholds as shipped, ${JSON.stringify(SHIPPED_THRESHOLDS)}`);
    writeModel(documents, SHIPPED_THRESHOLDS, undefined);
    return;
  }

  // Russian news and Kazakh TV news are scored apart, and each gets its own threshold.
  const byLanguage = heldOutScores(documents);
  const russian = byLanguage.get('ru')!;
  const kazakh = byLanguage.get('kk')!;
  console.log('held out by fifths of the training parts\n\n| threshold | name recall (ru, kk) | word precision (ru, kk) |\n| ---: | ---: | ---: |');
  THRESHOLDS.forEach((threshold, at) => {
    const pair = (pick: (score: Scores) => number): string => `${(100 * pick(russian[at]!)).toFixed(1)}, ${(100 * pick(kazakh[at]!)).toFixed(1)}`;
    console.log(`| ${threshold} | ${pair((score) => score.recall)} | ${pair((score) => score.precision)} |`);
  });
  const thresholds = { kazakh: chooseThreshold(kazakh), other: chooseThreshold(russian) };
  console.log(`\nthresholds: Kazakh ${thresholds.kazakh}, other ${thresholds.other}`);
  writeModel(documents, thresholds, { russian, kazakh });
}

function writeModel(
  documents: readonly PreparedDocument[], thresholds: NameThresholds,
  heldOut: { russian: readonly Scores[]; kazakh: readonly Scores[] } | undefined,
): void {
  const fitted = fitWords(documents);
  const contextWeights = rounded(fitContext(documents));
  const words = documents.reduce((sum, document) => sum + document.labelled.filter((labelled, index) =>
    labelled && document.tokens[index]!.capitalised).length, 0);
  const bytes = encodeModelFile(
    {
      format: 1,
      featureKind: 'name-token',
      labels: NAME_LABELS,
      features: { bucketBits: BUCKET_BITS, charNgramMin: 0, charNgramMax: 0 },
      scales: fitted.scales,
      bias: fitted.bias,
      about: {
        thresholds,
        contextWeights,
        data: 'factRuEval-2016 devset (MIT), KazNERD IOB2_valid (CC BY 4.0), RuSentNE train without NEREL test sentences (MIT)',
        documents: documents.length,
        capitalisedWords: words,
        settings: SETTINGS,
        contextSettings: CONTEXT_SETTINGS,
        partialWeight: PARTIAL_WEIGHT,
        heldOut,
        command: 'npx vite-node training/names/train-name-classifier.ts',
      },
    },
    fitted.weights,
  );
  writeFileSync(shippedModelPath(NAME_MODEL_FILE), bytes);
  console.log(`wrote models/${NAME_MODEL_FILE} (${documents.length} documents, ${words} labelled capitalised words)`);
}

main();
