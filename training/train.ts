/**
 * Rebuilds every shipped model from the public corpora, deterministically (fixed seeds):
 *
 * - models/sentiment-overall.bin and models/sentiment-target.bin, with their measured figures;
 * - models/sentiment-calibration.json, the analyzer's confusion for prevalence correction;
 * - models/issues.json, the card of the issue classifier (the taxonomy's keyword rules, chosen
 *   over a weakly supervised model on the labelled train split) with its test figures.
 *
 *   npm run train [-- --data DIR] [-- --out DIR]
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

import { shippedModelsFolder } from '../src/models/index.js';
import { defaultDataDir } from './data-dir.js';
import { measureRules } from './issues/evaluate-issues.js';
import { trainSentimentModels } from './sentiment/train.js';

export const ISSUES_CARD = 'issues.json';

/** The machine-readable card the digest's methodology reads for the issue stage. */
export function writeIssuesCard(outDir: string): void {
  const { issues, slices, sentences } = measureRules('test');
  const card = {
    stage: 'keywordRules',
    method:
      'keyword rules of the built-in taxonomy (src/project/defaults/taxonomy.ts), chosen by ' +
      'micro-F1 on the labelled train split over a weakly supervised model (see models/issues.md)',
    evaluation: {
      test: {
        'civic issue sentences, 150 ru+kk (issues)': {
          examples: sentences,
          microF1: round(issues.microF1),
          macroF1: round(issues.macroF1),
        },
        'civic issue sentences, 150 ru+kk (slices)': {
          examples: sentences,
          microF1: round(slices.microF1),
          macroF1: round(slices.macroF1),
        },
      },
      perIssue: Object.fromEntries(
        issues.perLabel.map((score) => [
          score.label,
          { support: score.support, precision: round(score.precision), recall: round(score.recall) },
        ]),
      ),
    },
  };
  writeFileSync(join(outDir, ISSUES_CARD), JSON.stringify(card, null, 2) + '\n');
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { data: { type: 'string' }, out: { type: 'string' } } });
  const outDir = values.out ?? shippedModelsFolder();
  const started = Date.now();

  await trainSentimentModels(values.data ?? defaultDataDir(), outDir);
  writeIssuesCard(outDir);
  console.log(`training: every model rebuilt in ${outDir} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

await main();
