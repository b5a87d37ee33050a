/**
 * Language identification on short texts written for tuning in Mongolian, Bashkir, Kazakh,
 * Kyrgyz, Tatar and Russian (`test/fixtures/analyze/language/written-look-alikes/`, one file a
 * language, labelled as they were written): single words, word pairs and short everyday and
 * news sentences, the lengths of lingua's test data, which the NTREX dev half lacks. tyndau,
 * fastText alone and CLD2, accuracy in per cent by length, then tyndau's wrong answers beside
 * CLD2's and fastText's. The test sets are never read here.
 *
 *   npx vite-node training/language/evaluate-written-look-alikes.ts [--quiet]
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

import { loadCld2LanguageModel } from '../../src/analyze/language/cld2-language-model.js';
import { loadFastTextLanguageModel } from '../../src/analyze/language/fasttext-language-model.js';
import { LanguageIdentifier } from '../../src/analyze/language/language-identifier.js';
import { loadLanguageVote } from '../../src/analyze/language/language-vote.js';
import { cldDetector, fastTextDetector, tyndauDetector } from './detectors.js';

const LANGUAGES = ['mn', 'ba', 'kk', 'ky', 'tt', 'ru'] as const;
const FOLDER = new URL('../../test/fixtures/analyze/language/written-look-alikes/', import.meta.url);
const LENGTHS = [['1 word', 1, 1], ['2 words', 2, 2], ['3 or more', 3, Infinity]] as const;

const { values } = parseArgs({ options: { quiet: { type: 'boolean' } } });

function writtenTexts(language: string): string[] {
  return readFileSync(new URL(`${language}.txt`, FOLDER), 'utf8').split('\n').filter((line) => line.trim());
}

function wordCount(text: string): number {
  return text.split(/\s+/u).filter(Boolean).length;
}

const model = await loadFastTextLanguageModel();
const identifier = new LanguageIdentifier(model, loadCld2LanguageModel(), loadLanguageVote());
const detectors = [tyndauDetector(identifier), fastTextDetector(model), cldDetector];

console.log(`| texts | n | ${detectors.map((detector) => detector.name).join(' | ')} |`);
console.log(`| --- | ---: |${' ---: |'.repeat(detectors.length)}`);
const errors: string[] = [];
for (const language of LANGUAGES) {
  const texts = writtenTexts(language);
  const answers = [];
  for (const text of texts) {
    answers.push({ text, said: await Promise.all(detectors.map((detector) => detector.detect(text))) });
  }
  for (const [name, fewest, most] of [...LENGTHS, ['all', 1, Infinity] as const]) {
    const inLength = answers.filter(({ text }) => wordCount(text) >= fewest && wordCount(text) <= most);
    const right = detectors.map((_, index) => inLength.filter(({ said }) => said[index] === language).length);
    const shares = right.map((count) => ((100 * count) / inLength.length).toFixed(1));
    console.log(`| ${language}, ${name} | ${inLength.length} | ${shares.join(' | ')} |`);
  }
  for (const { text, said } of answers) {
    if (said[0] !== language) errors.push(`${language} → ${said.join(' / ')} | ${text}`);
  }
}
if (!values.quiet) {
  console.log('\nwrong answers (expected → tyndau / fastText / CLD2):');
  for (const line of errors) console.log(line);
}
