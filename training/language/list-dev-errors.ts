/**
 * tyndau's wrong answers on the NTREX dev half, one language at a time, beside what each
 * detector said: CLD2's languages with their shares and whether it calls them reliable,
 * fastText's three likeliest, the letter rules' answer and the vote's, with its probability.
 * Each set's line counts the texts CLD2 got right and tyndau did not, and the reverse. For
 * studying the errors while tuning; the test half is never read.
 *
 *   npx vite-node training/language/list-dev-errors.ts [--languages uz,ba,mn] [--runs]
 *
 * `--runs` reads runs of 3 to 7 words cut from the sentences instead, the same runs as
 * `evaluate-short-dev.ts`.
 */
import { parseArgs } from 'node:util';

import { prepareText } from '../../src/analyze/analysis-text.js';
import { loadCld2LanguageModel } from '../../src/analyze/language/cld2-language-model.js';
import { loadFastTextLanguageModel } from '../../src/analyze/language/fasttext-language-model.js';
import { LanguageIdentifier } from '../../src/analyze/language/language-identifier.js';
import { loadLanguageVote } from '../../src/analyze/language/language-vote.js';
import type { LanguageGuess } from '../../src/analyze/language/fasttext-language-model.js';
import { seededRandom } from '../sentiment/random.js';
import { runsOfWords } from './runs-of-words.js';
import { NTREX_FILES, ntrexSentences } from './test-sets.js';

const { values } = parseArgs({ options: { languages: { type: 'string' }, runs: { type: 'boolean' } } });
const wanted = values.languages ? new Set(values.languages.split(',')) : null;

const model = await loadFastTextLanguageModel();
const cld2 = loadCld2LanguageModel();
const vote = loadLanguageVote();
if (vote === null) throw new Error('list-dev-errors: models/language-vote.json is missing; run npm run train');
const identifier = new LanguageIdentifier(model, cld2, vote);

function guesses(list: readonly LanguageGuess[]): string {
  return list.map((guess) => `${guess.language} ${guess.probability.toFixed(2)}`).join(', ') || '—';
}

function errorLine(text: string, answer: string): string {
  const prepared = prepareText(text);
  const found = cld2.detectAll(prepared.normalised);
  const evidence = identifier.evidenceOf(prepared);
  const voted = evidence ? vote!.decide(evidence) : null;
  const votedText = voted ? `${voted.language} ${voted.probability.toFixed(2)}` : 'not asked';
  return [
    `  tyndau ${answer}`,
    `CLD2 ${found.reliable ? 'reliable' : 'unreliable'} ${guesses(found.languages)}`,
    `fastText ${guesses(model.predict(prepared.normalised, 3))}`,
    `rules ${evidence?.rule ?? 'certain'}, vote ${votedText}`,
    text,
  ].join(' | ');
}

// The runs are drawn in the order of NTREX_FILES, as evaluate-short-dev.ts draws them.
const random = seededRandom(11);
for (const [file, language] of NTREX_FILES) {
  const sentences = ntrexSentences(file, 'dev');
  const texts = values.runs ? runsOfWords(sentences, random) : sentences;
  if (wanted && !wanted.has(language)) continue;

  const lines: string[] = [];
  let onlyCld2 = 0;
  let onlyTyndau = 0;
  for (const text of texts) {
    const prepared = prepareText(text);
    const result = identifier.identify(prepared);
    const answer = result.code === 'other' ? (result.detected ?? 'other') : result.code;
    const cld2Right = cld2.detectAll(prepared.normalised).languages[0]?.language === language;
    if (answer === language) {
      if (!cld2Right) onlyTyndau++;
      continue;
    }
    if (cld2Right) onlyCld2++;
    lines.push(errorLine(text, answer));
  }
  const kind = values.runs ? 'runs of 3 to 7 words' : 'sentences';
  console.log(`ntrex ${file} (dev), ${kind}: ${lines.length} of ${texts.length} wrong; ` +
    `CLD2 right where tyndau is wrong ${onlyCld2}, the reverse ${onlyTyndau}`);
  for (const line of lines) console.log(line);
}
