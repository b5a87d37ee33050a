/**
 * How the in-domain benchmark settings were chosen: each alternative trained on part of a train
 * split and scored on the rest of it, never on a test split.
 *
 *   npm run build && node dist/training/eval/tune-in-domain.js [--data DIR] [--part NAME]
 *   (about 20 minutes; --part companies, vectors, quantifiers or fiveClasses runs one part)
 *
 * - SentiRuEval-2015: fitted on the earliest four fifths of both domains' train pairs by date,
 *   scored on each domain's last fifth (F1 over positive and negative), with and without word
 *   vectors learnt from texts other than the last fifth's tweets; the negative share of that
 *   fifth's company-day groups by each quantifier (mean absolute error against the gold share);
 * - RuSentiTweet and RuSentiment: fitted on hash buckets 0–79 of train, scored on 80–99.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';

import { defaultDataDir } from '../data-dir.js';
import { readSentiRuEval } from '../sentiment/corpora/sentiruEval.js';
import { NEGATIVE, POSITIVE, stableBucket } from '../sentiment/examples.js';
import {
  companyPairs,
  companySettings,
  confusionOf,
  fiveClassTexts,
  prepareSentiRuEval,
  QUANTIFIERS,
  splitByDate,
  weightedF1,
  type CompanyPair,
  type LabelledTokens,
} from './in-domain.js';
import { readSentimentLexicon, type SentimentLexicon } from './sentiment-lexicon.js';
import { trainSocialModel, type SocialModelSettings } from './social-model.js';
import { learnWordVectors } from './word-vector-features.js';
import { DEFAULT_WORD_VECTORS } from './word-vectors.js';

const BANKS = new Set(['sberbank', 'vtb', 'gazprom', 'alfabank', 'bankmoskvy', 'raiffeisen', 'uralsib', 'rshb']);

function score(fit: readonly LabelledTokens[], held: readonly LabelledTokens[], settings: SocialModelSettings) {
  const model = trainSocialModel(fit.map((item) => item.tokens), fit.map((item) => item.label), settings);
  return confusionOf(
    settings.classes,
    held.map((item) => item.label),
    held.map((item) => model.predict(item.tokens)),
  );
}

function tuneCompanies(dataDir: string, lexicon: SentimentLexicon): void {
  console.log('SentiRuEval-2015, last fifth of train by date: F1 pos+neg banks / telecoms');
  for (const [name, words] of [['no lexicon', new Map()], ['RuSentiLex tokens', lexicon]] as const) {
    const pairs = (['banks', 'telecoms'] as const).flatMap((domain) =>
      companyPairs(readSentiRuEval(dataDir, domain, 'train'), words),
    );
    const [early, late] = splitByDate(pairs);
    for (const training of ['own domain', 'both domains'] as const) {
      for (const cost of [0.1, 0.3]) {
        const f1 = [true, false].map((banks) => {
          const inDomain = (pair: CompanyPair): boolean => BANKS.has(pair.company) === banks;
          const fit = training === 'own domain' ? early.filter(inDomain) : early;
          const confusion = score(fit, late.filter(inDomain), { classes: 3, cost, balanced: true });
          return confusion.macroF1([NEGATIVE, POSITIVE]);
        });
        console.log(`  ${name}, ${training}, C ${cost}: ${f1.map((value) => value.toFixed(3)).join(' / ')}`);
      }
    }
  }
}

function tuneCompanyVectors(dataDir: string, lexicon: SentimentLexicon): void {
  const tweets = (['banks', 'telecoms'] as const).flatMap((domain) => readSentiRuEval(dataDir, domain, 'train'));
  const [early, late] = splitByDate(companyPairs(tweets, lexicon));
  const cut = Math.min(...late.map((pair) => pair.date));
  console.log('SentiRuEval-2015, last fifth of train by date, C 0.1, RuSentiLex tokens: F1 pos+neg banks / telecoms');
  const scoreBoth = (settings: SocialModelSettings): string =>
    [true, false]
      .map((banks) => {
        const inDomain = (pair: CompanyPair): boolean => BANKS.has(pair.company) === banks;
        return score(early, late.filter(inDomain), settings).macroF1([NEGATIVE, POSITIVE]).toFixed(3);
      })
      .join(' / ');
  console.log(`  n-grams: ${scoreBoth(companySettings(undefined))}`);
  // The vectors move with their seed; three seeds show how far.
  for (const offset of [0, 1, 2]) {
    const seed = DEFAULT_WORD_VECTORS.seed + offset;
    const vectors = learnWordVectors(dataDir, tweets.filter((tweet) => tweet.date < cut), seed);
    console.log(`  n-grams + word vectors, seed ${seed}: ${scoreBoth(companySettings(vectors))}`);
  }
}

function tuneQuantifiers(dataDir: string): void {
  const { heldOut, quantifier } = prepareSentiRuEval(dataDir);
  console.log(`SentiRuEval-2015, last fifth of train by date, ${heldOut.groups} company-day groups: MAE of the negative share`);
  console.log(`  ${QUANTIFIERS.map((name) => `${name} ${heldOut.errors[name].toFixed(3)}`).join(', ')}; chosen ${quantifier}`);
}

function tuneFiveClasses(dataDir: string, lexicon: SentimentLexicon): void {
  const sets = {
    RuSentiTweet: [join(dataDir, 'rusentitweet', 'train.csv')],
    RuSentiment: ['random', 'preselected'].map((part) =>
      join(dataDir, 'rusentiment', `rusentiment_${part}_posts.csv`),
    ),
  };
  for (const [set, paths] of Object.entries(sets)) {
    console.log(`${set}, train buckets 80–99: macro-F1 / weighted F1 (5 classes)`);
    for (const [name, words] of [['no lexicon', new Map()], ['RuSentiLex tokens', lexicon]] as const) {
      const texts = paths.flatMap((path) => fiveClassTexts(path, words));
      const fit = texts.filter((text) => stableBucket(text.text) < 80);
      const held = texts.filter((text) => stableBucket(text.text) >= 80);
      for (const balanced of [false, true]) {
        for (const cost of [0.1, 0.3]) {
          const confusion = score(fit, held, { classes: 5, cost, balanced });
          const figures = `${confusion.macroF1([0, 1, 2, 3, 4]).toFixed(3)} / ${weightedF1(confusion).toFixed(3)}`;
          console.log(`  ${name}, ${balanced ? 'balanced' : 'unweighted'}, C ${cost}: ${figures}`);
        }
      }
    }
  }
}

const PARTS = {
  companies: (dataDir: string, lexicon: SentimentLexicon) => tuneCompanies(dataDir, lexicon),
  vectors: (dataDir: string, lexicon: SentimentLexicon) => tuneCompanyVectors(dataDir, lexicon),
  quantifiers: (dataDir: string) => tuneQuantifiers(dataDir),
  fiveClasses: (dataDir: string, lexicon: SentimentLexicon) => tuneFiveClasses(dataDir, lexicon),
};

const { values } = parseArgs({ options: { data: { type: 'string' }, part: { type: 'string' } } });
const dataDir = values.data ?? defaultDataDir();
const lexicon = readSentimentLexicon(dataDir);
if (values.part !== undefined && !(values.part in PARTS)) {
  throw new Error(`tune-in-domain: --part ${values.part}: one of ${Object.keys(PARTS).join(', ')}`);
}
for (const [part, tune] of Object.entries(PARTS)) {
  if (values.part === undefined || values.part === part) tune(dataDir, lexicon);
}
