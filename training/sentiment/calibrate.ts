/**
 * Measures the shipped sentiment analyzer's confusion on labelled social posts that no shipped
 * model trained on, and writes it to models/sentiment-calibration.json for prevalence
 * correction in the digest:
 *
 * - overall tone: RuSentiTweet train tweets (positive, negative, neutral);
 * - tone toward a subject: SentiRuEval-2015 train tweets, (tweet, company) pairs, social mix.
 *
 * The test splits of both stay untouched, so that `npm run eval` can check the correction on
 * SentiRuEval-2015 test against its gold shares.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import type { LanguageResult, Mention } from '../../src/analyze/analysis.js';
import { createSentimentAnalyzer, type SentimentAnalyzer } from '../../src/analyze/sentiment/index.js';
import type { ClassifierConfusion } from '../../src/insight/prevalence.js';
import { normaliseForMatching } from '../../src/text/normalise.js';
import { readRuSentiTweet } from './corpora/rusentitweet.js';
import { COMPANY_NAMES, readSentiRuEval, type CompanyTweet } from './corpora/sentiruEval.js';
import { LABELS } from './examples.js';

export const CALIBRATION_FILE = 'sentiment-calibration.json';

const RUSSIAN: LanguageResult = { code: 'ru', shares: { ru: 1 }, confidence: 1 };

function emptyCounts(): number[][] {
  return LABELS.map(() => LABELS.map(() => 0));
}

function labelIndex(label: string): number {
  return LABELS.indexOf(label as (typeof LABELS)[number]);
}

/** Confusion of the overall tone of each tweet. */
export function overallConfusion(
  analyzer: SentimentAnalyzer,
  tweets: readonly { text: string; label: number }[],
  source: string,
): ClassifierConfusion {
  const counts = emptyCounts();
  for (const tweet of tweets) {
    const predicted = analyzer.overall(normaliseForMatching(tweet.text), RUSSIAN).label;
    counts[tweet.label]![labelIndex(predicted)]! += 1;
  }
  return { labels: LABELS, counts, source };
}

/**
 * The label the analyzer gives each (tweet, company) pair of SentiRuEval-2015, as the product
 * would for a social post naming the company; the tweet's overall tone when the name is not
 * found in the text.
 */
export function companyPredictions(
  analyzer: SentimentAnalyzer,
  tweets: readonly CompanyTweet[],
): { company: string; gold: number; predicted: number; date: number }[] {
  const pairs: { company: string; gold: number; predicted: number; date: number }[] = [];
  for (const tweet of tweets) {
    const normalised = normaliseForMatching(tweet.text);
    const overall = labelIndex(analyzer.overall(normalised, RUSSIAN).label);
    for (const [company, gold] of tweet.labels) {
      // Lower-casing keeps the length of these tweets, so offsets in `normalised` fit `text`.
      const found =
        normalised.length === tweet.text.length ? COMPANY_NAMES[company]!.exec(normalised) : null;
      if (!found) {
        pairs.push({ company, gold, predicted: overall, date: tweet.date });
        continue;
      }
      const mention: Mention = {
        subjectId: company,
        start: found.index,
        end: found.index + found[0].length,
        form: tweet.text.slice(found.index, found.index + found[0].length),
        how: 'alias',
      };
      const [result] = analyzer.towardSubjects(tweet.text, normalised, [mention], RUSSIAN, 'social');
      pairs.push({ company, gold, predicted: labelIndex(result!.label), date: tweet.date });
    }
  }
  return pairs;
}

export function pairConfusion(
  pairs: readonly { gold: number; predicted: number }[],
  source: string,
): ClassifierConfusion {
  const counts = emptyCounts();
  for (const pair of pairs) counts[pair.gold]![pair.predicted]! += 1;
  return { labels: LABELS, counts, source };
}

/** Measures both confusions with the models in `modelsDir` and writes the calibration file. */
export async function writeCalibration(dataDir: string, modelsDir: string): Promise<void> {
  const analyzer = await createSentimentAnalyzer({ modelPath: modelsDir });
  const tweets = readSentiRuEval(dataDir, 'banks', 'train').concat(
    readSentiRuEval(dataDir, 'telecoms', 'train'),
  );
  const calibration = {
    about:
      'Confusion of the shipped sentiment analyzer, counts[truth][predicted], measured on ' +
      'labelled social posts that trained no shipped model; used to correct sentiment shares.',
    overall: overallConfusion(
      analyzer,
      readRuSentiTweet(dataDir, 'train'),
      'RuSentiTweet train (Russian tweets)',
    ),
    subjects: pairConfusion(
      companyPredictions(analyzer, tweets),
      'SentiRuEval-2015 train (Russian tweets about banks and telecoms)',
    ),
  };
  writeFileSync(join(modelsDir, CALIBRATION_FILE), JSON.stringify(calibration, null, 2) + '\n');
}

