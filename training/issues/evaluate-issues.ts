/**
 * Issue and slice classification measured on the hand-labelled sentences (GUIDE.md): the
 * taxonomy's keyword rules alone and with the trained filter that confirms or drops their hits.
 * The method and the filter's thresholds are chosen by cross-validation on the train split; the
 * test split gives the final figures and nothing else.
 */
import { IssueFilter, IssueMatcher, type IssueFilterModel } from '../../src/analyze/issues/index.js';
import { prepareText } from '../../src/analyze/analysis-text.js';
import { DEFAULT_TAXONOMY } from '../../src/project/defaults/taxonomy.js';
import { readLabelledSentences } from './labelled-sentences.js';
import { multiLabelScores, type MultiLabelScores } from './multi-label-scores.js';
import { crossValidateFilter, filterRows, trainIssueFilter } from './train-issue-filter.js';

const ISSUE_IDS = DEFAULT_TAXONOMY.issues.map((entry) => entry.id);
const SLICE_IDS = DEFAULT_TAXONOMY.slices.map((entry) => entry.id);

export interface IssueFigures {
  readonly issues: MultiLabelScores;
  readonly slices: MultiLabelScores;
  readonly sentences: number;
}

/**
 * The built-in taxonomy's keyword rules on one split of the labelled sentences, with `filter`
 * (a trained issue filter) confirming their hits when given.
 */
export function measureIssues(split: 'train' | 'test', filter: IssueFilterModel | null = null): IssueFigures {
  const matcher = new IssueMatcher(
    DEFAULT_TAXONOMY,
    filter === null ? null : new IssueFilter(filter, DEFAULT_TAXONOMY.issues),
  );
  const sentences = readLabelledSentences().filter((sentence) => sentence.split === split);
  const texts = sentences.map((sentence) => prepareText(sentence.text));

  const issues = sentences.map((sentence, index) =>
    matcher.issues(texts[index]!, sentence.language).map((hit) => hit.issueId),
  );
  const slices = sentences.map((sentence, index) => matcher.slices(texts[index]!, sentence.language));
  return {
    sentences: sentences.length,
    issues: multiLabelScores(ISSUE_IDS, sentences.map((s) => s.issues), issues),
    slices: multiLabelScores(SLICE_IDS, sentences.map((s) => s.slices), slices),
  };
}

export interface CrossValidation {
  readonly sentences: number;
  readonly keywords: MultiLabelScores;
  readonly keywordsWithFilter: MultiLabelScores;
}

// A filter must beat the keywords by a clear margin to be worth shipping a second file: the
// keywords' own figure is optimistic (they were written on the same sentences) and the filter's
// gain has not held on sentences labelled after it was trained.
const FILTER_MARGIN = 0.02;

export interface IssueMethodChoice {
  readonly crossValidation: CrossValidation;
  /** The filter trained on the whole train split, whether or not it ships. */
  readonly filter: IssueFilterModel;
  readonly shipFilter: boolean;
}

/**
 * Keywords alone against keywords with the filter, by nested 5-fold cross-validation on the
 * train split (scored on the sentences not drawn by their keywords); the filter ships only when
 * it wins by FILTER_MARGIN.
 */
export function chooseIssueMethod(): IssueMethodChoice {
  const rows = filterRows(readLabelledSentences().filter((sentence) => sentence.split === 'train'));
  const predicted = crossValidateFilter(rows);
  const gold = predicted.rows.map((row) => row.sentence.issues);
  const crossValidation = {
    sentences: predicted.rows.length,
    keywords: multiLabelScores(ISSUE_IDS, gold, predicted.keywords),
    keywordsWithFilter: multiLabelScores(ISSUE_IDS, gold, predicted.filtered),
  };
  return {
    crossValidation,
    filter: trainIssueFilter(rows),
    shipFilter:
      crossValidation.keywordsWithFilter.microF1 >= crossValidation.keywords.microF1 + FILTER_MARGIN,
  };
}
