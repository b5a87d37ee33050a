/**
 * Checks prevalence correction where the truth is known:
 *
 * - SentiRuEval-2015 test tweets, grouped by company and week: for each group of at least
 *   `minGroupSize` (tweet, company) pairs, the negative share as classified and as corrected
 *   (with the confusion measured on SentiRuEval-2015 train; a group is counted as classified when
 *   that confusion's correction did worse than counting on train's held-out weeks) against the
 *   gold share, with how often the 95% interval holds it; and by each
 *   quantifier of `quantifiers.ts` over the analyzer's calibrated probabilities, the one reported
 *   chosen on the last fifth of train by date;
 * - a held-out mix of Russian news sentences (RuSentNE dev) and Kazakh reviews (KazSAnDRA valid,
 *   with KazNERD's held-out news sentences as the neutral Kazakh texts) drawn into pseudo-weeks,
 *   each corrected per group as the digest does, against one confusion for every post (the
 *   earlier way) and against classify and count.
 */
import type { LanguageIdentifier } from '../../src/analyze/language/index.js';
import type { SentimentAnalyzer } from '../../src/analyze/sentiment/index.js';
import {
  correctedShares,
  pooledShares,
  type ClassifierConfusion,
  type PostGroup,
} from '../../src/insight/prevalence.js';
import {
  calibrationGroups,
  classifyGroup,
  companyPredictions,
  groupConfusion,
  type ClassifiedExample,
  type CompanyPrediction,
} from '../sentiment/calibrate.js';
import { readSentiRuEval } from '../sentiment/corpora/sentiruEval.js';
import { LABELS, NEGATIVE, stableBucket } from '../sentiment/examples.js';
import { seededRandom } from '../sentiment/random.js';
import type { ShareEstimate } from '../../src/insight/wilson-interval.js';
import { QUANTIFIERS, splitByDate, type QuantifierName } from './in-domain.js';
import { plattScaling, quantifiers } from './quantifiers.js';

const WEEK_SECONDS = 7 * 24 * 3600;
const DAY_SECONDS = 24 * 3600;

export interface PrevalenceValidation {
  readonly groups: number;
  readonly pairs: number;
  /** Mean absolute error of the negative share, classify and count. */
  readonly rawMeanAbsoluteError: number;
  /** As the digest corrects: a group its confusion cannot produce is counted as classified. */
  readonly correctedMeanAbsoluteError: number;
  /** Corrected and clipped at zero whatever the observed shares (the earlier digest). */
  readonly clippedMeanAbsoluteError: number;
  /** Groups whose observed shares the confusion cannot produce. */
  readonly outOfRangeGroups: number;
  /** Groups counted as classified because correcting did worse on held-out weeks. */
  readonly declinedGroups: number;
  /** Share of groups whose 95% interval holds the gold share. */
  readonly intervalCoverage: number;
  readonly meanIntervalWidth: number;
}

export function validatePrevalence(
  analyzer: SentimentAnalyzer,
  dataDir: string,
  confusion: ClassifierConfusion,
  minGroupSize = 10,
): PrevalenceValidation {
  const tweets = readSentiRuEval(dataDir, 'banks', 'test').concat(
    readSentiRuEval(dataDir, 'telecoms', 'test'),
  );
  const groups = new Map<string, { gold: number; predicted: number }[]>();
  for (const pair of companyPredictions(analyzer, tweets)) {
    const key = `${pair.company} ${Math.floor(pair.date / WEEK_SECONDS)}`;
    const group = groups.get(key) ?? [];
    group.push(pair);
    groups.set(key, group);
  }

  const tally = new NegativeShareTally();
  let clippedError = 0;
  let outOfRange = 0;
  let declined = 0;
  let pairs = 0;
  for (const group of groups.values()) {
    if (group.length < minGroupSize) continue;
    const predicted = [0, 0, 0];
    for (const pair of group) predicted[pair.predicted]! += 1;
    const gold = group.filter((pair) => pair.gold === NEGATIVE).length / group.length;
    const clipped = correctedShares(predicted, confusion);
    const pooled = pooledShares(LABELS, [{ counts: predicted, confusion }]);
    tally.add(pooled, gold);
    if (pooled.declinedPosts > 0) declined++;
    clippedError += Math.abs(clipped.shares[NEGATIVE]!.share - gold);
    if (clipped.outOfRange) outOfRange++;
    pairs += group.length;
  }

  return {
    groups: tally.count,
    pairs,
    ...tally.means(),
    clippedMeanAbsoluteError: clippedError / tally.count,
    outOfRangeGroups: outOfRange,
    declinedGroups: declined,
  };
}

export interface QuantifierComparison {
  /** Mean absolute error of the negative share by each quantifier, test company-weeks. */
  readonly test: Readonly<Record<QuantifierName, number>>;
  readonly testGroups: number;
  /** The same on the last fifth of train by date (company-days), calibrated on the rest. */
  readonly heldOut: Readonly<Record<QuantifierName, number>>;
  readonly heldOutGroups: number;
  readonly chosen: QuantifierName;
  /**
   * The error of giving every group the reference's negative share, reading no text: what a
   * quantifier must beat to show the classifier measures anything. Test, then held out.
   */
  readonly referenceShare: { readonly test: number; readonly heldOut: number };
}

/**
 * The shipped analyzer's negative share per SentiRuEval-2015 group by every quantifier. The
 * analyzer's P(negative) is recalibrated (Platt scaling of its log-odds) on labelled pairs of the
 * train split, which also give the quantifiers' reference rates.
 */
export function compareQuantifiers(
  analyzer: SentimentAnalyzer,
  dataDir: string,
  minGroupSize = 10,
): QuantifierComparison {
  const read = (split: 'train' | 'test'): CompanyPrediction[] =>
    companyPredictions(
      analyzer,
      readSentiRuEval(dataDir, 'banks', split).concat(readSentiRuEval(dataDir, 'telecoms', split)),
    );
  const train = read('train');
  const [early, late] = splitByDate(train);
  const day = (pair: CompanyPrediction): string => `${pair.company} ${Math.floor(pair.date / DAY_SECONDS)}`;
  const week = (pair: CompanyPrediction): string => `${pair.company} ${Math.floor(pair.date / WEEK_SECONDS)}`;
  const heldOut = quantifierErrors(early, late, day, minGroupSize);
  const test = quantifierErrors(train, read('test'), week, minGroupSize);
  const chosen = QUANTIFIERS.reduce((best, name) => (heldOut.errors[name] < heldOut.errors[best] ? name : best));
  return {
    test: test.errors,
    testGroups: test.groups,
    heldOut: heldOut.errors,
    heldOutGroups: heldOut.groups,
    chosen,
    referenceShare: { test: test.referenceShare, heldOut: heldOut.referenceShare },
  };
}

function logOdds(probability: number): number {
  const bounded = Math.min(1 - 1e-9, Math.max(1e-9, probability));
  return Math.log(bounded / (1 - bounded));
}

function quantifierErrors(
  reference: readonly CompanyPrediction[],
  measured: readonly CompanyPrediction[],
  groupOf: (pair: CompanyPrediction) => string,
  minGroupSize: number,
): { groups: number; errors: Record<QuantifierName, number>; referenceShare: number } {
  const isNegative = reference.map((pair) => pair.gold === NEGATIVE);
  const referenceShare = isNegative.filter(Boolean).length / Math.max(1, isNegative.length);
  let referenceShareError = 0;
  const calibrate = plattScaling(reference.map((pair) => logOdds(pair.negative)), isNegative);
  const probability = (pair: CompanyPrediction): number => calibrate(logOdds(pair.negative));
  const isCalledNegative = (pair: CompanyPrediction): number => (pair.predicted === NEGATIVE ? 1 : 0);
  // The analyzer's own decision is its argmax, not a threshold on P(negative): CC and ACC count
  // its labels, the others use the calibrated probabilities.
  const byLabel = quantifiers({ probabilities: reference.map(isCalledNegative), isNegative }, 0.5);
  const byProbability = quantifiers({ probabilities: reference.map(probability), isNegative }, 0.5);

  const groups = new Map<string, CompanyPrediction[]>();
  for (const pair of measured) groups.set(groupOf(pair), [...(groups.get(groupOf(pair)) ?? []), pair]);
  const sums = Object.fromEntries(QUANTIFIERS.map((name) => [name, 0])) as Record<QuantifierName, number>;
  let count = 0;
  for (const members of groups.values()) {
    if (members.length < minGroupSize) continue;
    const gold = members.filter((pair) => pair.gold === NEGATIVE).length / members.length;
    for (const name of QUANTIFIERS) {
      const estimate =
        name === 'CC' || name === 'ACC'
          ? byLabel[name]!(members.map(isCalledNegative))
          : byProbability[name]!(members.map(probability));
      sums[name] += Math.abs(estimate - gold);
    }
    referenceShareError += Math.abs(referenceShare - gold);
    count++;
  }
  const errors = Object.fromEntries(
    QUANTIFIERS.map((name) => [name, sums[name] / Math.max(1, count)]),
  ) as Record<QuantifierName, number>;
  return { groups: count, errors, referenceShare: referenceShareError / Math.max(1, count) };
}

/** The groups of the mixed check: news and reviews, as the demo corpus and a city's feeds mix them. */
const MIXED_GROUPS = ['ru article', 'kk social'];
const FOLDS = 5;
const WEEKS_PER_FOLD = 20;

export interface MixedPrevalenceValidation {
  readonly weeks: number;
  readonly postsPerWeek: number;
  readonly rawMeanAbsoluteError: number;
  /** Each group corrected with its own confusion, measured on the other folds. */
  readonly correctedMeanAbsoluteError: number;
  /** Every post corrected with the Russian-tweet confusion, clipped (the earlier digest). */
  readonly oneConfusionMeanAbsoluteError: number;
  readonly intervalCoverage: number;
  readonly meanIntervalWidth: number;
  /** Share of posts counted as classified because their group's shares were out of range. */
  readonly outOfRangeShare: number;
}

/**
 * Pseudo-weeks of Russian news sentences and Kazakh reviews with known labels, each group's
 * negative, neutral and positive shares drawn at random per week, so that the mix moves as a real
 * feed's does. Cross-fitted: the texts are split in five folds by a stable hash; a week is drawn
 * from one fold and corrected with confusions measured on the other four, so no text both
 * calibrates and is measured.
 */
export function validateMixedPrevalence(
  analyzer: SentimentAnalyzer,
  identifier: LanguageIdentifier,
  dataDir: string,
  tweetConfusion: ClassifierConfusion,
): MixedPrevalenceValidation {
  const groups = calibrationGroups(dataDir)
    .filter((group) => MIXED_GROUPS.includes(`${group.language} ${group.kind}`))
    .map((group) => ({ group, examples: classifyGroup(analyzer, identifier, group).examples }));
  const random = seededRandom(20240607);
  const foldOf = (example: ClassifiedExample): number => stableBucket(example.text) % FOLDS;

  const tally = new NegativeShareTally();
  let posts = 0;
  let oneConfusionError = 0;
  let outOfRangePosts = 0;
  for (let fold = 0; fold < FOLDS; fold++) {
    const calibrated = groups.map(({ group, examples }) => {
      const measured = groupConfusion(group, examples.filter((example) => foldOf(example) !== fold));
      const pools = LABELS.map((_, label) =>
        examples.filter((example) => foldOf(example) === fold && example.gold === label),
      );
      return { confusion: measured.calibrated ? measured.confusion : undefined, pools };
    });

    for (let week = 0; week < WEEKS_PER_FOLD; week++) {
      let gold = 0;
      let total = 0;
      const weekGroups: PostGroup[] = calibrated.map(({ confusion, pools }) => {
        const counts = [0, 0, 0];
        const size = 40 + Math.floor(random() * 120);
        const negative = 0.05 + random() * 0.55;
        const neutral = random() * (1 - negative);
        for (let post = 0; post < size; post++) {
          const draw = random();
          const label = draw < negative ? 0 : draw < negative + neutral ? 1 : 2;
          const pool = pools[label]!;
          const example = pool[Math.floor(random() * pool.length)]!;
          counts[example.predicted]! += 1;
          if (example.gold === NEGATIVE) gold++;
        }
        total += size;
        return { counts, confusion };
      });
      gold /= total;

      const pooled = pooledShares(LABELS, weekGroups);
      const oneConfusion = correctedShares(
        LABELS.map((_, label) => weekGroups.reduce((sum, group) => sum + group.counts[label]!, 0)),
        tweetConfusion,
      );
      tally.add(pooled, gold);
      oneConfusionError += Math.abs(oneConfusion.shares[NEGATIVE]!.share - gold);
      outOfRangePosts += pooled.outOfRangePosts;
      posts += total;
    }
  }

  return {
    weeks: tally.count,
    postsPerWeek: posts / tally.count,
    ...tally.means(),
    oneConfusionMeanAbsoluteError: oneConfusionError / tally.count,
    outOfRangeShare: outOfRangePosts / posts,
  };
}

/** Errors of the negative share, raw and corrected, and how often the interval holds the gold. */
class NegativeShareTally {
  count = 0;
  #rawError = 0;
  #correctedError = 0;
  #covered = 0;
  #width = 0;

  add(estimate: { raw: readonly number[]; shares: readonly ShareEstimate[] }, gold: number): void {
    const negative = estimate.shares[NEGATIVE]!;
    this.#rawError += Math.abs(estimate.raw[NEGATIVE]! - gold);
    this.#correctedError += Math.abs(negative.share - gold);
    if (negative.low <= gold && gold <= negative.high) this.#covered++;
    this.#width += negative.high - negative.low;
    this.count++;
  }

  means() {
    return {
      rawMeanAbsoluteError: this.#rawError / this.count,
      correctedMeanAbsoluteError: this.#correctedError / this.count,
      intervalCoverage: this.#covered / this.count,
      meanIntervalWidth: this.#width / this.count,
    };
  }
}
