import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { decodeModelFile } from '../models/model-file.js';

/** Which analysis stage a model card's figures measure. */
export type MeasuredStage = 'overallSentiment' | 'subjectSentiment' | 'language' | 'mentions' | 'keywordRules';

export interface TestFigures {
  /** The key the card files the set under; `testSetName` gives it in the digest's language. */
  readonly testSet: string;
  readonly examples: number | null;
  /** Only the metrics the digest knows how to name, e.g. macroF1, accuracy. */
  readonly metrics: Readonly<Record<string, number>>;
}

export interface ModelAccuracy {
  readonly file: string;
  readonly stage: MeasuredStage;
  readonly tests: readonly TestFigures[];
}

/**
 * Comparisons a card keeps for the model's authors (one part of the model tried alone), not
 * figures of the model as it runs: the digest leaves them out.
 */
const PARTS_TRIED_ALONE: ReadonlySet<string> = new Set(['targetModelAlone', 'overallModelOnClauseAlone']);

const KNOWN_METRICS = ['macroF1', 'macroF1PosNeg', 'microF1', 'accuracy', 'precision', 'recall', 'f1', 'neutralShareOfPredictions'] as const;
const STAGES: readonly MeasuredStage[] = ['overallSentiment', 'subjectSentiment', 'language', 'mentions', 'keywordRules'];

/**
 * Reads the measured test figures from the machine-readable part of the model cards in `folder`:
 * the JSON metadata inside shipped model files (`*.bin`: `about.evaluation.test`), and `*.json`
 * cards of the form `{ "stage": "language", "evaluation": { "test": { "<set>": { "examples": n,
 * "accuracy": x } } } }`. A card without test figures contributes nothing, so the digest says
 * "not measured" instead of inventing a number.
 */
export function readModelAccuracy(folder: string): ModelAccuracy[] {
  let files: string[];
  try {
    files = readdirSync(folder).sort();
  } catch {
    return [];
  }

  const accuracies: ModelAccuracy[] = [];
  for (const file of files) {
    const card = readCard(join(folder, file));
    if (card === null) continue;
    const tests = testFigures(card.test);
    if (card.stage !== null && tests.length > 0) accuracies.push({ file, stage: card.stage, tests });
  }
  return accuracies;
}

interface Card {
  readonly stage: MeasuredStage | null;
  readonly test: unknown;
}

function readCard(path: string): Card | null {
  try {
    if (path.endsWith('.bin')) {
      const { metadata } = decodeModelFile(readFileSync(path), path);
      const stage = metadata.featureKind === 'target' ? 'subjectSentiment' : 'overallSentiment';
      return { stage, test: field(field(metadata.about, 'evaluation'), 'test') };
    }
    if (path.endsWith('.json')) {
      const card: unknown = JSON.parse(readFileSync(path, 'utf8'));
      const stage = field(card, 'stage');
      return {
        stage: STAGES.includes(stage as MeasuredStage) ? (stage as MeasuredStage) : null,
        test: field(field(card, 'evaluation'), 'test'),
      };
    }
  } catch {
    // An unreadable or foreign file in models/ is not a card; its figures count as not measured.
    return null;
  }
  return null;
}

function testFigures(test: unknown): TestFigures[] {
  if (!isRecord(test)) return [];
  const figures: TestFigures[] = [];
  for (const [key, value] of Object.entries(test)) {
    if (!isRecord(value) || PARTS_TRIED_ALONE.has(key)) continue;
    const metrics: Record<string, number> = {};
    for (const metric of KNOWN_METRICS) {
      const number = value[metric];
      if (typeof number === 'number' && Number.isFinite(number)) metrics[metric] = number;
    }
    if (Object.keys(metrics).length === 0) continue;
    const examples = typeof value['examples'] === 'number' ? value['examples'] : null;
    figures.push({ testSet: key, examples, metrics });
  }
  return figures;
}

function field(value: unknown, key: string): unknown {
  return isRecord(value) ? value[key] : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
