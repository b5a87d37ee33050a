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

/** Merges `figures` into the results file, test set by test set. */
export function writeFigures(figures: Figures): void {
  const current: Figures = existsSync(RESULTS_FILE) ? JSON.parse(readFileSync(RESULTS_FILE, 'utf8')) as Figures : {};
  for (const [testSet, metrics] of Object.entries(figures)) current[testSet] = metrics;
  mkdirSync(dirname(RESULTS_FILE), { recursive: true });
  writeFileSync(RESULTS_FILE, JSON.stringify(current, null, 2) + '\n');
}

/** A share rounded to four decimals, as the figures file keeps them. */
export function share(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((10_000 * part) / whole) / 10_000;
}
