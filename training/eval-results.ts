/**
 * The figures file `eval/text-results.json`: `{ "<test set>": { "<metric>": value } }`. Each
 * evaluation command replaces the test sets it measured and keeps the others, so the text
 * layer's commands can run one at a time or all together (`npm run eval:text`).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

import { packageRoot } from '../src/package-root.js';

export type Figures = Record<string, Record<string, number>>;

export const RESULTS_FILE = join(packageRoot(), 'eval', 'text-results.json');

/** Merges `figures` into the results file, test set by test set, and renews the stage cards. */
export function writeFigures(figures: Figures): void {
  const current: Figures = existsSync(RESULTS_FILE) ? JSON.parse(readFileSync(RESULTS_FILE, 'utf8')) as Figures : {};
  for (const [testSet, metrics] of Object.entries(figures)) current[testSet] = metrics;
  mkdirSync(dirname(RESULTS_FILE), { recursive: true });
  writeFileSync(RESULTS_FILE, JSON.stringify(current, null, 2) + '\n');
  writeStageCards(current);
}

/**
 * The figures the digest's methodology table shows for the language and mention stages, as
 * cards beside the models (`models/language-accuracy.json`, `models/mentions-accuracy.json`,
 * read by `src/report/model-accuracy.ts`): the sentences of the region's three languages and
 * inflected person mentions. A stage whose figures are missing keeps no card.
 */
function writeStageCards(figures: Figures): void {
  const tests = (entries: [string, string, (metrics: Record<string, number>) => Record<string, number>][]) =>
    Object.fromEntries(entries.flatMap(([name, key, pick]) => figures[key] ? [[name, pick(figures[key]!)]] : []));
  const language = tests([
    ['NTREX-128 test, Kazakh sentences', 'ntrex kaz (test)', languageFigures],
    ['NTREX-128 test, Russian sentences', 'ntrex rus (test)', languageFigures],
    ['NTREX-128 test, English sentences', 'ntrex eng-US (test)', languageFigures],
    ['lingua test, Kazakh word pairs', 'lingua kk word pairs', languageFigures],
    ['lingua test, Russian word pairs', 'lingua ru word pairs', languageFigures],
  ]);
  const mentions = tests([
    ['RuSentNE-2023 validation, persons in inflected forms', 'RuSentNE validation persons: mentions', (metrics) => ({
      examples: metrics['gold mentions']!, precision: metrics['precision']!, recall: metrics['recall']!, f1: metrics['F1']!,
    })],
  ]);
  const models = join(packageRoot(), 'models');
  for (const [file, stage, test] of [['language-accuracy.json', 'language', language], ['mentions-accuracy.json', 'mentions', mentions]] as const) {
    if (Object.keys(test).length === 0) continue;
    const card = { stage, source: 'npm run eval:text (eval/text-results.json)', evaluation: { test } };
    writeFileSync(join(models, file), JSON.stringify(card, null, 2) + '\n');
  }
}

function languageFigures(metrics: Record<string, number>): Record<string, number> {
  return { examples: metrics['n']!, accuracy: metrics['tyndau accuracy']! };
}

/** A share rounded to four decimals, as the figures file keeps them. */
export function share(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((10_000 * part) / whole) / 10_000;
}
