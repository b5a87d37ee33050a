import { join } from 'node:path';

import { NEGATIVE, POSITIVE, type TextExample } from '../examples.js';
import { readTable } from './read-table.js';

/** KazSAnDRA (CC BY 4.0) polarity splits: Kazakh and mixed kk/ru reviews, 0 negative, 1 positive. */
export const KAZSANDRA_SPLITS = {
  train: '03_pc_train_rus.csv',
  valid: '04_pc_valid.csv',
  test: '05_pc_test.csv',
} as const;

export function readKazsandra(
  dataDir: string,
  split: keyof typeof KAZSANDRA_SPLITS,
): TextExample[] {
  const path = join(dataDir, 'kazsandra', KAZSANDRA_SPLITS[split]);

  return readTable(path).map((row, index) => {
    if (row.label !== '0' && row.label !== '1') {
      throw new Error(
        `training data ${path} row ${index + 2}: label "${row.label}" is neither 0 nor 1`,
      );
    }
    return {
      text: row.text ?? '',
      label: row.label === '1' ? POSITIVE : NEGATIVE,
      corpus: 'kazsandra',
    };
  });
}
