import { describe, expect, test } from 'vitest';

import { prepareText } from '../../src/analyze/analysis-text.js';
import { IssueFilter, IssueMatcher } from '../../src/analyze/issues/index.js';
import { DEFAULT_TAXONOMY } from '../../src/project/defaults/taxonomy.js';
import type { Taxonomy } from '../../src/project/project.js';

const shipped = IssueFilter.loadShipped(DEFAULT_TAXONOMY.issues);

function issueIds(matcher: IssueMatcher, text: string): string[] {
  return matcher.issues(prepareText(text), 'ru').map((hit) => hit.issueId);
}

describe('the shipped issue filter', () => {
  const filtered = new IssueMatcher(DEFAULT_TAXONOMY, shipped);

  test('is shipped and covers the built-in taxonomy', () => {
    expect(shipped).not.toBeNull();
  });

  test('keeps a keyword hit on what the sentence is about', () => {
    expect(issueIds(filtered, 'Полиция задержала двоих подозреваемых в краже')).toEqual(['safety']);
  });

  test('drops a keyword hit on a biography fact, keeps one on a school problem', () => {
    const biography = 'В 1952 году закончил среднюю школу и переехал в столицу';
    expect(issueIds(new IssueMatcher(DEFAULT_TAXONOMY), biography)).toEqual(['education']);
    expect(issueIds(filtered, biography)).toEqual([]);
    expect(issueIds(filtered, 'В школе №5 не хватает учителей')).toEqual(['education']);
  });

  test('leaves an issue whose keywords a project changed to those keywords', () => {
    const own: Taxonomy = {
      ...DEFAULT_TAXONOMY,
      issues: DEFAULT_TAXONOMY.issues.map((entry) =>
        entry.id === 'safety' ? { ...entry, keywords: { ru: ['краж*'], kk: [], en: [] } } : entry),
    };
    const filter = IssueFilter.loadShipped(own.issues)!;
    const matcher = new IssueMatcher(own, filter);
    const text = prepareText('Кража велосипеда во дворе');

    expect(filter.probabilities(text, 'ru', matcher.keywordHits(text, 'ru')).has('safety')).toBe(false);
    expect(issueIds(matcher, 'Кража велосипеда во дворе')).toEqual(['safety']);
  });
});
