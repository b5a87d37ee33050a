import { beforeAll, describe, expect, test } from 'vitest';

import { prepareText } from '../../src/analyze/analysis-text.js';
import { IssueFilter, IssueMatcher, type IssueFilterModel } from '../../src/analyze/issues/index.js';
import { DEFAULT_TAXONOMY } from '../../src/project/defaults/taxonomy.js';
import type { Taxonomy } from '../../src/project/project.js';
import { readLabelledSentences } from '../../training/issues/labelled-sentences.js';
import { filterRows, trainIssueFilter } from '../../training/issues/train-issue-filter.js';

let model: IssueFilterModel;

beforeAll(() => {
  model = trainIssueFilter(filterRows(readLabelledSentences().filter((sentence) => sentence.split === 'train')));
});

function issueIds(matcher: IssueMatcher, text: string): string[] {
  return matcher.issues(prepareText(text), 'ru').map((hit) => hit.issueId);
}

describe('the issue filter trained on the labelled sentences', () => {
  test('is trained the same way twice', () => {
    const again = trainIssueFilter(filterRows(readLabelledSentences().filter((sentence) => sentence.split === 'train')));
    expect(JSON.stringify(again)).toBe(JSON.stringify(model));
  });

  test('keeps a keyword hit on what the sentence is about', () => {
    const filtered = new IssueMatcher(DEFAULT_TAXONOMY, new IssueFilter(model, DEFAULT_TAXONOMY.issues));
    expect(issueIds(filtered, 'Полиция задержала двоих подозреваемых в краже')).toEqual(['safety']);
  });

  // A biography dated before 1990 ('В 1952 году поступила…') is already dropped by the
  // taxonomy's history dates; the filter judges one told without a date.
  test('drops a keyword hit on a biography fact and keeps a school problem', () => {
    const filtered = new IssueMatcher(DEFAULT_TAXONOMY, new IssueFilter(model, DEFAULT_TAXONOMY.issues));
    const biography = 'В 2005 году поступила в педагогический институт и переехала в столицу';
    expect(issueIds(new IssueMatcher(DEFAULT_TAXONOMY), biography)).toEqual(['education']);
    expect(issueIds(filtered, biography)).toEqual([]);
    // The filter trained after the history dates were narrowed dropped this school problem; one
    // trained since complaint words stopped raising governance keeps it. A filter that drops a
    // school problem may not ship (RESIDENT_COMPLAINTS in training/issues/evaluate-issues.ts).
    const school = 'В школе №5 не хватает учителей';
    expect(issueIds(new IssueMatcher(DEFAULT_TAXONOMY), school)).toEqual(['education']);
    expect(issueIds(filtered, school)).toEqual(['education']);
  });

  // The taxonomy's exclusions already drop "скончался в больнице", a star's illness and "военных
  // преступлениях"; the filter judges what they leave, such as a treatment told in an obituary.
  test('drops the treatment in an obituary, keeps a city budget', () => {
    const filtered = new IssueMatcher(DEFAULT_TAXONOMY, new IssueFilter(model, DEFAULT_TAXONOMY.issues));
    const obituary = 'Известный композитор ушёл из жизни на 80-м году после долгого лечения';
    const cityBudget = 'Из городского бюджета выделят средства на ремонт дворов';

    expect(issueIds(new IssueMatcher(DEFAULT_TAXONOMY), obituary)).toEqual(['healthcare']);
    expect(issueIds(filtered, obituary)).toEqual([]);
    // Repairing yards is their upkeep, the housing issue (the guide's yards and their cleaning):
    // the filter trained with rounds 15 and 16 dropped it, the one trained with rounds 17 and 18
    // kept it, and the one trained with rounds 19 to 23 drops it again when the akimat is the
    // sentence's subject ("Акимат выделил … на ремонт дворов"): one more reason the filter does not
    // ship (models/issues.md). It still keeps the allocation told without the akimat.
    expect(issueIds(new IssueMatcher(DEFAULT_TAXONOMY), cityBudget)).toEqual(['housing-utilities', 'corruption-governance']);
    expect(issueIds(filtered, cityBudget)).toEqual(['housing-utilities', 'corruption-governance']);
  });

  test('leaves an issue whose keywords a project changed to those keywords', () => {
    const own: Taxonomy = {
      ...DEFAULT_TAXONOMY,
      issues: DEFAULT_TAXONOMY.issues.map((entry) =>
        entry.id === 'safety' ? { ...entry, keywords: { ru: ['краж*'], kk: [], en: [] } } : entry),
    };
    const filter = new IssueFilter(model, own.issues);
    const matcher = new IssueMatcher(own, filter);
    const text = prepareText('Кража велосипеда во дворе');

    expect(filter.probabilities(text, 'ru', matcher.keywordHits(text, 'ru')).has('safety')).toBe(false);
    expect(issueIds(matcher, 'Кража велосипеда во дворе')).toEqual(['safety']);
  });
});
