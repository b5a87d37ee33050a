/**
 * The shipped overall sentiment, as the product runs it (model and the rules over it), on the
 * splits a change to those rules may be tuned on: KazSAnDRA valid (polarity, macro-F1 over
 * negative and positive, every prediction counted as its larger of the two), RuSentiTweet train
 * and the open sentiment corpus's valid split (macro-F1 over three classes). Test splits are read
 * by `npm run eval` only.
 *
 *   npx vite-node training/sentiment/evaluate-overall-dev.ts [--data DIR]
 */
import { parseArgs } from 'node:util';

import type { LanguageResult } from '../../src/analyze/analysis.js';
import { createSentimentAnalyzer } from '../../src/analyze/sentiment/index.js';
import { normaliseForMatching } from '../../src/text/normalise.js';
import { defaultDataDir } from '../data-dir.js';
import { readKazsandra } from './corpora/kazsandra.js';
import { readOpenSentimentCorpus } from './corpora/open-sentiment-corpus.js';
import { readRuSentiTweet } from './corpora/rusentitweet.js';
import { LABELS, NEGATIVE, NEUTRAL, POSITIVE, type TextExample } from './examples.js';
import { Confusion } from './metrics.js';

const RUSSIAN: LanguageResult = { code: 'ru', shares: { ru: 1 }, confidence: 1 };
const KAZAKH: LanguageResult = { code: 'kk', shares: { kk: 1 }, confidence: 1 };

const { values } = parseArgs({ options: { data: { type: 'string' } } });
const dataDir = values.data ?? defaultDataDir();
const analyzer = await createSentimentAnalyzer();

function measure(name: string, examples: readonly TextExample[], language: LanguageResult, polarity: boolean): void {
  const confusion = new Confusion(3);
  for (const example of examples) {
    const result = analyzer.overall(normaliseForMatching(example.text), language);
    let predicted = LABELS.indexOf(result.label);
    if (polarity && predicted === NEUTRAL) {
      predicted = result.probabilities.positive >= result.probabilities.negative ? POSITIVE : NEGATIVE;
    }
    confusion.add(example.label, predicted);
  }
  const classes = polarity ? [NEGATIVE, POSITIVE] : [NEGATIVE, NEUTRAL, POSITIVE];
  console.log(`${name} (${confusion.total}): macro-F1 ${confusion.macroF1(classes).toFixed(4)}`);
}

measure('KazSAnDRA valid, polarity', readKazsandra(dataDir, 'valid'), KAZAKH, true);
measure('RuSentiTweet train', readRuSentiTweet(dataDir, 'train'), RUSSIAN, false);
measure('open sentiment corpus valid', readOpenSentimentCorpus(dataDir, 'valid'), RUSSIAN, false);
