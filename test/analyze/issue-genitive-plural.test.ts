import { readFileSync } from 'node:fs';

import { describe, expect, test } from 'vitest';

import { prepareText } from '../../src/analyze/analysis-text.js';
import { IssueMatcher } from '../../src/analyze/issues/index.js';
import { DEFAULT_TAXONOMY } from '../../src/project/defaults/taxonomy.js';

interface GenitiveCase {
  readonly text: string;
  readonly issues: readonly string[];
}

// Residents' posts naming the many of a noun in -ка ("пробок", "остановок", "электричек"),
// whose letters differ from the prefix every other form shares (пробк*).
const CASES = readFileSync(
  new URL('../fixtures/analyze/issues/russian-genitive-plural-of-nouns-in-ka.jsonl', import.meta.url),
  'utf8',
)
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as GenitiveCase);

const matcher = new IssueMatcher(DEFAULT_TAXONOMY);

describe('a keyword prefix of a noun in -ка finds its genitive plural', () => {
  test.each(CASES.map((each) => [each.text, each] as const))('%s', (_, each) => {
    expect(matcher.issues(prepareText(each.text), 'ru').map((hit) => hit.issueId)).toEqual(each.issues);
  });
});
