import { join } from 'node:path';

import { NEGATIVE, NEUTRAL, POSITIVE, type LabelIndex, type TextExample } from '../examples.js';
import { readTable } from './read-table.js';

const LABEL_BY_NAME: Readonly<Record<string, LabelIndex>> = {
  negative: NEGATIVE,
  neutral: NEUTRAL,
  positive: POSITIVE,
};

/**
 * RuSentiTweet test tweets labelled positive, negative or neutral; "speech" (greetings, thanks
 * as formulas) and "skip" are left out. Tweet texts are under the platform's terms, so this
 * corpus only measures the shipped model, never trains it.
 */
export function readRuSentiTweetTest(dataDir: string): TextExample[] {
  return readRuSentiTweet(dataDir, 'test');
}

/**
 * A split of RuSentiTweet with the three sentiment classes. The train split measures the shipped
 * model's confusion for prevalence correction; it trains nothing that ships.
 */
export function readRuSentiTweet(dataDir: string, split: 'train' | 'test'): TextExample[] {
  return readTable(join(dataDir, 'rusentitweet', `${split}.csv`)).flatMap((row) => {
    const label = LABEL_BY_NAME[row.label ?? ''];
    return label === undefined ? [] : [{ text: row.text ?? '', label, corpus: 'rusentitweet' }];
  });
}
