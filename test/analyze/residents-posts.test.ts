import { readFileSync } from 'node:fs';

import { describe, expect, test } from 'vitest';

import type { LanguageCode } from '../../src/analyze/analysis.js';
import { prepareText } from '../../src/analyze/analysis-text.js';
import { IssueMatcher } from '../../src/analyze/issues/index.js';
import { createAnalyzer } from '../../src/analyze/pipeline.js';
import { DEFAULT_TAXONOMY } from '../../src/project/defaults/taxonomy.js';
import { multiLabelScores } from '../../training/issues/multi-label-scores.js';
import { ALMATY_PROJECT } from '../fixtures/analyze/almaty-project.js';

interface ResidentPost {
  readonly written: 'ru' | 'kk' | 'kk-ru-keyboard' | 'kk-latn' | 'mixed' | 'en';
  readonly text: string;
  readonly issues: readonly string[];
}

const LANGUAGE: Readonly<Record<ResidentPost['written'], LanguageCode>> = {
  ru: 'ru', kk: 'kk', 'kk-ru-keyboard': 'kk', 'kk-latn': 'kk-latn', mixed: 'mixed', en: 'en',
};

const posts = readFileSync(new URL('../fixtures/analyze/residents-posts/round-3-posts.jsonl', import.meta.url), 'utf8')
  .split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line) as ResidentPost);

// 170 posts written as Almaty residents write about city services and labelled by
// training/issues/GUIDE.md before the rules were run on them (micro-F1 0.769 then). The rules
// were then fixed on them, so this guards what was gained; it is no fresh estimate.
describe('issues of residents\' posts on city services', () => {
  test('are found at micro-F1 0.906 or better', () => {
    const matcher = new IssueMatcher(DEFAULT_TAXONOMY);
    const found = posts.map((post) =>
      matcher.issues(prepareText(post.text), LANGUAGE[post.written]).map((hit) => hit.issueId));
    const scores = multiLabelScores(DEFAULT_TAXONOMY.issues.map((entry) => entry.id), posts.map((post) => post.issues), found);

    expect(Math.round(scores.microF1 * 1000) / 1000).toBeGreaterThanOrEqual(0.906);
  });
});

interface MixedPost {
  readonly text: string;
  readonly issues: readonly string[];
}

const mixedPosts = readFileSync(
  new URL('../fixtures/analyze/mixed-posts/kazakh-posts-with-russian-sentences.jsonl', import.meta.url), 'utf8',
).split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line) as MixedPost);

// 60 Kazakh posts with a Russian sentence, written and labelled before the keyword rules read
// each sentence in its own language (micro-F1 0.714 then, when the post's language chose them).
describe('issues of Kazakh posts with Russian sentences', () => {
  test('are found at micro-F1 0.894 or better through the whole analysis', async () => {
    const analyzer = await createAnalyzer(ALMATY_PROJECT);
    const found = mixedPosts.map((post) => analyzer.analyze({ text: post.text }).issues.map((hit) => hit.issueId));
    const scores = multiLabelScores(DEFAULT_TAXONOMY.issues.map((entry) => entry.id), mixedPosts.map((post) => post.issues), found);

    expect(Math.round(scores.microF1 * 1000) / 1000).toBeGreaterThanOrEqual(0.894);
  });
});
