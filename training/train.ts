/**
 * Rebuilds every shipped model from the public corpora, deterministically (fixed seeds):
 *
 * - models/sentiment-overall.bin and models/sentiment-target.bin, with their measured figures;
 * - models/sentiment-calibration.json, the analyzer's confusion for prevalence correction;
 * - models/issues-filter.json, the trained check on the taxonomy's keyword hits, and
 *   models/issues.json, the issue stage's card with its test figures;
 * - models/language-vote.json, the language vote over fastText, CLD2 and the letter rules.
 *
 *   npm run train [-- --data DIR] [-- --out DIR]
 */
import { parseArgs } from 'node:util';

import { shippedModelsFolder } from '../src/models/index.js';
import { defaultDataDir } from './data-dir.js';
import { writeIssueModels } from './issues/write-issue-models.js';
import { fitLanguageVote } from './language/fit-language-vote.js';
import { trainSentimentModels } from './sentiment/train.js';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { data: { type: 'string' }, out: { type: 'string' } } });
  const outDir = values.out ?? shippedModelsFolder();
  const started = Date.now();

  await trainSentimentModels(values.data ?? defaultDataDir(), outDir);
  writeIssueModels(outDir);
  await fitLanguageVote(outDir);
  console.log(`training: every model rebuilt in ${outDir} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

await main();
