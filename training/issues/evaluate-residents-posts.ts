/**
 * Issues, slices and overall sentiment on residents' posts written for the purpose and labelled
 * by GUIDE.md before the rules were run on them (test/fixtures/analyze/residents-posts/): the
 * language as the pipeline identifies it, then the issue rules and the overall model.
 *
 *   npx vite-node training/issues/evaluate-residents-posts.ts [--file name] [--show]
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

import { prepareText } from '../../src/analyze/analysis-text.js';
import { IssueMatcher } from '../../src/analyze/issues/index.js';
import { createLanguageIdentifier } from '../../src/analyze/language/index.js';
import { createSentimentAnalyzer } from '../../src/analyze/sentiment/index.js';
import { DEFAULT_TAXONOMY } from '../../src/project/defaults/taxonomy.js';
import { multiLabelScores } from './multi-label-scores.js';

interface ResidentPost {
  readonly id: string;
  readonly written: string;
  readonly text: string;
  readonly issues: readonly string[];
  readonly slices: readonly string[];
  readonly sentiment: 'negative' | 'neutral' | 'positive';
}

const { values } = parseArgs({
  options: { file: { type: 'string', default: 'round-3-posts.jsonl' }, show: { type: 'boolean' } },
});
const posts = readFileSync(new URL(`../../test/fixtures/analyze/residents-posts/${values.file}`, import.meta.url), 'utf8')
  .split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line) as ResidentPost);

const matcher = new IssueMatcher(DEFAULT_TAXONOMY);
const [identifier, sentiment] = await Promise.all([createLanguageIdentifier(), createSentimentAnalyzer()]);
const results = posts.map((post) => {
  const text = prepareText(post.text);
  const language = identifier.identify(text);
  return {
    post,
    language: language.code,
    issues: matcher.issues(text, language.code).map((hit) => hit.issueId),
    slices: matcher.slices(text, language.code),
    sentiment: sentiment.overall(text.normalised, language).label,
  };
});

const f = (value: number): string => value.toFixed(3);
const issues = multiLabelScores(DEFAULT_TAXONOMY.issues.map((entry) => entry.id),
  posts.map((post) => post.issues), results.map((result) => result.issues));
const slices = multiLabelScores(DEFAULT_TAXONOMY.slices.map((entry) => entry.id),
  posts.map((post) => post.slices), results.map((result) => result.slices));
console.log(`${posts.length} posts: issues micro-F1 ${f(issues.microF1)} P ${f(issues.microPrecision)} ` +
  `R ${f(issues.microRecall)}; slices micro-F1 ${f(slices.microF1)}`);

const labels = ['negative', 'neutral', 'positive'] as const;
const f1s = labels.map((label) => {
  const tp = results.filter((r) => r.sentiment === label && r.post.sentiment === label).length;
  const fp = results.filter((r) => r.sentiment === label && r.post.sentiment !== label).length;
  const fn = results.filter((r) => r.sentiment !== label && r.post.sentiment === label).length;
  return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
});
const accuracy = results.filter((r) => r.sentiment === r.post.sentiment).length / results.length;
console.log(`sentiment: accuracy ${f(accuracy)}, macro-F1 ${f(f1s.reduce((a, b) => a + b, 0) / 3)} ` +
  `(F1 ${labels.map((label, i) => `${label} ${f(f1s[i]!)}`).join(', ')})`);

for (const written of [...new Set(posts.map((post) => post.written))]) {
  const group = results.filter((result) => result.post.written === written);
  const scores = multiLabelScores(DEFAULT_TAXONOMY.issues.map((entry) => entry.id),
    group.map((r) => r.post.issues), group.map((r) => r.issues));
  const right = group.filter((r) => r.sentiment === r.post.sentiment).length;
  console.log(`  ${written} (${group.length}): issues ${f(scores.microF1)}, sentiment ${right}/${group.length}`);
}

if (values.show) {
  for (const { post, language, issues: found, slices: foundSlices, sentiment: label } of results) {
    const missed = post.issues.filter((id) => !found.includes(id));
    const extra = found.filter((id) => !post.issues.includes(id));
    const slicesWrong = post.slices.join() !== [...foundSlices].sort().join() &&
      [...post.slices].sort().join() !== [...foundSlices].sort().join();
    if (missed.length === 0 && extra.length === 0 && label === post.sentiment && !slicesWrong) continue;
    console.log(`${post.id} [${language}] ${post.text}\n   ` +
      (missed.length ? ` FN ${missed.join(',')}` : '') + (extra.length ? ` FP ${extra.join(',')}` : '') +
      (slicesWrong ? ` slices ${foundSlices.join(',') || '-'} (gold ${post.slices.join(',') || '-'})` : '') +
      (label !== post.sentiment ? ` sentiment ${label} (gold ${post.sentiment})` : ''));
  }
}
