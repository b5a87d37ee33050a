/**
 * Measures the shipped analyzer, as the product runs it, on Russian social posts that may not be
 * used for training: RuSentiTweet (overall) and SentiRuEval-2015 (toward a company).
 *
 *   node dist/training/sentiment/evaluate-social.js [--data DIR]
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

import type { LanguageResult } from '../../src/analyze/analysis.js';
import {
  createSentimentAnalyzer,
  type SentimentAnalyzer,
} from '../../src/analyze/sentiment/index.js';
import { shippedModelsFolder } from '../../src/models/index.js';
import { normaliseForMatching } from '../../src/text/normalise.js';
import { readRuSentiTweetTest } from './corpora/rusentitweet.js';
import { companyMention, COMPANY_SUBJECTS, readSentiRuEval } from './corpora/sentiruEval.js';
import { LABELS, NEGATIVE, NEUTRAL, POSITIVE } from './examples.js';
import { Confusion } from './metrics.js';

const RUSSIAN: LanguageResult = { code: 'ru', shares: { ru: 1 }, confidence: 1 };
const round = (value: number): number => Math.round(value * 1000) / 1000;

function labelIndex(label: string): number {
  return LABELS.indexOf(label as (typeof LABELS)[number]);
}

function measureTweets(analyzer: SentimentAnalyzer, dataDir: string): Record<string, number> {
  const confusion = new Confusion(3);
  for (const example of readRuSentiTweetTest(dataDir)) {
    confusion.add(
      example.label,
      labelIndex(analyzer.overall(normaliseForMatching(example.text), RUSSIAN).label),
    );
  }
  return {
    examples: confusion.total,
    macroF1: round(confusion.macroF1([NEGATIVE, NEUTRAL, POSITIVE])),
    macroF1PosNeg: round(confusion.macroF1([NEGATIVE, POSITIVE])),
  };
}

function measureCompanies(
  analyzer: SentimentAnalyzer,
  dataDir: string,
  domain: 'banks' | 'telecoms',
): Record<string, number> {
  const toward = new Confusion(3);
  const overall = new Confusion(3);
  let named = 0;

  for (const tweet of readSentiRuEval(dataDir, domain, 'test')) {
    const normalised = normaliseForMatching(tweet.text);
    const tweetLabel = labelIndex(analyzer.overall(normalised, RUSSIAN).label);

    for (const [company, gold] of tweet.labels) {
      overall.add(gold, tweetLabel);
      const mention = companyMention(tweet.text, normalised, company);
      if (!mention) {
        toward.add(gold, tweetLabel);
        continue;
      }
      named++;
      const [result] = analyzer.towardSubjects(tweet.text, normalised, [mention], RUSSIAN);
      toward.add(gold, labelIndex(result!.label));
    }
  }

  return {
    pairs: toward.total,
    companyNamedInText: named,
    towardSubjectsMacroF1PosNeg: round(toward.macroF1([NEGATIVE, POSITIVE])),
    overallAsCompanyLabelMacroF1PosNeg: round(overall.macroF1([NEGATIVE, POSITIVE])),
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { data: { type: 'string' } } });
  const beside = resolve(shippedModelsFolder(), '..', '..', 'shared', 'data');
  const dataDir = values.data ?? (existsSync(beside) ? beside : '/work/shared/data');
  if (!existsSync(join(dataDir, 'rusentitweet'))) {
    throw new Error(
      `sentiment evaluation: no corpora under ${dataDir}; pass --data with the shared data folder`,
    );
  }

  const analyzer = await createSentimentAnalyzer({ subjects: COMPANY_SUBJECTS });
  const figures = {
    rusentitweet: measureTweets(analyzer, dataDir),
    sentiruevalBanks: measureCompanies(analyzer, dataDir, 'banks'),
    sentiruevalTelecoms: measureCompanies(analyzer, dataDir, 'telecoms'),
  };
  console.log(JSON.stringify(figures, null, 2));
}

await main();
