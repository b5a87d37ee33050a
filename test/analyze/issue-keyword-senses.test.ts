import { readFileSync } from 'node:fs';

import { describe, expect, test } from 'vitest';

import { prepareText } from '../../src/analyze/analysis-text.js';
import { IssueMatcher } from '../../src/analyze/issues/index.js';
import { DEFAULT_TAXONOMY } from '../../src/project/defaults/taxonomy.js';

interface SenseCase {
  /** "other sense": a keyword used in a sense that is no city issue; "complaint": a resident's post. */
  readonly kind: 'other sense' | 'complaint';
  readonly why: string;
  readonly language: 'ru' | 'kk' | 'en';
  readonly text: string;
  readonly issues: readonly string[];
}

// Each kind of keyword misfire fixed in the built-in taxonomy, beside a resident's short
// complaint of the same issue that must still be found.
const CASES = readFileSync(new URL('../fixtures/analyze/issues/keyword-senses.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as SenseCase);

const matcher = new IssueMatcher(DEFAULT_TAXONOMY);

describe('built-in issue keywords in another sense and in residents\' complaints', () => {
  test('the fixture holds both kinds', () => {
    expect(CASES.filter((each) => each.kind === 'other sense')).toHaveLength(92);
    expect(CASES.filter((each) => each.kind === 'complaint')).toHaveLength(83);
  });

  test.each(CASES.map((each) => [`${each.kind}, ${each.why}: ${each.text}`, each] as const))('%s', (_, each) => {
    expect(matcher.issues(prepareText(each.text), each.language).map((hit) => hit.issueId)).toEqual(each.issues);
  });
});
