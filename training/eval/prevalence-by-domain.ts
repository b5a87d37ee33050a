/**
 * Experiment: the shipped analyzer's negative share per SentiRuEval-2015 company-day of the last
 * fifth of train by date, each quantifier's reference (Platt scaling, rates) measured on the
 * earlier four fifths either over both domains (as compareQuantifiers does) or over the group's
 * own domain (banks or telecoms). Test splits are not read.
 *
 *   node dist/training/eval/prevalence-by-domain.js [--data DIR] [--models DIR]
 */
import { parseArgs } from 'node:util';

import { createSentimentAnalyzer } from '../../src/analyze/sentiment/index.js';
import { defaultDataDir } from '../data-dir.js';
import { companyPredictions, type CompanyPrediction } from '../sentiment/calibrate.js';
import { COMPANY_SUBJECTS, readSentiRuEval } from '../sentiment/corpora/sentiruEval.js';
import { NEGATIVE } from '../sentiment/examples.js';
import { QUANTIFIERS, splitByDate } from './in-domain.js';
import { plattScaling, quantifiers } from './quantifiers.js';

const DAY_SECONDS = 24 * 3600;
const MIN_GROUP = 10;

type Domain = 'banks' | 'telecoms';
type Pair = CompanyPrediction & { readonly domain: Domain };

function logOdds(probability: number): number {
  const bounded = Math.min(1 - 1e-9, Math.max(1e-9, probability));
  return Math.log(bounded / (1 - bounded));
}

type Estimator = (name: string, members: readonly Pair[]) => number;

/** Every quantifier with `reference` as its labelled reference, and the reference's share. */
function estimators(reference: readonly Pair[]): Estimator {
  const isNegative = reference.map((pair) => pair.gold === NEGATIVE);
  const calibrate = plattScaling(reference.map((pair) => logOdds(pair.negative)), isNegative);
  const probability = (pair: Pair): number => calibrate(logOdds(pair.negative));
  const called = (pair: Pair): number => (pair.predicted === NEGATIVE ? 1 : 0);
  const byLabel = quantifiers({ probabilities: reference.map(called), isNegative }, 0.5);
  const probabilities = reference.map(probability);
  const byProbability = quantifiers({ probabilities, isNegative }, 0.5);
  const share = isNegative.filter(Boolean).length / reference.length;
  return (name: string, members: readonly Pair[]): number =>
    name === 'share'
      ? share
      : name === 'CC' || name === 'ACC'
        ? byLabel[name as 'CC']!(members.map(called))
        : byProbability[name as 'PCC']!(members.map(probability));
}

const { values } = parseArgs({ options: { data: { type: 'string' }, models: { type: 'string' } } });
const dataDir = values.data ?? defaultDataDir();
const analyzer = await createSentimentAnalyzer({
  modelPath: values.models,
  subjects: COMPANY_SUBJECTS,
});
const pairs: Pair[] = (['banks', 'telecoms'] as const).flatMap((domain) =>
  companyPredictions(analyzer, readSentiRuEval(dataDir, domain, 'train')).map((pair) => ({
    ...pair,
    domain,
  })),
);
const [early, late] = splitByDate(pairs);
const pooled = estimators(early);
const byDomain = {
  banks: estimators(early.filter((pair) => pair.domain === 'banks')),
  telecoms: estimators(early.filter((pair) => pair.domain === 'telecoms')),
};

const groups = new Map<string, Pair[]>();
for (const pair of late) {
  const key = `${pair.company} ${Math.floor(pair.date / DAY_SECONDS)}`;
  groups.set(key, [...(groups.get(key) ?? []), pair]);
}
const names = [...QUANTIFIERS, 'share'];
const errors = { pooled: new Map<string, number>(), byDomain: new Map<string, number>() };
let count = 0;
for (const members of groups.values()) {
  if (members.length < MIN_GROUP) continue;
  const gold = members.filter((pair) => pair.gold === NEGATIVE).length / members.length;
  for (const name of names) {
    const add = (into: Map<string, number>, estimate: number): void => {
      into.set(name, (into.get(name) ?? 0) + Math.abs(estimate - gold));
    };
    add(errors.pooled, pooled(name, members));
    add(errors.byDomain, byDomain[members[0]!.domain](name, members));
  }
  count++;
}
console.log(`held-out company-days: ${count}`);
for (const name of names) {
  console.log(
    `${name}: pooled ${(errors.pooled.get(name)! / count).toFixed(3)}, ` +
      `by domain ${(errors.byDomain.get(name)! / count).toFixed(3)}`,
  );
}
