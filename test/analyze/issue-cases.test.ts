import { readFileSync } from 'node:fs';

import { describe, expect, test } from 'vitest';

import { prepareText } from '../../src/analyze/analysis-text.js';
import { IssueMatcher } from '../../src/analyze/issues/index.js';
import { DEFAULT_TAXONOMY } from '../../src/project/defaults/taxonomy.js';

interface IssueCase {
  readonly language: 'ru' | 'kk' | 'en';
  readonly text: string;
  readonly issues: readonly string[];
}

function readCases(name: string): IssueCase[] {
  return readFileSync(new URL(`../fixtures/analyze/issues/${name}`, import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as IssueCase);
}

const matcher = new IssueMatcher(DEFAULT_TAXONOMY);

// Each file holds residents' posts of one kind of fault the built-in issue rules had.
describe.each([
  // "пробок", "остановок", "электричек": the many of a noun in -ка has letters its prefix lacks.
  ['a keyword prefix of a noun in -ка finds its genitive plural', 'russian-genitive-plural-of-nouns-in-ka.jsonl'],
  // Street lamps that are out, and residents' own words for the managing company and stray dogs.
  ['street lighting and residents\' words', 'street-lighting-and-residents-words.jsonl'],
])('%s', (_, file) => {
  test.each(readCases(file).map((each) => [each.text, each] as const))('%s', (_, each) => {
    const found = matcher.issues(prepareText(each.text), each.language).map((hit) => hit.issueId);
    expect(found).toEqual(each.issues);
  });
});
