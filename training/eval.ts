/**
 * Measures every shipped model (and the modelling method, where a corpus may only be used for
 * evaluation) on the test splits, prints each figure beside the published ones, and writes them
 * to eval/results.json as `{ "<test set>": { "<metric>": value } }`.
 *
 *   npm run eval [-- --data DIR]
 *
 * Takes a few minutes: the in-domain benchmarks and the issue filter's cross-validation train
 * models of their own, which are thrown away after scoring.
 */
import { existsSync, readFileSync, statSync, mkdirSync, writeFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';

import type { LanguageResult } from '../src/analyze/analysis.js';
import { createSentimentAnalyzer, type SentimentAnalyzer } from '../src/analyze/sentiment/index.js';
import { loadModelFile, shippedModelPath, shippedModelsFolder } from '../src/models/index.js';
import { normaliseForMatching } from '../src/text/normalise.js';
import { defaultDataDir } from './data-dir.js';
import {
  prepareSentiRuEval,
  QUANTIFIERS,
  ruSentimentInDomain,
  ruSentiTweetInDomain,
  sentiRuEvalInDomain,
} from './eval/in-domain.js';
import { compareQuantifiers, validateMixedPrevalence, validatePrevalence } from './eval/prevalence-validation.js';
import { createLanguageIdentifier } from '../src/analyze/language/index.js';
import { ISSUE_FILTER_FILE, type IssueFilterModel } from '../src/analyze/issues/index.js';
import { chooseIssueMethod, measureIssues } from './issues/evaluate-issues.js';
import type { MultiLabelScores } from './issues/multi-label-scores.js';
import { companyPredictions } from './sentiment/calibrate.js';
import { readKazsandra } from './sentiment/corpora/kazsandra.js';
import { readRuSentiTweet } from './sentiment/corpora/rusentitweet.js';
import { COMPANY_SUBJECTS, readSentiRuEval } from './sentiment/corpora/sentiruEval.js';
import {
  bestPolarityThreshold,
  confusionOf,
  labelsOf,
  polarityScores,
  predictPolarity,
} from './sentiment/evaluate.js';
import { duplicateKey, LABELS, NEGATIVE, NEUTRAL, POSITIVE } from './sentiment/examples.js';
import { featuriseTexts } from './sentiment/featurise.js';
import { Confusion } from './sentiment/metrics.js';
import { mentionOpinions, mixedConfusion } from './sentiment/subject-evaluation.js';
import { loadTargetData } from './sentiment/target-data.js';
import type { ClassifierConfusion } from '../src/insight/prevalence.js';

type Figures = Record<string, Record<string, number>>;

interface Row {
  readonly testSet: string;
  readonly metric: string;
  readonly ours: number;
  readonly published: string;
  readonly goal: string;
}

const POLAR = [NEGATIVE, POSITIVE];
const RUSSIAN: LanguageResult = { code: 'ru', shares: { ru: 1 }, confidence: 1 };
const round = (value: number): number => Math.round(value * 1000) / 1000;

function shippedSentiment(dataDir: string, figures: Figures, rows: Row[]): Promise<void> {
  return (async () => {
    const overall = await loadModelFile(shippedModelPath('sentiment-overall.bin'));
    const target = await loadModelFile(shippedModelPath('sentiment-target.bin'));
    const config = overall.metadata.features;

    const valid = readKazsandra(dataDir, 'valid');
    const test = readKazsandra(dataDir, 'test');
    const trainKeys = new Set(readKazsandra(dataDir, 'train').map((e) => duplicateKey(e.text)));
    const threshold = bestPolarityThreshold(
      labelsOf(valid),
      polarityScores(overall, featuriseTexts(valid, config)),
    );
    const testFeatures = featuriseTexts(test, config);
    const gold = labelsOf(test);
    const atZero = confusionOf(gold, predictPolarity(overall, testFeatures)).macroF1(POLAR);
    const shifted = predictPolarity(overall, testFeatures, threshold);
    const atValid = confusionOf(gold, shifted).macroF1(POLAR);
    const kept = test.map((example) => !trainKeys.has(duplicateKey(example.text)));
    const dedupedF1 = confusionOf(
      gold.filter((_, index) => kept[index]),
      shifted.filter((_, index) => kept[index]),
    ).macroF1(POLAR);
    figures['KazSAnDRA 05_pc_test'] = {
      examples: test.length,
      macroF1: atValid,
      macroF1AtArgmax: atZero,
      thresholdFittedOnValid: threshold,
      testTextsAlsoInTrain: kept.filter((keep) => !keep).length,
      macroF1WithoutThem: dedupedF1,
    };
    rows.push(
      row('KazSAnDRA 05_pc_test (threshold fitted on valid)', 'macro-F1', atValid, 'mBERT/XLM-R 0.78, RemBERT 0.80', '≥ 0.78'),
      row('KazSAnDRA 05_pc_test (argmax)', 'macro-F1', atZero, 'mBART 0.74', ''),
      row('KazSAnDRA test minus texts also in train', 'macro-F1', dedupedF1, '', ''),
    );

    const targetData = loadTargetData(dataDir);
    const newsWeight = Number(target.metadata.about.targetModelWeight ?? 0.5);
    const opinions = mentionOpinions(targetData.test, overall, target);
    const news = mixedConfusion(targetData.test, opinions, newsWeight);
    figures['RuSentNE validation_data_labeled'] = {
      examples: targetData.test.length,
      macroF1PosNeg: news.macroF1(POLAR),
      macroF1: news.macroF1([NEGATIVE, NEUTRAL, POSITIVE]),
      targetedModelAloneMacroF1PosNeg: mixedConfusion(targetData.test, opinions, 1).macroF1(POLAR),
    };
    rows.push(row('RuSentNE validation (as shipped, news)', 'macro-F1 pos+neg', news.macroF1(POLAR), 'best system 0.66; zero-shot LLMs 0.42–0.60', '≥ 0.55'));
  })();
}

async function shippedSocial(
  analyzer: SentimentAnalyzer,
  dataDir: string,
  figures: Figures,
  rows: Row[],
): Promise<void> {
  const confusion = new Confusion(3);
  for (const example of readRuSentiTweet(dataDir, 'test')) {
    const label = analyzer.overall(normaliseForMatching(example.text), RUSSIAN).label;
    confusion.add(example.label, LABELS.indexOf(label));
  }
  figures['RuSentiTweet test, shipped model (3 classes, not trained on it)'] = {
    examples: confusion.total,
    macroF1: confusion.macroF1([NEGATIVE, NEUTRAL, POSITIVE]),
    macroF1PosNeg: confusion.macroF1(POLAR),
  };
  rows.push(row('RuSentiTweet test, shipped model, 3 classes', 'macro-F1', confusion.macroF1([0, 1, 2]), '5-class only (not comparable)', ''));

  for (const domain of ['banks', 'telecoms'] as const) {
    const pairs = companyPredictions(analyzer, readSentiRuEval(dataDir, domain, 'test'));
    const toward = new Confusion(3);
    for (const pair of pairs) toward.add(pair.gold, pair.predicted);
    figures[`SentiRuEval-2015 ${domain} test, shipped model`] = {
      pairs: pairs.length,
      macroF1PosNeg: toward.macroF1(POLAR),
    };
    rows.push(row(`SentiRuEval-2015 ${domain} test, shipped model`, 'F1 pos+neg', toward.macroF1(POLAR), 'SVM+lexicon ≈0.53–0.55', '≥ 0.60'));
  }
}

function inDomain(dataDir: string, figures: Figures, rows: Row[]): void {
  const tweets = ruSentiTweetInDomain(dataDir);
  figures['RuSentiTweet test, method trained on its train split (5 classes)'] = tweets;
  rows.push(row('RuSentiTweet test, method trained in-domain', 'macro-F1 (5 classes)', tweets.macroF1!, 'naive Bayes 0.52, RuBERT 0.65', '≥ 0.62'));

  const posts = ruSentimentInDomain(dataDir);
  figures['RuSentiment test, method trained on its train split (evaluation only)'] = posts;
  rows.push(row('RuSentiment test, method trained in-domain', 'weighted F1', posts.weightedF1!, 'logistic regression 0.688, NN 0.716', '≥ 0.72'));
  sentiRuEvalFigures(dataDir, figures, rows);
}

function sentiRuEvalFigures(dataDir: string, figures: Figures, rows: Row[]): void {
  const setup = prepareSentiRuEval(dataDir);
  const pairScores: number[] = [];
  for (const domain of ['banks', 'telecoms'] as const) {
    const result = sentiRuEvalInDomain(dataDir, domain, setup);
    pairScores.push(result.macroF1PosNeg!);
    figures[`SentiRuEval-2015 ${domain} test, method trained in-domain`] = result;
    rows.push(row(`SentiRuEval-2015 ${domain} test, method trained in-domain`, 'F1 pos+neg', result.macroF1PosNeg!, 'SVM+lexicon ≈0.53–0.55', '≥ 0.60'));
    rows.push(row(`  prevalence per company-week (in-domain model, ${setup.quantifier} chosen on train)`, 'MAE negative share raw → corrected', result.prevalenceCorrectedMeanAbsoluteError!, `raw ${round(result.prevalenceRawMeanAbsoluteError!)}`, 'half of raw'));
  }
  const mean = (pairScores[0]! + pairScores[1]!) / 2;
  figures['SentiRuEval-2015 banks and telecoms test, method trained in-domain'] = { meanMacroF1PosNeg: mean };
  rows.push(row('SentiRuEval-2015 mean of banks and telecoms, in-domain', 'F1 pos+neg', mean, 'SVM+lexicon ≈0.53–0.55', '≥ 0.60'));
}

function prevalence(analyzer: SentimentAnalyzer, dataDir: string, figures: Figures, rows: Row[]): void {
  const calibration = JSON.parse(
    readFileSync(join(shippedModelsFolder(), 'sentiment-calibration.json'), 'utf8'),
  ) as { subjects: (ClassifierConfusion & { language: string; kind: string })[] };
  // SentiRuEval-2015 is Russian tweets: the group its posts would fall in.
  const russianSocial = calibration.subjects.find((group) => group.language === 'ru' && group.kind === 'social');
  if (russianSocial === undefined) throw new Error('eval: the calibration has no Russian social group for subjects');
  const result = validatePrevalence(analyzer, dataDir, russianSocial);
  figures['SentiRuEval-2015 test prevalence per company-week, shipped model'] = { ...result };
  rows.push(row('SentiRuEval-2015 prevalence per company-week, shipped', 'MAE negative share raw → corrected', result.correctedMeanAbsoluteError, `raw ${round(result.rawMeanAbsoluteError)}`, 'half of raw'));
  rows.push(row(`  same, clipped at 0 (earlier digest; ${result.outOfRangeGroups} of ${result.groups} groups out of range)`, 'MAE negative share', result.clippedMeanAbsoluteError, `raw ${round(result.rawMeanAbsoluteError)}`, ''));
  rows.push(row(`  same, 95% intervals holding the gold share (${result.declinedGroups} groups counted as classified)`, 'coverage', result.intervalCoverage, `mean width ${round(result.meanIntervalWidth)}`, '0.95'));
  const check = russianSocial.heldOut;
  if (check !== undefined) {
    figures['SentiRuEval-2015 train, held-out weeks (calibration check of tone toward subjects)'] = {
      clusters: check.residuals.length,
      classifiedMeanAbsoluteErrorOverLabels: check.classifiedError,
      correctedMeanAbsoluteErrorOverLabels: check.correctedError,
    };
    rows.push(row(`SentiRuEval-2015 train, ${check.residuals.length} held-out company-weeks`, 'MAE of the shares classified → corrected', check.correctedError, `classified ${round(check.classifiedError)}`, 'below classified, else not corrected'));
  }

  const compared = compareQuantifiers(analyzer, dataDir);
  const named = (prefix: string, errors: Readonly<Record<string, number>>): Record<string, number> =>
    Object.fromEntries(Object.entries(errors).map(([name, error]) => [`${prefix}${name}MeanAbsoluteError`, error]));
  figures['SentiRuEval-2015 test prevalence per company-week, shipped model, by quantifier'] = {
    groups: compared.testGroups,
    ...named('', compared.test),
    chosenQuantifier: QUANTIFIERS.indexOf(compared.chosen),
    heldOutTrainCompanyDayGroups: compared.heldOutGroups,
    ...named('heldOutTrain', compared.heldOut),
    trainShareForEveryGroupMeanAbsoluteError: compared.referenceShare.test,
    heldOutTrainEarlierShareForEveryGroupMeanAbsoluteError: compared.referenceShare.heldOut,
  };
  rows.push(row(`  same, ${compared.chosen} (chosen on the last fifth of train by date)`, 'MAE negative share raw → corrected', compared.test[compared.chosen], `raw ${round(compared.test.CC)}`, 'half of raw'));
  rows.push(row('  same, the train share for every group (no text read)', 'MAE negative share', compared.referenceShare.test, `raw ${round(compared.test.CC)}`, ''));
}

async function mixedPrevalence(analyzer: SentimentAnalyzer, dataDir: string, figures: Figures, rows: Row[]): Promise<void> {
  const calibration = JSON.parse(
    readFileSync(join(shippedModelsFolder(), 'sentiment-calibration.json'), 'utf8'),
  ) as { overall: (ClassifierConfusion & { language: string; kind: string })[] };
  const tweets = calibration.overall.find((group) => group.language === 'ru' && group.kind === 'social');
  if (tweets === undefined) throw new Error('eval: the calibration has no Russian social group');
  const result = validateMixedPrevalence(analyzer, await createLanguageIdentifier(), dataDir, tweets);
  figures['held-out news and reviews (RuSentNE dev + KazSAnDRA valid) prevalence per pseudo-week'] = { ...result };
  rows.push(row('news + reviews pseudo-weeks, per-group correction', 'MAE negative share raw → corrected', result.correctedMeanAbsoluteError, `raw ${round(result.rawMeanAbsoluteError)}`, 'below raw'));
  rows.push(row('news + reviews pseudo-weeks, one tweet confusion', 'MAE negative share (earlier digest)', result.oneConfusionMeanAbsoluteError, `raw ${round(result.rawMeanAbsoluteError)}`, ''));
  rows.push(row('news + reviews pseudo-weeks, 95% intervals holding the gold share', 'coverage', result.intervalCoverage, `mean width ${round(result.meanIntervalWidth)}`, '0.95'));
}

function issues(figures: Figures, rows: Row[]): void {
  const choice = chooseIssueMethod();
  const shippedFilter = existsSync(shippedModelPath(ISSUE_FILTER_FILE))
    ? JSON.parse(readFileSync(shippedModelPath(ISSUE_FILTER_FILE), 'utf8')) as IssueFilterModel
    : null;
  const shipped = measureIssues('test', shippedFilter);
  const keywordsAlone = measureIssues('test');
  const withFilter = measureIssues('test', choice.filter);
  const method = shippedFilter === null ? 'rules' : 'rules + filter';
  figures[`civic issue sentences test (150, ru+kk): issues, shipped (${method})`] =
    labelFigures(shipped.issues, shipped.sentences);
  figures['civic issue sentences test (150, ru+kk): issues, keyword rules alone'] =
    labelFigures(keywordsAlone.issues, keywordsAlone.sentences);
  figures['civic issue sentences test (150, ru+kk): issues, keyword rules with filter'] =
    labelFigures(withFilter.issues, withFilter.sentences);
  figures['civic issue sentences test (150, ru+kk): slices, keyword rules'] =
    labelFigures(shipped.slices, shipped.sentences);
  rows.push(row(`civic issue sentences test, issues (shipped: ${method})`, 'micro-F1', shipped.issues.microF1, '—', '≥ 0.80'));
  rows.push(row(`civic issue sentences test, issues (shipped: ${method})`, 'macro-F1', shipped.issues.macroF1, '—', ''));
  rows.push(row('civic issue sentences test, issues (rules + filter)', 'micro-F1', withFilter.issues.microF1, '—', ''));
  rows.push(row('civic issue sentences test, slices (rules)', 'micro-F1', shipped.slices.microF1, '—', ''));

  const validation = choice.crossValidation;
  figures[`civic issue sentences train (${validation.sentences}): nested 5-fold cross-validation`] = {
    keywordsMicroF1: validation.keywords.microF1,
    keywordsWithFilterMicroF1: validation.keywordsWithFilter.microF1,
    keywordsWithFilterMicroPrecision: validation.keywordsWithFilter.microPrecision,
    keywordsWithFilterMicroRecall: validation.keywordsWithFilter.microRecall,
  };
  console.log(`\nIssues, nested 5-fold cross-validation on the ${validation.sentences} train sentences (micro-F1):`);
  console.log(`  keyword rules ${validation.keywords.microF1.toFixed(3)}, with the filter ${validation.keywordsWithFilter.microF1.toFixed(3)}; shipped: ${method}`);
  printPerLabel(`Per issue on the test split (${method}): support, precision, recall`, shipped.issues);
  printPerLabel('Per slice on the test split (keyword rules): support, precision, recall', shipped.slices);
}

function labelFigures(scores: MultiLabelScores, sentences: number): Record<string, number> {
  const figures: Record<string, number> = {
    sentences,
    microF1: scores.microF1,
    microPrecision: scores.microPrecision,
    microRecall: scores.microRecall,
    macroF1: scores.macroF1,
  };
  for (const score of scores.perLabel) {
    figures[`${score.label}.support`] = score.support;
    figures[`${score.label}.precision`] = score.precision;
    figures[`${score.label}.recall`] = score.recall;
  }
  return figures;
}

function printPerLabel(title: string, scores: MultiLabelScores): void {
  console.log(`\n${title}`);
  for (const score of scores.perLabel) {
    console.log(`  ${score.label.padEnd(22)} ${String(score.support).padStart(3)}  ${score.precision.toFixed(2)}  ${score.recall.toFixed(2)}`);
  }
}

function speedAndSize(analyzer: SentimentAnalyzer, dataDir: string, figures: Figures): void {
  const texts = readKazsandra(dataDir, 'test').slice(0, 8000).map((e) => normaliseForMatching(e.text));
  const started = performance.now();
  for (const text of texts) analyzer.overall(text, RUSSIAN);
  const overallRate = texts.length / ((performance.now() - started) / 1000);

  const folder = shippedModelsFolder();
  const sizes: Record<string, number> = {};
  let total = 0;
  for (const file of readdirSync(folder)) {
    if (file.endsWith('.md')) continue;
    const size = statSync(join(folder, file)).size;
    sizes[`${file}.bytes`] = size;
    total += size;
  }
  figures['speed and size'] = { overallPostsPerSecond: Math.round(overallRate), ...sizes, totalBytes: total };
  console.log(`\nSpeed: overall sentiment ${Math.round(overallRate)} posts/s on one core (KazSAnDRA reviews)`);
  console.log(`Model files: ${Object.entries(sizes).map(([file, size]) => `${file.replace('.bytes', '')} ${(size / 1e6).toFixed(2)} MB`).join(', ')}; total ${(total / 1e6).toFixed(2)} MB (limit 30 MB)`);
}

function row(testSet: string, metric: string, ours: number, published: string, goal: string): Row {
  return { testSet, metric, ours, published, goal };
}

function printTable(rows: readonly Row[]): void {
  console.log('\n| test set | metric | tyndau | published | goal |');
  console.log('| --- | --- | --- | --- | --- |');
  for (const entry of rows) {
    console.log(`| ${entry.testSet} | ${entry.metric} | ${entry.ours.toFixed(3)} | ${entry.published} | ${entry.goal} |`);
  }
}

function rounded(figures: Figures): Figures {
  const result: Figures = {};
  for (const [set, metrics] of Object.entries(figures)) {
    result[set] = Object.fromEntries(
      Object.entries(metrics).map(([metric, value]) => [metric, Math.round(value * 10000) / 10000]),
    );
  }
  return result;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { data: { type: 'string' }, only: { type: 'string' } } });
  const dataDir = values.data ?? defaultDataDir();
  const started = Date.now();
  const figures: Figures = {};
  const rows: Row[] = [];
  const folder = join(shippedModelsFolder(), '..', 'eval');
  const resultsPath = join(folder, 'results.json');
  const updateResults = (part: string): void => {
    printTable(rows);
    const earlier = existsSync(resultsPath) ? JSON.parse(readFileSync(resultsPath, 'utf8')) as Figures : {};
    writeFileSync(resultsPath, JSON.stringify({ ...earlier, ...rounded(figures) }, null, 2) + '\n');
    console.log(`\neval: ${part} figures updated in eval/results.json in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  };

  // `--only issues`, `--only prevalence` and `--only sentiruEval` re-measure one part (seconds
  // or a few minutes, not ten) and keep the other figures of eval/results.json as they are.
  if (values.only === 'issues') {
    issues(figures, rows);
    updateResults('issue');
    return;
  }
  if (values.only === 'sentiruEval') {
    sentiRuEvalFigures(dataDir, figures, rows);
    updateResults('SentiRuEval-2015 in-domain');
    return;
  }
  const analyzer = await createSentimentAnalyzer({ subjects: COMPANY_SUBJECTS });
  if (values.only === 'prevalence') {
    prevalence(analyzer, dataDir, figures, rows);
    await mixedPrevalence(analyzer, dataDir, figures, rows);
    updateResults('prevalence');
    return;
  }
  if (values.only !== undefined) {
    throw new Error(`eval: --only ${values.only}: the parts that run alone are "issues", "prevalence" and "sentiruEval"`);
  }

  await shippedSentiment(dataDir, figures, rows);
  await shippedSocial(analyzer, dataDir, figures, rows);
  prevalence(analyzer, dataDir, figures, rows);
  await mixedPrevalence(analyzer, dataDir, figures, rows);
  inDomain(dataDir, figures, rows);
  issues(figures, rows);
  speedAndSize(analyzer, dataDir, figures);
  printTable(rows);

  mkdirSync(folder, { recursive: true });
  writeFileSync(resultsPath, JSON.stringify(rounded(figures), null, 2) + '\n');
  console.log(`\neval: wrote eval/results.json in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

await main();
