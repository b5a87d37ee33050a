/**
 * The modelling method measured the way the literature measures it: trained on a corpus's own
 * train split and scored on its test split. The method here is a benchmark method, not the
 * shipped one: TF-IDF word and character n-grams with linear SVMs (`social-model.ts`), with
 * RuSentiLex polarity tokens. These models are thrown away after scoring: RuSentiment and
 * RuSentiLex are licensed for research only, RuSentiTweet's texts are under the platform's terms
 * and SentiRuEval-2015 states no licence, so none of them trains anything that ships. Every
 * setting was chosen on a held-out part of the train splits (`tune-in-domain.ts`); the test
 * splits only measure.
 */
import { join } from 'node:path';

import { adjustedShares } from '../../src/insight/prevalence.js';
import { readTable } from '../sentiment/corpora/read-table.js';
import { COMPANY_NAMES, readSentiRuEval, type CompanyTweet } from '../sentiment/corpora/sentiruEval.js';
import { duplicateKey, NEGATIVE, POSITIVE, stableBucket } from '../sentiment/examples.js';
import { Confusion } from '../sentiment/metrics.js';
import { readSentimentLexicon, withLexiconTokens, type SentimentLexicon } from './sentiment-lexicon.js';
import { argmax, trainSocialModel, type SocialModel, type SocialModelSettings } from './social-model.js';
import { socialTokens } from './social-tokens.js';

/** The five classes of RuSentiTweet and RuSentiment, in their papers' order. */
const FIVE_CLASSES = ['positive', 'negative', 'neutral', 'speech', 'skip'] as const;

/** Settings for the five-class sets (chosen on RuSentiTweet's and RuSentiment's held-out fifth). */
export const FIVE_CLASS_SETTINGS: SocialModelSettings = { classes: 5, cost: 0.3, balanced: false };

/**
 * Settings toward a company: balanced classes, because F1 over positive and negative leaves the
 * large neutral class out (chosen on the last fifth of SentiRuEval-2015 train by date).
 */
export const COMPANY_SETTINGS: SocialModelSettings = { classes: 3, cost: 0.1, balanced: true };

export interface LabelledTokens {
  readonly text: string;
  readonly tokens: string[];
  readonly label: number;
}

export function fiveClassTexts(path: string, lexicon: SentimentLexicon): LabelledTokens[] {
  return readTable(path).flatMap((row) => {
    const label = FIVE_CLASSES.indexOf(row.label as (typeof FIVE_CLASSES)[number]);
    const text = row.text ?? '';
    return label < 0 ? [] : [{ text, tokens: withLexiconTokens(socialTokens(text), lexicon), label }];
  });
}

function trainAndPredict(
  train: readonly LabelledTokens[],
  test: readonly LabelledTokens[],
  settings: SocialModelSettings,
): number[] {
  const model = trainSocialModel(
    train.map((example) => example.tokens),
    train.map((example) => example.label),
    settings,
  );
  return test.map((example) => model.predict(example.tokens));
}

export function confusionOf(classes: number, gold: ArrayLike<number>, predicted: ArrayLike<number>): Confusion {
  const confusion = new Confusion(classes);
  for (let index = 0; index < gold.length; index++) confusion.add(gold[index]!, predicted[index]!);
  return confusion;
}

/** Weighted F1 (by support), RuSentiment's metric. */
export function weightedF1(confusion: Confusion): number {
  let total = 0;
  let sum = 0;
  for (let cls = 0; cls < confusion.classes; cls++) {
    let support = 0;
    for (let predicted = 0; predicted < confusion.classes; predicted++) {
      support += confusion.counts[cls * confusion.classes + predicted]!;
    }
    sum += support * confusion.f1(cls);
    total += support;
  }
  return sum / Math.max(1, total);
}

/** Drops test items whose text also occurs in train; returns the kept ones and how many went. */
function dedupeTest<T extends { readonly text: string }>(
  train: readonly T[],
  test: readonly T[],
  key: (text: string) => string = duplicateKey,
): [T[], number] {
  const seen = new Set(train.map((item) => key(item.text)));
  const kept = test.filter((item) => !seen.has(key(item.text)));
  return [kept, test.length - kept.length];
}

function fiveClassFigures(train: LabelledTokens[], allTest: LabelledTokens[]): Record<string, number> {
  const [test, removed] = dedupeTest(train, allTest);
  const predicted = trainAndPredict(train, test, FIVE_CLASS_SETTINGS);
  const confusion = confusionOf(5, test.map((example) => example.label), predicted);
  return {
    examples: test.length,
    testTextsAlsoInTrainRemoved: removed,
    macroF1: confusion.macroF1([0, 1, 2, 3, 4]),
    weightedF1: weightedF1(confusion),
  };
}

export function ruSentiTweetInDomain(dataDir: string): Record<string, number> {
  const lexicon = readSentimentLexicon(dataDir);
  const folder = join(dataDir, 'rusentitweet');
  return fiveClassFigures(
    fiveClassTexts(join(folder, 'train.csv'), lexicon),
    fiveClassTexts(join(folder, 'test.csv'), lexicon),
  );
}

export function ruSentimentInDomain(dataDir: string): Record<string, number> {
  const lexicon = readSentimentLexicon(dataDir);
  const folder = join(dataDir, 'rusentiment');
  const train = [
    ...fiveClassTexts(join(folder, 'rusentiment_random_posts.csv'), lexicon),
    ...fiveClassTexts(join(folder, 'rusentiment_preselected_posts.csv'), lexicon),
  ];
  return fiveClassFigures(train, fiveClassTexts(join(folder, 'rusentiment_test.csv'), lexicon));
}

/** One (tweet, company) pair: the tweet's tokens as seen from that company. */
export interface CompanyPair extends LabelledTokens {
  readonly company: string;
  readonly date: number;
}

/**
 * Every labelled (tweet, company) pair, as the shared task scores them: the company's name
 * becomes one placeholder and every other company's another, so the model learns what is said
 * about "the company" and not which company it is.
 */
export function companyPairs(tweets: readonly CompanyTweet[], lexicon: SentimentLexicon): CompanyPair[] {
  const pairs: CompanyPair[] = [];
  for (const tweet of tweets) {
    for (const [company, label] of tweet.labels) {
      const others = Object.entries(COMPANY_NAMES)
        .filter(([name]) => name !== company)
        .map(([, pattern]) => pattern);
      const tokens = socialTokens(tweet.text, { target: COMPANY_NAMES[company]!, others });
      pairs.push({ text: tweet.text, tokens: withLexiconTokens(tokens, lexicon), label, company, date: tweet.date });
    }
  }
  return pairs;
}

const FOLDS = 5;
const WEEK_SECONDS = 7 * 24 * 3600;
const DAY_SECONDS = 24 * 3600;
// Scores of one-vs-rest SVMs are margins, not probabilities; this slope makes their softmax a
// usable posterior for probability-averaged correction.
const SOFTMAX_SLOPE = 2;

/** A model trained on every pair, and cross-validated scores of each pair from the others. */
interface CrossValidated {
  readonly model: SocialModel;
  readonly heldOutProbabilities: Float64Array[];
}

function crossValidate(pairs: readonly CompanyPair[]): CrossValidated {
  const heldOutProbabilities: Float64Array[] = new Array(pairs.length);
  // Folds by the story, so that a tweet's pairs and its retweets fall in the same fold.
  const foldOf = pairs.map((pair) => stableBucket(storyKey(pair.text)) % FOLDS);
  for (let fold = 0; fold < FOLDS; fold++) {
    const fit = pairs.filter((_, index) => foldOf[index] !== fold);
    const model = trainSocialModel(fit.map((pair) => pair.tokens), fit.map((pair) => pair.label), COMPANY_SETTINGS);
    pairs.forEach((pair, index) => {
      if (foldOf[index] === fold) heldOutProbabilities[index] = softmax(model.scores(pair.tokens));
    });
  }
  const model = trainSocialModel(pairs.map((pair) => pair.tokens), pairs.map((pair) => pair.label), COMPANY_SETTINGS);
  return { model, heldOutProbabilities };
}

/** A tweet's text without retweet prefix, links and handles: its retweets share the key. */
export function storyKey(text: string): string {
  return text
    .replace(/^rt @\S+:?/i, '')
    .replace(/(?:https?:\/\/|www\.)\S+/g, '')
    .replace(/@\S+/g, '');
}

function softmax(scores: Float64Array): Float64Array {
  const highest = Math.max(...scores);
  const exponents = scores.map((score) => Math.exp(SOFTMAX_SLOPE * (score - highest)));
  const total = exponents.reduce((sum, value) => sum + value, 0);
  return exponents.map((value) => value / total);
}

/**
 * P(predicted | truth) measured on cross-validated pairs: by hard predictions (for adjusted
 * classify and count) and by mean probabilities (for the probability-averaged variant).
 */
function confusionRates(
  labels: readonly number[],
  probabilities: readonly Float64Array[],
): { hard: number[][]; soft: number[][] } {
  const hard = [0, 1, 2].map(() => [0, 0, 0]);
  const soft = [0, 1, 2].map(() => [0, 0, 0]);
  const totals = [0, 0, 0];
  labels.forEach((label, index) => {
    const row = probabilities[index]!;
    hard[label]![argmax(row)]! += 1;
    row.forEach((probability, predicted) => (soft[label]![predicted]! += probability));
    totals[label]! += 1;
  });
  const rates = (matrix: number[][]): number[][] =>
    matrix.map((row, truth) => row.map((value) => value / Math.max(1, totals[truth]!)));
  return { hard: rates(hard), soft: rates(soft) };
}

export interface PrevalenceErrors {
  readonly groups: number;
  /** Mean absolute error of the negative share: classify and count. */
  readonly raw: number;
  /** Adjusted classify and count, confusion from cross-validation on the fitting pairs. */
  readonly adjusted: number;
  /** Probability-averaged adjusted classify and count, likewise. */
  readonly probabilityAdjusted: number;
}

/**
 * The negative share of each group of at least `minGroupSize` pairs of `measured`, estimated by
 * a model fitted on `fitting`, against the gold share.
 */
function prevalenceErrors(
  validated: CrossValidated,
  fitting: readonly CompanyPair[],
  measured: readonly CompanyPair[],
  groupOf: (pair: CompanyPair) => string,
  minGroupSize: number,
): PrevalenceErrors {
  const rates = confusionRates(fitting.map((pair) => pair.label), validated.heldOutProbabilities);
  const groups = new Map<string, CompanyPair[]>();
  for (const pair of measured) groups.set(groupOf(pair), [...(groups.get(groupOf(pair)) ?? []), pair]);

  let count = 0;
  const error = { raw: 0, adjusted: 0, probabilityAdjusted: 0 };
  for (const members of groups.values()) {
    if (members.length < minGroupSize) continue;
    const hard = [0, 0, 0];
    const soft = [0, 0, 0];
    for (const pair of members) {
      const probabilities = softmax(validated.model.scores(pair.tokens));
      hard[argmax(probabilities)]! += 1 / members.length;
      probabilities.forEach((probability, label) => (soft[label]! += probability / members.length));
    }
    const gold = members.filter((pair) => pair.label === NEGATIVE).length / members.length;
    error.raw += Math.abs(hard[NEGATIVE]! - gold);
    error.adjusted += Math.abs(adjustedShares(hard, rates.hard)[NEGATIVE]! - gold);
    error.probabilityAdjusted += Math.abs(adjustedShares(soft, rates.soft)[NEGATIVE]! - gold);
    count++;
  }
  const mean = (sum: number): number => sum / Math.max(1, count);
  return {
    groups: count,
    raw: mean(error.raw),
    adjusted: mean(error.adjusted),
    probabilityAdjusted: mean(error.probabilityAdjusted),
  };
}

/** The train pairs of both domains, the earliest four fifths by date and the last fifth. */
export function splitByDate(pairs: readonly CompanyPair[]): [CompanyPair[], CompanyPair[]] {
  const dates = pairs.map((pair) => pair.date).sort((left, right) => left - right);
  const cut = dates[Math.floor(dates.length * 0.8)]!;
  return [pairs.filter((pair) => pair.date < cut), pairs.filter((pair) => pair.date >= cut)];
}

/** Everything SentiRuEval-2015 needs, computed once for both domains. */
export interface SentiRuEvalSetup {
  readonly train: CompanyPair[];
  readonly validated: CrossValidated;
  readonly early: CompanyPair[];
  readonly late: CompanyPair[];
  readonly earlyValidated: CrossValidated;
  readonly lexicon: SentimentLexicon;
}

/**
 * Trains on the train splits of both domains together: with the company masked, what is said
 * about a bank and about an operator is said alike, and banks' train (sanctions news of summer
 * 2014) alone teaches little about their test (winter 2013–14). Chosen on the last fifth of train
 * by date, F1 over pos+neg with RuSentiLex tokens and C 0.1: banks 0.43 → 0.52, telecoms 0.73 →
 * 0.73.
 */
export function prepareSentiRuEval(dataDir: string): SentiRuEvalSetup {
  const lexicon = readSentimentLexicon(dataDir);
  const train = (['banks', 'telecoms'] as const).flatMap((domain) =>
    companyPairs(readSentiRuEval(dataDir, domain, 'train'), lexicon),
  );
  const [early, late] = splitByDate(train);
  return {
    train,
    validated: crossValidate(train),
    early,
    late,
    earlyValidated: crossValidate(early),
    lexicon,
  };
}

/**
 * SentiRuEval-2015 toward each company of one domain, and the negative share per company-week
 * as classified and as corrected. Which correction the digest would use is chosen on the last
 * fifth of train by date (company-day groups), with the model and its cross-validated confusion
 * from the earlier four fifths.
 */
export function sentiRuEvalInDomain(
  dataDir: string,
  domain: 'banks' | 'telecoms',
  setup: SentiRuEvalSetup = prepareSentiRuEval(dataDir),
  minGroupSize = 10,
): Record<string, number> {
  const inDomain = (pair: CompanyPair): boolean => domain === 'banks' ? isBank(pair.company) : !isBank(pair.company);
  // A retweet of a train tweet is the same text: it goes too.
  const [test, removed] = dedupeTest(
    setup.train,
    companyPairs(readSentiRuEval(dataDir, domain, 'test'), setup.lexicon),
    (text) => duplicateKey(storyKey(text)),
  );
  const predicted = test.map((pair) => setup.validated.model.predict(pair.tokens));
  const gold = test.map((pair) => pair.label);

  const heldOut = prevalenceErrors(
    setup.earlyValidated,
    setup.early,
    setup.late.filter(inDomain),
    (pair) => `${pair.company} ${Math.floor(pair.date / DAY_SECONDS)}`,
    minGroupSize,
  );
  const onTest = prevalenceErrors(
    setup.validated,
    setup.train,
    test,
    (pair) => `${pair.company} ${Math.floor(pair.date / WEEK_SECONDS)}`,
    minGroupSize,
  );
  const probabilityWins = heldOut.probabilityAdjusted < heldOut.adjusted;
  return {
    pairs: test.length,
    testPairsOfTweetsAlsoInTrainRemoved: removed,
    macroF1PosNeg: confusionOf(3, gold, predicted).macroF1([NEGATIVE, POSITIVE]),
    prevalenceGroups: onTest.groups,
    prevalenceRawMeanAbsoluteError: onTest.raw,
    prevalenceCorrectedMeanAbsoluteError: probabilityWins ? onTest.probabilityAdjusted : onTest.adjusted,
    prevalenceCorrectionIsProbabilityAveraged: probabilityWins ? 1 : 0,
    prevalenceAdjustedMeanAbsoluteError: onTest.adjusted,
    prevalenceProbabilityAdjustedMeanAbsoluteError: onTest.probabilityAdjusted,
    heldOutTrainCompanyDayGroups: heldOut.groups,
    heldOutTrainRawMeanAbsoluteError: heldOut.raw,
    heldOutTrainAdjustedMeanAbsoluteError: heldOut.adjusted,
    heldOutTrainProbabilityAdjustedMeanAbsoluteError: heldOut.probabilityAdjusted,
  };
}

const BANKS = new Set(['sberbank', 'vtb', 'gazprom', 'alfabank', 'bankmoskvy', 'raiffeisen', 'uralsib', 'rshb']);

function isBank(company: string): boolean {
  return BANKS.has(company);
}
