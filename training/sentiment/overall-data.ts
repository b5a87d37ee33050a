import { readKazNerdSentences } from './corpora/kaznerd.js';
import { readKazsandra } from './corpora/kazsandra.js';
import { readOpenSentimentCorpus } from './corpora/open-sentiment-corpus.js';
import { readRuOpinionNE } from './corpora/ruopinionne.js';
import { readRuSentNE } from './corpora/rusentne.js';
import { isTargetDevSentence } from './target-data.js';
import {
  duplicateKey,
  NEGATIVE,
  NEUTRAL,
  POSITIVE,
  type LabelIndex,
  type TargetExample,
  type TextExample,
} from './examples.js';

/** Share of KazNERD valid sentences (by stable bucket) used as silver-neutral Kazakh training text. */
export const KAZNERD_TRAINING_BUCKETS = 35;

export interface OverallData {
  readonly train: readonly TextExample[];
  /** Tuning sets. */
  readonly valid: Readonly<Record<string, readonly TextExample[]>>;
  /** Final figures only. */
  readonly test: Readonly<Record<string, readonly TextExample[]>>;
  /** KazSAnDRA train texts dropped because they repeat a valid or test text. */
  readonly droppedDuplicates: number;
  /** KazSAnDRA test texts that also occur in its train split (kept in the test set). */
  readonly testDuplicatesOfTrain: ReadonlySet<string>;
}

/**
 * Training and evaluation texts for the overall (whole-post) model, from corpora whose licences
 * allow shipping a model trained on them: KazSAnDRA, open-sentiment-corpus, RuSentNE,
 * RuOpinionNE-2024 and KazNERD sentences.
 */
export function loadOverallData(dataDir: string): OverallData {
  const kazTrainAll = readKazsandra(dataDir, 'train');
  const kazValid = readKazsandra(dataDir, 'valid');
  const kazTest = readKazsandra(dataDir, 'test');

  const heldOut = new Set([...kazValid, ...kazTest].map((example) => duplicateKey(example.text)));
  const kazTrain = kazTrainAll.filter((example) => !heldOut.has(duplicateKey(example.text)));
  const trainKeys = new Set(kazTrainAll.map((example) => duplicateKey(example.text)));
  const testDuplicatesOfTrain = new Set(
    kazTest.map((example) => duplicateKey(example.text)).filter((key) => trainKeys.has(key)),
  );

  const ruSentNETest = readRuSentNE(dataDir, 'test');
  const ruSentNETestSentences = new Set(
    ruSentNETest.map((example) => duplicateKey(example.sentence)),
  );
  const newsSentences = [
    ...sentenceLabels(readRuSentNE(dataDir, 'train'), 'rusentne'),
    ...opinionSentenceLabels(dataDir),
  ].filter(
    (example) =>
      !ruSentNETestSentences.has(duplicateKey(example.text)) && !isTargetDevSentence(example.text),
  );

  return {
    train: [
      ...kazTrain,
      ...readOpenSentimentCorpus(dataDir, 'train'),
      ...dedupe(newsSentences),
      ...readKazNerdSentences(dataDir, 'valid', KAZNERD_TRAINING_BUCKETS),
    ],
    valid: {
      kazsandra: kazValid,
      'open-sentiment-corpus': readOpenSentimentCorpus(dataDir, 'valid'),
    },
    test: {
      kazsandra: kazTest,
      'open-sentiment-corpus': readOpenSentimentCorpus(dataDir, 'test'),
      'rusentne-sentences': sentenceLabels(ruSentNETest, 'rusentne'),
      kaznerd: readKazNerdSentences(dataDir, 'test', 20),
    },
    droppedDuplicates: kazTrainAll.length - kazTrain.length,
    testDuplicatesOfTrain,
  };
}

/**
 * A sentence-level label from entity-level ones: negative when some entity is treated
 * negatively and none positively, and so on; sentences with both are left out as mixed.
 */
export function sentenceLabels(examples: readonly TargetExample[], corpus: string): TextExample[] {
  const labels = new Map<string, Set<LabelIndex>>();
  for (const example of examples) {
    const seen = labels.get(example.sentence) ?? new Set<LabelIndex>();
    seen.add(example.label);
    labels.set(example.sentence, seen);
  }

  const result: TextExample[] = [];
  for (const [text, seen] of labels) {
    const label = combinedLabel(seen.has(NEGATIVE), seen.has(POSITIVE));
    if (label !== undefined) result.push({ text, label, corpus });
  }
  return result;
}

function opinionSentenceLabels(dataDir: string): TextExample[] {
  const result: TextExample[] = [];
  for (const sentence of readRuOpinionNE(dataDir).sentences) {
    const label = combinedLabel(
      sentence.polarities.includes('NEG'),
      sentence.polarities.includes('POS'),
    );
    if (label !== undefined)
      result.push({ text: sentence.text, label, corpus: 'ruopinionne-2024' });
  }
  return result;
}

function combinedLabel(negative: boolean, positive: boolean): LabelIndex | undefined {
  if (negative && positive) return undefined;
  if (negative) return NEGATIVE;
  return positive ? POSITIVE : NEUTRAL;
}

/** The first of each group of examples with the same text. */
export function dedupe(examples: readonly TextExample[]): TextExample[] {
  const seen = new Set<string>();
  return examples.filter((example) => {
    const key = duplicateKey(example.text);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
