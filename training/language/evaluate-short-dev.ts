/**
 * Language identification on short texts made from tuning material only, for choosing changes
 * between a whole news sentence and a word pair: a run of 3 to 7 words cut from each NTREX
 * dev-half sentence (posts and short sentences are this long), and two neighbouring words of
 * RuSentiment's random posts (Russian, the pairs Ukrainian could also write). tyndau, fastText
 * alone and CLD2, accuracy in per cent. The test sets are never read here.
 *
 *   npx vite-node training/language/evaluate-short-dev.ts
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { loadCld2LanguageModel } from '../../src/analyze/language/cld2-language-model.js';
import { loadFastTextLanguageModel } from '../../src/analyze/language/fasttext-language-model.js';
import { LanguageIdentifier } from '../../src/analyze/language/language-identifier.js';
import { loadLanguageVote } from '../../src/analyze/language/language-vote.js';
import { seededRandom } from '../sentiment/random.js';
import { cldDetector, fastTextDetector, tyndauDetector, type Detector } from './detectors.js';
import { runsOfWords } from './runs-of-words.js';
import { DATA, NTREX_FILES, ntrexSentences } from './test-sets.js';

const PAIRS = 3000;
const CYRILLIC_WORD = /^[а-яё-]+$/u;
const WORD = /[\p{L}\p{M}]+(?:[-'’ʻ‘][\p{L}\p{M}]+)*/gu;

/** Two neighbouring Cyrillic words, lower case, from each of the first posts of four or more. */
function russianWordPairs(random: () => number): string[] {
  const posts = readFileSync(join(DATA, 'rusentiment/rusentiment_random_posts.csv'), 'utf8').split('\n');
  const pairs: string[] = [];
  for (const post of posts) {
    if (pairs.length >= PAIRS) break;
    const words = (post.toLowerCase().match(WORD) ?? []).filter((word) => word.length > 1 && CYRILLIC_WORD.test(word));
    if (words.length < 4) continue;
    const first = Math.floor(random() * (words.length - 1));
    pairs.push(`${words[first]} ${words[first + 1]}`);
  }
  return pairs;
}

async function accuracies(detectors: readonly Detector[], expected: string, texts: readonly string[]): Promise<string[]> {
  const right = detectors.map(() => 0);
  for (const text of texts) {
    for (const [index, detector] of detectors.entries()) {
      if ((await detector.detect(text)) === expected) right[index]! += 1;
    }
  }
  return right.map((count) => ((100 * count) / texts.length).toFixed(1));
}

const model = await loadFastTextLanguageModel();
const identifier = new LanguageIdentifier(model, loadCld2LanguageModel(), loadLanguageVote());
const detectors = [tyndauDetector(identifier), fastTextDetector(model), cldDetector];
const random = seededRandom(11);

console.log(`| texts | n | ${detectors.map((detector) => detector.name).join(' | ')} |`);
console.log(`| --- | ---: |${' ---: |'.repeat(detectors.length)}`);
for (const [file, language] of NTREX_FILES) {
  const runs = runsOfWords(ntrexSentences(file, 'dev'), random);
  console.log(`| ntrex ${file} (dev), 3 to 7 words | ${runs.length} | ${(await accuracies(detectors, language, runs)).join(' | ')} |`);
}
const pairs = russianWordPairs(random);
console.log(`| RuSentiment random posts, Russian word pairs | ${pairs.length} | ${(await accuracies(detectors, 'ru', pairs)).join(' | ')} |`);
