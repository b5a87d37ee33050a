/**
 * Measures the shipped sentiment analyzer's confusion on labelled texts that no shipped model
 * trained on, per group of posts the product tells apart at analysis time (the language the
 * language stage finds × the kind of post), and writes them to models/sentiment-calibration.json
 * for prevalence correction in the digest and the dashboard:
 *
 * - Russian social posts: RuSentiTweet train tweets;
 * - Russian news: RuSentNE train sentences of the dev buckets, which the overall model leaves out;
 * - Kazakh social posts: KazSAnDRA valid reviews (negative and positive rows), with the neutral
 *   row from KazNERD valid news sentences the model leaves out (assumed neutral): no labelled
 *   neutral Kazakh social text exists;
 * - tone toward a subject, Russian social posts: SentiRuEval-2015 train (tweet, company) pairs.
 *
 * A text counts for a group only when the language stage gives it that group's language, as it
 * would for a post. A group with fewer than `MIN_ROW_EXAMPLES` texts of some true label gets no
 * confusion: its posts are counted as classified. Test splits stay untouched, so that
 * `npm run eval` can check the correction against gold shares.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { prepareText } from '../../src/analyze/analysis-text.js';
import type { LanguageCode, LanguageResult } from '../../src/analyze/analysis.js';
import { createLanguageIdentifier, type LanguageIdentifier } from '../../src/analyze/language/index.js';
import { createSentimentAnalyzer, type SentimentAnalyzer } from '../../src/analyze/sentiment/index.js';
import type { PostKind } from '../../src/collect/raw-post.js';
import type { GroupConfusion } from '../../src/insight/period-insight.js';
import { pooledShares, type ClassifierConfusion, type HeldOutCheck } from '../../src/insight/prevalence.js';
import { normaliseForMatching } from '../../src/text/normalise.js';
import { readKazNerdSentences } from './corpora/kaznerd.js';
import { readKazsandra } from './corpora/kazsandra.js';
import { readRuSentiTweet } from './corpora/rusentitweet.js';
import { readRuSentNE } from './corpora/rusentne.js';
import {
  companyMention,
  COMPANY_SUBJECTS,
  readSentiRuEval,
  type CompanyTweet,
} from './corpora/sentiruEval.js';
import { duplicateKey, LABELS, NEUTRAL, type LabelIndex, type TextExample } from './examples.js';
import { dedupe, KAZNERD_TRAINING_BUCKETS, sentenceLabels } from './overall-data.js';
import { isTargetDevSentence } from './target-data.js';

export const CALIBRATION_FILE = 'sentiment-calibration.json';

const RUSSIAN: LanguageResult = { code: 'ru', shares: { ru: 1 }, confidence: 1 };

function emptyCounts(): number[][] {
  return LABELS.map(() => LABELS.map(() => 0));
}

function labelIndex(label: string): number {
  return LABELS.indexOf(label as (typeof LABELS)[number]);
}

/** Fewer labelled texts of one true label than this leave the group uncalibrated. */
export const MIN_ROW_EXAMPLES = 30;

/** Labelled texts of one source; `rows` names the true labels it measures (all by default). */
export interface CalibrationSet {
  readonly source: string;
  readonly examples: readonly TextExample[];
  readonly rows?: readonly LabelIndex[];
}

export interface CalibrationGroup {
  readonly language: LanguageCode;
  readonly kind: PostKind;
  readonly sets: readonly CalibrationSet[];
}

/** A measured group, or why it has no confusion. */
export type GroupMeasurement =
  | { readonly calibrated: true; readonly confusion: GroupConfusion; readonly otherLanguage: number }
  | { readonly calibrated: false; readonly language: LanguageCode; readonly kind: PostKind; readonly reason: string };

/** A labelled text of a group as the pipeline classified it. */
export interface ClassifiedExample {
  readonly text: string;
  readonly gold: LabelIndex;
  readonly predicted: LabelIndex;
}

/**
 * The group's texts that the language stage places in the group's language, each scored as the
 * pipeline scores a post; `otherLanguage` counts the texts placed elsewhere.
 */
export function classifyGroup(
  analyzer: SentimentAnalyzer,
  identifier: LanguageIdentifier,
  group: CalibrationGroup,
): { examples: ClassifiedExample[]; otherLanguage: number } {
  const examples: ClassifiedExample[] = [];
  let otherLanguage = 0;
  for (const set of group.sets) {
    const rows = new Set(set.rows ?? [0, 1, 2]);
    for (const example of set.examples) {
      if (!rows.has(example.label)) continue;
      const text = prepareText(example.text);
      const language = identifier.identify(text);
      if (language.code !== group.language) {
        otherLanguage++;
        continue;
      }
      const predicted = labelIndex(analyzer.overall(text.normalised, language).label) as LabelIndex;
      examples.push({ text: example.text, gold: example.label, predicted });
    }
  }
  return { examples, otherLanguage };
}

/**
 * The confusion of `examples` for `group`, or why it has none: fewer than `MIN_ROW_EXAMPLES`
 * texts of some true label.
 */
export function groupConfusion(
  group: CalibrationGroup,
  examples: readonly ClassifiedExample[],
  otherLanguage = 0,
): GroupMeasurement {
  const counts = emptyCounts();
  for (const example of examples) counts[example.gold]![example.predicted]! += 1;

  const thin = counts.findIndex((row) => row.reduce((sum, count) => sum + count, 0) < MIN_ROW_EXAMPLES);
  const { language, kind } = group;
  if (thin >= 0) {
    const reason = `fewer than ${MIN_ROW_EXAMPLES} labelled ${LABELS[thin]} texts`;
    return { calibrated: false, language, kind, reason };
  }
  const source = group.sets.map((set) => set.source).join(' + ');
  return { calibrated: true, confusion: { language, kind, labels: LABELS, counts, source }, otherLanguage };
}

/** The labelled held-out texts of each group, from corpora parts that trained no shipped model. */
export function calibrationGroups(dataDir: string): CalibrationGroup[] {
  const kazNerdHeldOut = readKazNerdSentences(dataDir, 'valid', 100, KAZNERD_TRAINING_BUCKETS);
  const ruSentNETest = new Set(
    readRuSentNE(dataDir, 'test').map((example) => duplicateKey(example.sentence)),
  );
  const ruSentNEDev = dedupe(
    sentenceLabels(readRuSentNE(dataDir, 'train'), 'rusentne').filter(
      (example) => isTargetDevSentence(example.text) && !ruSentNETest.has(duplicateKey(example.text)),
    ),
  );
  return [
    {
      language: 'ru',
      kind: 'social',
      sets: [{ source: 'RuSentiTweet train (Russian tweets)', examples: readRuSentiTweet(dataDir, 'train') }],
    },
    {
      language: 'ru',
      kind: 'article',
      sets: [{ source: 'RuSentNE train, dev sentences (Russian news)', examples: ruSentNEDev }],
    },
    {
      language: 'kk',
      kind: 'social',
      sets: [
        { source: 'KazSAnDRA valid (reviews: negative, positive)', examples: readKazsandra(dataDir, 'valid') },
        { source: 'KazNERD valid held-out news sentences (neutral, assumed)', examples: kazNerdHeldOut, rows: [NEUTRAL] },
      ],
    },
    {
      language: 'kk',
      kind: 'article',
      sets: [{ source: 'KazNERD valid held-out news sentences (neutral, assumed)', examples: kazNerdHeldOut }],
    },
  ];
}

/** A (tweet, company) pair of SentiRuEval-2015 as the analyzer scored it. */
export interface CompanyPrediction {
  readonly company: string;
  readonly gold: number;
  readonly predicted: number;
  /** The analyzer's probability that the pair is negative. */
  readonly negative: number;
  readonly date: number;
}

/**
 * The label the analyzer gives each (tweet, company) pair of SentiRuEval-2015, as the product
 * would for a social post naming the company; the tweet's overall tone when the name is not
 * found in the text.
 */
export function companyPredictions(
  analyzer: SentimentAnalyzer,
  tweets: readonly CompanyTweet[],
): CompanyPrediction[] {
  const pairs: CompanyPrediction[] = [];
  for (const tweet of tweets) {
    const normalised = normaliseForMatching(tweet.text);
    const overall = analyzer.overall(normalised, RUSSIAN);
    for (const [company, gold] of tweet.labels) {
      const mention = companyMention(tweet.text, normalised, company);
      const result = mention
        ? analyzer.towardSubjects(tweet.text, normalised, [mention], RUSSIAN, 'social')[0]!
        : overall;
      pairs.push({
        company,
        gold,
        predicted: labelIndex(result.label),
        negative: result.probabilities.negative,
        date: tweet.date,
      });
    }
  }
  return pairs;
}

const WEEK_SECONDS = 7 * 24 * 3600;

/** A company-week needs this many labelled pairs to count in the held-out check. */
const MIN_CLUSTER_PAIRS = 10;

/**
 * The correction of tone toward a subject checked week by week: SentiRuEval-2015 train's pairs
 * are grouped by company and week, and each week's groups are corrected, as `pooledShares`
 * corrects a group alone, with the confusion of the other weeks' pairs, as a new week would be.
 * The product declines to correct when this does worse than counting (`correctionDeclined`).
 */
export function heldOutWeeks(pairs: readonly CompanyPrediction[]): HeldOutCheck {
  const weekOf = (pair: CompanyPrediction): number => Math.floor(pair.date / WEEK_SECONDS);
  const clusters = new Map<string, CompanyPrediction[]>();
  for (const pair of pairs) {
    const key = `${pair.company} ${weekOf(pair)}`;
    clusters.set(key, [...(clusters.get(key) ?? []), pair]);
  }

  let classifiedError = 0;
  let correctedError = 0;
  const residuals: number[][] = [];
  for (const members of clusters.values()) {
    if (members.length < MIN_CLUSTER_PAIRS) continue;
    const week = weekOf(members[0]!);
    const confusion = pairConfusion(
      pairs.filter((pair) => weekOf(pair) !== week),
      'the other weeks',
    );
    const counts = LABELS.map((_, label) => members.filter((pair) => pair.predicted === label).length);
    const gold = LABELS.map(
      (_, label) => members.filter((pair) => pair.gold === label).length / members.length,
    );
    const estimate = pooledShares(LABELS, [{ counts, confusion }]);

    classifiedError += meanAbsoluteDifference(estimate.raw, gold);
    correctedError += meanAbsoluteDifference(estimate.shares.map((share) => share.share), gold);
    residuals.push(gold.map((share, label) => roundShare(share - estimate.raw[label]!)));
  }
  const count = Math.max(1, residuals.length);
  return {
    clusters: `${residuals.length} company-weeks of SentiRuEval-2015 train, each corrected with the other weeks' confusion`,
    classifiedError: roundShare(classifiedError / count),
    correctedError: roundShare(correctedError / count),
    residuals,
  };
}

function meanAbsoluteDifference(left: readonly number[], right: readonly number[]): number {
  return left.reduce((sum, value, index) => sum + Math.abs(value - right[index]!), 0) / left.length;
}

function roundShare(share: number): number {
  return Math.round(share * 10000) / 10000;
}

export function pairConfusion(
  pairs: readonly { gold: number; predicted: number }[],
  source: string,
): ClassifierConfusion {
  const counts = emptyCounts();
  for (const pair of pairs) counts[pair.gold]![pair.predicted]! += 1;
  return { labels: LABELS, counts, source };
}

/** Measures every group's confusion with the models in `modelsDir` and writes the calibration file. */
export async function writeCalibration(dataDir: string, modelsDir: string): Promise<void> {
  const [analyzer, identifier] = await Promise.all([
    createSentimentAnalyzer({ modelPath: modelsDir, subjects: COMPANY_SUBJECTS }),
    createLanguageIdentifier(),
  ]);
  const measured = calibrationGroups(dataDir).map((group) => {
    const { examples, otherLanguage } = classifyGroup(analyzer, identifier, group);
    return groupConfusion(group, examples, otherLanguage);
  });
  const tweets = readSentiRuEval(dataDir, 'banks', 'train').concat(
    readSentiRuEval(dataDir, 'telecoms', 'train'),
  );
  const pairs = companyPredictions(analyzer, tweets);
  const subjects: GroupConfusion = {
    language: 'ru',
    kind: 'social',
    ...pairConfusion(pairs, 'SentiRuEval-2015 train (Russian tweets about banks and telecoms)'),
    heldOut: heldOutWeeks(pairs),
  };

  const calibration = {
    about:
      'Confusion of the shipped sentiment analyzer, counts[truth][predicted], per language and ' +
      'kind of post, measured on labelled texts that trained no shipped model; used to correct ' +
      'sentiment shares. Groups not listed are counted as classified.',
    overall: measured.flatMap((entry) =>
      entry.calibrated ? [{ ...entry.confusion, examples: examples(entry.confusion) }] : [],
    ),
    subjects: [{ ...subjects, examples: examples(subjects) }],
    uncalibrated: measured.flatMap((entry) =>
      entry.calibrated ? [] : [{ language: entry.language, kind: entry.kind, reason: entry.reason }],
    ),
  };
  writeFileSync(join(modelsDir, CALIBRATION_FILE), JSON.stringify(calibration, null, 2) + '\n');
  const check = subjects.heldOut!;
  console.log(
    `calibration ru social, toward subjects: ${check.clusters}; mean absolute error of the ` +
      `shares as classified ${check.classifiedError}, corrected ${check.correctedError}`,
  );
  for (const entry of measured) {
    const line = entry.calibrated
      ? `${examples(entry.confusion)} texts (${entry.otherLanguage} placed in another language)`
      : `uncalibrated: ${entry.reason}`;
    const { language, kind } = entry.calibrated ? entry.confusion : entry;
    console.log(`calibration ${language} ${kind}: ${line}`);
  }
}

function examples(confusion: ClassifierConfusion): number {
  return confusion.counts.flat().reduce((sum, count) => sum + count, 0);
}
