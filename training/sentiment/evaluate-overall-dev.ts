/**
 * The shipped overall sentiment, as the product runs it (model and the rules over it), on the
 * splits a change to those rules may be tuned on: KazSAnDRA valid (polarity, macro-F1 over
 * negative and positive, every prediction counted as its larger of the two), RuSentiTweet train,
 * the open sentiment corpus's valid split, the dev sentences of RuSentNE train (left out of every
 * shipped model; sentence label from its entities) (macro-F1 over three classes), and KazNERD
 * valid sentences outside the training buckets (Kazakh news, assumed neutral). Each line also
 * gives the share called negative beside the gold share, since news read too negative shows
 * there first. Test splits are read by `npm run eval` only.
 *
 *   npx vite-node training/sentiment/evaluate-overall-dev.ts [--data DIR]
 */
import { parseArgs } from 'node:util';

import type { LanguageResult } from '../../src/analyze/analysis.js';
import { createSentimentAnalyzer } from '../../src/analyze/sentiment/index.js';
import { normaliseForMatching } from '../../src/text/normalise.js';
import { defaultDataDir } from '../data-dir.js';
import { readKazNerdSentences } from './corpora/kaznerd.js';
import { readKazsandra } from './corpora/kazsandra.js';
import { readOpenSentimentCorpus } from './corpora/open-sentiment-corpus.js';
import { readRuSentiTweet } from './corpora/rusentitweet.js';
import { readRuSentNE } from './corpora/rusentne.js';
import { LABELS, NEGATIVE, NEUTRAL, POSITIVE, type TextExample } from './examples.js';
import { Confusion } from './metrics.js';
import { KAZNERD_TRAINING_BUCKETS, sentenceLabels } from './overall-data.js';
import { isTargetDevSentence } from './target-data.js';

const RUSSIAN: LanguageResult = { code: 'ru', shares: { ru: 1 }, confidence: 1 };
const KAZAKH: LanguageResult = { code: 'kk', shares: { kk: 1 }, confidence: 1 };

const { values } = parseArgs({ options: { data: { type: 'string' } } });
const dataDir = values.data ?? defaultDataDir();
const analyzer = await createSentimentAnalyzer();

function measure(
  name: string,
  examples: readonly TextExample[],
  language: LanguageResult,
  polarity: boolean,
): void {
  const confusion = new Confusion(3);
  for (const example of examples) {
    const result = analyzer.overall(normaliseForMatching(example.text), language);
    let predicted = LABELS.indexOf(result.label);
    if (polarity && predicted === NEUTRAL) {
      const positive = result.probabilities.positive >= result.probabilities.negative;
      predicted = positive ? POSITIVE : NEGATIVE;
    }
    confusion.add(example.label, predicted);
  }

  const classes = polarity ? [NEGATIVE, POSITIVE] : [NEGATIVE, NEUTRAL, POSITIVE];
  const share = (count: number): string => (count / confusion.total).toFixed(3);
  const called = [0, 1, 2].reduce((sum, gold) => sum + confusion.counts[gold * 3 + NEGATIVE]!, 0);
  const gold = [0, 1, 2].reduce((sum, shown) => sum + confusion.counts[NEGATIVE * 3 + shown]!, 0);
  console.log(
    `${name} (${confusion.total}): macro-F1 ${confusion.macroF1(classes).toFixed(4)}, ` +
      `accuracy ${confusion.accuracy().toFixed(4)}, ` +
      `called negative ${share(called)} (gold ${share(gold)})`,
  );
}

const ruSentNEDev = readRuSentNE(dataDir, 'train').filter((example) =>
  isTargetDevSentence(example.sentence),
);

measure('KazSAnDRA valid, polarity', readKazsandra(dataDir, 'valid'), KAZAKH, true);
measure('RuSentiTweet train', readRuSentiTweet(dataDir, 'train'), RUSSIAN, false);
measure('open sentiment corpus valid', readOpenSentimentCorpus(dataDir, 'valid'), RUSSIAN, false);
measure('RuSentNE train, dev sentences', sentenceLabels(ruSentNEDev, 'rusentne'), RUSSIAN, false);
measure(
  'KazNERD valid, held-out sentences (assumed neutral)',
  readKazNerdSentences(dataDir, 'valid', 100, KAZNERD_TRAINING_BUCKETS),
  KAZAKH,
  false,
);
