/** Writes the issue stage's files: the trained filter and the card with its test figures. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { ISSUE_FILTER_FILE } from '../../src/analyze/issues/index.js';
import { measureIssues } from './evaluate-issues.js';
import { readLabelledSentences } from './labelled-sentences.js';
import { filterRows, trainIssueFilter } from './train-issue-filter.js';

export const ISSUES_CARD = 'issues.json';

/**
 * Trains the issue filter on the labelled train split, writes it, and writes the
 * machine-readable card the digest's methodology reads for the issue stage, with the test
 * figures of keywords and filter together.
 */
export function writeIssueModels(outDir: string): void {
  const filter = trainIssueFilter(
    filterRows(readLabelledSentences().filter((sentence) => sentence.split === 'train')),
  );
  writeFileSync(join(outDir, ISSUE_FILTER_FILE), JSON.stringify(filter) + '\n');

  const { issues, slices, sentences } = measureIssues('test', filter);
  const card = {
    stage: 'keywordRules',
    method:
      'keyword rules of the built-in taxonomy (src/project/defaults/taxonomy.ts) whose hits a ' +
      'logistic regression trained on the labelled train split confirms (models/issues-filter.json; ' +
      'see models/issues.md); slices by keyword rules alone',
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

