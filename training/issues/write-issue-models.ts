/** Writes the issue stage's files: the trained filter and the card with its test figures. */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { ISSUE_FILTER_FILE } from '../../src/analyze/issues/index.js';
import { chooseIssueMethod, measureIssues } from './evaluate-issues.js';

export const ISSUES_CARD = 'issues.json';

/**
 * Chooses between the keywords alone and the keywords with the trained filter on the train
 * split, writes the filter when it is chosen (and removes a stale one when not), and writes the
 * machine-readable card the digest's methodology reads for the issue stage, with the test
 * figures of what ships.
 */
export function writeIssueModels(outDir: string): void {
  const choice = chooseIssueMethod();
  const filterPath = join(outDir, ISSUE_FILTER_FILE);
  if (choice.shipFilter) writeFileSync(filterPath, JSON.stringify(choice.filter) + '\n');
  else rmSync(filterPath, { force: true });

  const { issues, slices, sentences } = measureIssues('test', choice.shipFilter ? choice.filter : null);
  const { crossValidation } = choice;
  const card = {
    stage: 'keywordRules',
    method: choice.shipFilter
      ? 'keyword rules of the built-in taxonomy (src/project/defaults/taxonomy.ts) whose hits a ' +
        'logistic regression trained on the labelled train split confirms (models/issues-filter.json; ' +
        'see models/issues.md); slices by keyword rules alone'
      : 'keyword rules of the built-in taxonomy (src/project/defaults/taxonomy.ts), chosen by nested ' +
        'cross-validation on the labelled train split over the rules with a trained filter (see ' +
        'models/issues.md)',
    crossValidation: {
      sentences: crossValidation.sentences,
      keywordsMicroF1: round(crossValidation.keywords.microF1),
      keywordsWithFilterMicroF1: round(crossValidation.keywordsWithFilter.microF1),
    },
    evaluation: {
      test: {
        'civic issue sentences, 150 ru+kk (issues)': {
          examples: sentences,
          microF1: round(issues.microF1),
          macroF1: round(issues.macroF1),
        },
        'civic issue sentences, 150 ru+kk (slices)': {
          examples: sentences,
          microF1: round(slices.microF1),
          macroF1: round(slices.macroF1),
        },
      },
      perIssue: Object.fromEntries(
        issues.perLabel.map((score) => [
          score.label,
          { support: score.support, precision: round(score.precision), recall: round(score.recall) },
        ]),
      ),
    },
  };
  writeFileSync(join(outDir, ISSUES_CARD), JSON.stringify(card, null, 2) + '\n');
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

