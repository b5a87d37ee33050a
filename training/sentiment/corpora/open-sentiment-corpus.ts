import { join } from 'node:path';

import {
  NEGATIVE,
  NEUTRAL,
  POSITIVE,
  stableBucket,
  type LabelIndex,
  type TextExample,
} from '../examples.js';
import { readTable } from './read-table.js';

const FILE = 'opensentimentcorpus-final-by-majority.csv';

const LABEL_BY_NAME: Readonly<Record<string, LabelIndex>> = {
  negative: NEGATIVE,
  neutral: NEUTRAL,
  positive: POSITIVE,
};

/**
 * open-sentiment-corpus (CC BY-SA 3.0), Russian news and opinion sentences labelled by majority
 * vote. It defines no split, so one is fixed here by a hash of each sentence: buckets 0–79 train,
 * 80–89 valid, 90–99 test. Sentences labelled "mixed" are left out: the model has no such class.
 */
export function readOpenSentimentCorpus(
  dataDir: string,
  split: 'train' | 'valid' | 'test',
): TextExample[] {
  const path = join(dataDir, 'open-sentiment-corpus', FILE);
  const examples: TextExample[] = [];

  for (const row of readTable(path)) {
    const text = row.Sentence ?? '';
    const label = LABEL_BY_NAME[row.Sentiment ?? ''];
    if (label === undefined || splitOf(text) !== split) continue;
    examples.push({ text, label, corpus: 'open-sentiment-corpus' });
  }
  return examples;
}

function splitOf(text: string): 'train' | 'valid' | 'test' {
  const bucket = stableBucket(text);
  if (bucket < 80) return 'train';
  return bucket < 90 ? 'valid' : 'test';
}
