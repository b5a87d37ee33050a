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

function readPosts(file: string): ResidentPost[] {
  return readFileSync(new URL(`../fixtures/analyze/residents-posts/${file}`, import.meta.url), 'utf8')
    .split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line) as ResidentPost);
}

const matcher = new IssueMatcher(DEFAULT_TAXONOMY);

function issueMicroF1(posts: readonly ResidentPost[]): number {
  const found = posts.map((post) =>
    matcher.issues(prepareText(post.text), LANGUAGE[post.written]).map((hit) => hit.issueId));
  const scores = multiLabelScores(DEFAULT_TAXONOMY.issues.map((entry) => entry.id), posts.map((post) => post.issues), found);
  return Math.round(scores.microF1 * 1000) / 1000;
}

// Posts written as Almaty residents write about city services and labelled by
// training/issues/GUIDE.md before the rules were run on them. The rules were then fixed on
// them, so each floor guards what was gained; none of them is a fresh estimate. Round 3: 170
// posts, 0.769 before. Round 19: 66 posts on utilities told by their symptoms, 0.826 before.
// Round 20: 40 posts written after round 19's changes, 0.800 before them and 0.829 after.
// Rounds 21 and 22: 35 and 25 posts written after round 20's changes, 0.911 and 0.679 before
// rounds 19-20 and 0.925 and 0.746 after; round 22's own kinds then gave it 0.906. Round 23:
// 20 posts written after that, 0.850 before round 19 and after round 22 alike. Round 24: 146
// posts in everyday wording (a cold flat by its temperature, dark streets and fear, lifts,
// stairwells' cleaning), 0.749 before and 0.976 after its own kinds were fixed.
describe('issues of residents\' posts on city services', () => {
  test.each([
    ['round-3-posts.jsonl', 0.932],
    ['round-19-posts.jsonl', 0.947],
    ['round-20-posts.jsonl', 0.955],
    ['round-21-posts.jsonl', 0.938],
    ['round-22-posts.jsonl', 0.923],
    ['round-23-posts.jsonl', 0.85],
    ['round-24-posts.jsonl', 0.976],
  ])('in %s are found at micro-F1 %s or better', (file, floor) => {
    expect(issueMicroF1(readPosts(file))).toBeGreaterThanOrEqual(floor);
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
