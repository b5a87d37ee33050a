/**
 * tyndau's accuracy on NTREX dev-half sentences the vote was not fitted on: the dev texts are
 * cut in five folds by sentence (a sentence and the word pairs drawn from it stay together),
 * the vote is fitted on four and the whole identifier, rules and vote, reads the fifth. The
 * shipped vote has seen every dev sentence, so the dev half alone cannot show its errors; this
 * shows them without reading the test half. Per language: sentences and word pairs right, in
 * per cent, and with `--errors` the wrong sentences of the languages listed.
 *
 *   npx vite-node training/language/cross-validate-vote.ts [--errors ba,mn]
 */
import { parseArgs } from 'node:util';

import { prepareText } from '../../src/analyze/analysis-text.js';
import { loadCld2LanguageModel } from '../../src/analyze/language/cld2-language-model.js';
import { loadFastTextLanguageModel } from '../../src/analyze/language/fasttext-language-model.js';
import { LanguageIdentifier } from '../../src/analyze/language/language-identifier.js';
import { LanguageVote, VOTE_LANGUAGES } from '../../src/analyze/language/language-vote.js';
import { denseSet, voteWeights, type Observed } from './fit-language-vote.js';
import { voteExamples } from './vote-examples.js';

const FOLDS = 5;
const WORD_PAIRS_PER_SENTENCE = 3;

const { values } = parseArgs({ options: { errors: { type: 'string' } } });
const shown = new Set(values.errors?.split(',') ?? []);

const model = await loadFastTextLanguageModel();
const cld2 = loadCld2LanguageModel();
const withoutVote = new LanguageIdentifier(model, cld2);

// The fold of each example: its sentence's place among its language's texts of its length.
const seen = new Map<string, number>();
const examples = voteExamples('dev').map((example) => {
  const group = `${example.language} ${example.short}`;
  const place = seen.get(group) ?? 0;
  seen.set(group, place + 1);
  const sentence = example.short ? Math.floor(place / WORD_PAIRS_PER_SENTENCE) : place;
  return { example, fold: sentence % FOLDS };
});
const evidence = examples.map(({ example }) => withoutVote.evidenceOf(prepareText(example.text)));

const right = new Map<string, { right: number; total: number }>();
const errors: string[] = [];
for (let fold = 0; fold < FOLDS; fold++) {
  const fitted: Observed[] = [];
  examples.forEach(({ example, fold: exampleFold }, index) => {
    const found = evidence[index];
    if (exampleFold !== fold && found) fitted.push({ example, evidence: found });
  });
  const identifier = new LanguageIdentifier(model, cld2, new LanguageVote(voteWeights(denseSet(fitted), {})));
  for (const { example, fold: exampleFold } of examples) {
    if (exampleFold !== fold) continue;
    const result = identifier.identify(prepareText(example.text));
    const answer = result.code === 'other' ? (result.detected ?? 'other') : result.code;
    const key = `${example.language} ${example.short ? 'word pairs' : 'sentences'}`;
    const tally = right.get(key) ?? { right: 0, total: 0 };
    tally.total++;
    if (answer === example.language) tally.right++;
    else if (!example.short && shown.has(example.language)) errors.push(`  ${example.language} → ${answer}: ${example.text}`);
    right.set(key, tally);
  }
}

console.log('| texts | n | tyndau, vote fitted on the other folds |\n| --- | ---: | ---: |');
for (const language of VOTE_LANGUAGES) {
  for (const length of ['sentences', 'word pairs']) {
    const tally = right.get(`${language} ${length}`);
    if (tally) console.log(`| ${language} ${length} | ${tally.total} | ${((100 * tally.right) / tally.total).toFixed(2)} |`);
  }
}
for (const line of errors) console.log(line);
