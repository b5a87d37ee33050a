/**
 * Issue and slice classification measured on the hand-labelled sentences (GUIDE.md): the
 * taxonomy's keyword rules as shipped, a model trained by weak supervision (the rules' labels on
 * tens of thousands of unlabelled sentences from the same public corpora), and the two combined.
 * The method is chosen on the train split; the test split gives the final figures.
 */
import { IssueMatcher } from '../../src/analyze/issues/index.js';
import { prepareText } from '../../src/analyze/analysis-text.js';
import { FeatureBuffer, TextFeatureHasher } from '../../src/models/index.js';
import { DEFAULT_TAXONOMY } from '../../src/project/defaults/taxonomy.js';
import { normaliseForMatching } from '../../src/text/normalise.js';
import { readLabelledSentences, type LabelledSentence } from './labelled-sentences.js';
import { trainMultiLabel } from './multi-label-regression.js';
import { multiLabelScores, type MultiLabelScores } from './multi-label-scores.js';
import { readSources } from './sample-sentences.js';

const ISSUE_IDS = DEFAULT_TAXONOMY.issues.map((entry) => entry.id);
const SLICE_IDS = DEFAULT_TAXONOMY.slices.map((entry) => entry.id);
const THRESHOLDS = [0.5, 0.6, 0.7, 0.8, 0.9, 0.95];
const FEATURES = { bucketBits: 18, charNgramMin: 3, charNgramMax: 5 } as const;

export interface RuleFigures {
  readonly issues: MultiLabelScores;
  readonly slices: MultiLabelScores;
  readonly sentences: number;
}

/** The keyword rules of the built-in taxonomy on one split of the labelled sentences. */
export function measureRules(split: 'train' | 'test'): RuleFigures {
  const matcher = new IssueMatcher(DEFAULT_TAXONOMY);
  const sentences = readLabelledSentences().filter((sentence) => sentence.split === split);
  const texts = sentences.map((sentence) => prepareText(sentence.text));

  const issues = sentences.map((sentence, index) =>
    matcher.issues(texts[index]!, sentence.language).map((hit) => hit.issueId),
  );
  const slices = sentences.map((sentence, index) => matcher.slices(texts[index]!, sentence.language));
  return {
    sentences: sentences.length,
    issues: multiLabelScores(ISSUE_IDS, sentences.map((s) => s.issues), issues),
    slices: multiLabelScores(SLICE_IDS, sentences.map((s) => s.slices), slices),
  };
}

export interface MethodChoice {
  /** Micro-F1 over issues on the train split, for each method tried. */
  readonly trainMicroF1: Readonly<Record<string, number>>;
  readonly chosen: string;
  /** The chosen method's and the rules' micro-F1 on the test split. */
  readonly testMicroF1: Readonly<Record<string, number>>;
  readonly unlabelledSentences: number;
}

/**
 * Trains the weakly supervised model and compares rules, model and rules ∪ model on the train
 * split; the best (rules on a tie: nothing more to ship) is then scored on the test split.
 */
export function chooseIssueMethod(dataDir: string): MethodChoice {
  const matcher = new IssueMatcher(DEFAULT_TAXONOMY);
  const labelled = readLabelledSentences();
  const labelledTexts = new Set(labelled.map((sentence) => normaliseForMatching(sentence.text)));
  const pool = readSources(dataDir).filter(
    (sentence) => !labelledTexts.has(normaliseForMatching(sentence.text)),
  );
  const rules = (text: string, language: 'ru' | 'kk'): string[] =>
    matcher.issues(prepareText(text), language).map((hit) => hit.issueId);

  const hasher = new TextFeatureHasher(FEATURES);
  const buffer = new FeatureBuffer();
  const featurise = (text: string): Int32Array => {
    hasher.extract(normaliseForMatching(text), buffer);
    return buffer.snapshot();
  };

  const targets = new Uint8Array(pool.length * ISSUE_IDS.length);
  pool.forEach((sentence, index) => {
    for (const id of rules(sentence.text, sentence.language)) {
      targets[index * ISSUE_IDS.length + ISSUE_IDS.indexOf(id)] = 1;
    }
  });
  const model = trainMultiLabel(
    { features: pool.map((sentence) => featurise(sentence.text)), targets, labels: ISSUE_IDS.length },
    { bucketBits: FEATURES.bucketBits, epochs: 3, learningRate: 0.2, l2: 1e-6, seed: 7 },
  );

  const probabilities = (text: string): number[] => {
    const indices = featurise(text);
    const value = indices.length > 0 ? 1 / Math.sqrt(indices.length) : 0;
    return ISSUE_IDS.map((_, label) => {
      let logit = model.bias[label]!;
      for (const index of indices) logit += model.weights[index * ISSUE_IDS.length + label]! * value;
      return 1 / (1 + Math.exp(-logit));
    });
  };
  const methods = (sentences: readonly LabelledSentence[]): Record<string, string[][]> => {
    const byRules = sentences.map((sentence) => rules(sentence.text, sentence.language));
    const scores = sentences.map((sentence) => probabilities(sentence.text));
    const result: Record<string, string[][]> = { rules: byRules };
    for (const threshold of THRESHOLDS) {
      const byModel = scores.map((row) => ISSUE_IDS.filter((_, label) => row[label]! >= threshold));
      result[`model@${threshold}`] = byModel;
      result[`rules+model@${threshold}`] = byModel.map((ids, index) => [
        ...new Set([...ids, ...byRules[index]!]),
      ]);
    }
    return result;
  };
  const microF1 = (sentences: readonly LabelledSentence[], predicted: string[][]): number =>
    multiLabelScores(ISSUE_IDS, sentences.map((s) => s.issues), predicted).microF1;

  const train = labelled.filter((sentence) => sentence.split === 'train');
  const trainMicroF1: Record<string, number> = {};
  for (const [method, predicted] of Object.entries(methods(train))) {
    trainMicroF1[method] = microF1(train, predicted);
  }
  // A model must beat the rules by a clear margin to be worth shipping a second file.
  const chosen = Object.entries(trainMicroF1).reduce(
    (best, [method, f1]) => (f1 > trainMicroF1[best]! + 0.02 ? method : best),
    'rules',
  );

  const test = labelled.filter((sentence) => sentence.split === 'test');
  const onTest = methods(test);
  const testMicroF1: Record<string, number> = { rules: microF1(test, onTest.rules!) };
  testMicroF1[chosen] = microF1(test, onTest[chosen]!);
  const bestModel = Object.keys(trainMicroF1)
    .filter((method) => method.startsWith('rules+model'))
    .reduce((best, method) => (trainMicroF1[method]! > trainMicroF1[best]! ? method : best));
  testMicroF1[bestModel] = microF1(test, onTest[bestModel]!);

  return { trainMicroF1, chosen, testMicroF1, unlabelledSentences: pool.length };
}
