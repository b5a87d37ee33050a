/**
 * The two public corpora the demo texts come from, read from a local copy of the data sets
 * (`../shared/data` beside the repository). Only the training splits are used, so that no demo
 * text is one a model is evaluated on.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { parse } from 'csv-parse/sync';

import type { CorpusText } from './corpus-text.js';

export const RUSENTNE_FILE = 'rusentne/train_data.csv';
export const KAZSANDRA_FILE = 'kazsandra/03_pc_train_rus.csv';

/**
 * RuSentNE news sentences. The file has one row per (sentence, entity) pair, so a sentence with
 * three annotated entities appears three times; each is kept once, under its first data row.
 */
export function readRuSentNe(dataDir: string): CorpusText[] {
  const rows = parse(readFileSync(join(dataDir, RUSENTNE_FILE)), {
    columns: true,
    delimiter: '\t',
    quote: false,
  }) as Record<string, string>[];

  const seen = new Set<string>();
  const texts: CorpusText[] = [];
  rows.forEach((row, index) => {
    const sentence = (row.sentence ?? '').trim();
    if (sentence === '' || seen.has(sentence)) return;
    seen.add(sentence);
    texts.push({
      corpus: 'RuSentNE',
      upstreamFile: 'train_data.csv',
      upstreamId: `row ${index + 1}`,
      text: sentence,
    });
  });
  return texts;
}

/** KazSAnDRA reviews with their domain. */
export function readKazSAnDRA(dataDir: string): CorpusText[] {
  const rows = parse(readFileSync(join(dataDir, KAZSANDRA_FILE)), { columns: true }) as Record<
    string,
    string
  >[];
  return rows.map((row) => ({
    corpus: 'KazSAnDRA',
    upstreamFile: '03_pc_train_rus.csv',
    upstreamId: row.custom_id ?? '',
    domain: row.domain,
    text: (row.text ?? '').trim(),
  }));
}
