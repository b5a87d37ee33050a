/**
 * Issues and slices on news-style sentences written for the purpose and labelled by GUIDE.md
 * before the rules were run on them (test/fixtures/analyze/news-sentences/): the kinds where
 * keyword rules misfire in news (budgets and politics abroad, films, sport, a person's condition,
 * a biography, one person retiring) beside civic news that should keep its issue and slice.
 * Each sentence's language is the one it was written in.
 *
 *   npx vite-node training/issues/evaluate-news-sentences.ts [--file name] [--show]
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

import { prepareText } from '../../src/analyze/analysis-text.js';
import { IssueMatcher } from '../../src/analyze/issues/index.js';
import { DEFAULT_TAXONOMY } from '../../src/project/defaults/taxonomy.js';
import { multiLabelScores, type MultiLabelScores } from './multi-label-scores.js';

interface WrittenSentence {
  readonly id: string;
  readonly kind: string;
  readonly language: 'ru' | 'kk';
  readonly text: string;
  readonly issues: readonly string[];
  readonly slices: readonly string[];
}

const { values } = parseArgs({
  options: { file: { type: 'string', default: 'round-26-news-sentences.jsonl' }, show: { type: 'boolean' } },
});
const sentences = readFileSync(new URL(`../../test/fixtures/analyze/news-sentences/${values.file}`, import.meta.url), 'utf8')
  .split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line) as WrittenSentence);

const matcher = new IssueMatcher(DEFAULT_TAXONOMY);
const found = sentences.map((sentence) => {
  const text = prepareText(sentence.text);
  return {
    issues: matcher.issues(text, sentence.language).map((hit) => hit.issueId),
    slices: matcher.slices(text, sentence.language),
  };
});

const f = (value: number): string => value.toFixed(3);
const summary = (scores: MultiLabelScores): string =>
  `micro-F1 ${f(scores.microF1)} P ${f(scores.microPrecision)} R ${f(scores.microRecall)}`;
const issues = multiLabelScores(DEFAULT_TAXONOMY.issues.map((entry) => entry.id),
  sentences.map((sentence) => sentence.issues), found.map((each) => each.issues));
const slices = multiLabelScores(DEFAULT_TAXONOMY.slices.map((entry) => entry.id),
  sentences.map((sentence) => sentence.slices), found.map((each) => each.slices));
console.log(`${sentences.length} sentences: issues ${summary(issues)}; slices ${summary(slices)}`);

if (values.show) {
  sentences.forEach((sentence, index) => {
    const { issues: foundIssues, slices: foundSlices } = found[index]!;
    const wrong = (gold: readonly string[], got: readonly string[]): string =>
      [...gold].sort().join() === [...got].sort().join() ? '' : `${got.join(',') || '-'} (gold ${gold.join(',') || '-'})`;
    const issueError = wrong(sentence.issues, foundIssues);
    const sliceError = wrong(sentence.slices, foundSlices);
    if (issueError === '' && sliceError === '') return;
    console.log(`${sentence.id} [${sentence.kind}] ${sentence.text}\n   ` +
      (issueError ? ` issues ${issueError}` : '') + (sliceError ? ` slices ${sliceError}` : ''));
  });
}
