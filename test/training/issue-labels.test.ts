import { existsSync, readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { DEFAULT_TAXONOMY } from '../../src/project/defaults/taxonomy.js';
import { readLabelledSentences } from '../../training/issues/labelled-sentences.js';
import { multiLabelScores } from '../../training/issues/multi-label-scores.js';
import { measureIssues } from '../../training/issues/evaluate-issues.js';

const SHAREABLE_LICENCES = ['MIT', 'CC BY 4.0', 'CC BY-SA 3.0', 'CC BY 2.5', 'Apache-2.0'];

describe('hand-labelled issue sentences', () => {
  const sentences = readLabelledSentences();

  it('hold 3768 sentences, 150 of them (75 Russian, 75 Kazakh) kept for the test', () => {
    const test = sentences.filter((sentence) => sentence.split === 'test');
    expect(sentences).toHaveLength(3768);
    // Sentences drawn where the keywords fire are for training only: they would flatter a test.
    const keywordHits = sentences.filter((sentence) => sentence.draw === 'keyword-hits');
    expect(keywordHits).toHaveLength(440);
    expect(keywordHits.every((sentence) => sentence.split === 'train')).toBe(true);
    expect(test.filter((sentence) => sentence.language === 'ru')).toHaveLength(75);
    expect(test.filter((sentence) => sentence.language === 'kk')).toHaveLength(75);
  });

  it('name a source and a licence that allows keeping the text on every line', () => {
    const licences = new Set(sentences.map((sentence) => sentence.licence));
    expect([...licences].every((licence) => SHAREABLE_LICENCES.includes(licence))).toBe(true);
    expect(sentences.every((sentence) => sentence.source.length > 0)).toBe(true);
  });

  it('use only the built-in taxonomy ids', () => {
    const issues = new Set(DEFAULT_TAXONOMY.issues.map((entry) => entry.id));
    const slices = new Set(DEFAULT_TAXONOMY.slices.map((entry) => entry.id));
    const unknown = sentences.flatMap((sentence) => [
      ...sentence.issues.filter((id) => !issues.has(id)),
      ...sentence.slices.filter((id) => !slices.has(id)),
    ]);
    expect(unknown).toEqual([]);
  });

  it('give the shipped keyword rules and filter the test figures written in the issue card', () => {
    const card = JSON.parse(readFileSync(new URL('../../models/issues.json', import.meta.url), 'utf8'));
    const filterFile = new URL('../../models/issues-filter.json', import.meta.url);
    const filter = existsSync(filterFile) ? JSON.parse(readFileSync(filterFile, 'utf8')) : null;
    const measured = measureIssues('test', filter);
    expect(card.evaluation.test['civic issue sentences, 150 ru+kk (issues)'].microF1).toBe(
      Math.round(measured.issues.microF1 * 1000) / 1000,
    );
  });
});

describe('multi-label scores', () => {
  it('count micro and macro F1 over labels, macro only over labels that occur', () => {
    const scores = multiLabelScores(
      ['roads', 'safety', 'prices'],
      [['roads'], ['roads', 'safety'], []],
      [['roads'], ['safety', 'prices'], ['prices']],
    );

    expect(scores.perLabel.map((score) => [score.label, score.precision, score.recall])).toEqual([
      ['roads', 1, 0.5],
      ['safety', 1, 1],
      ['prices', 0, 0],
    ]);
    expect(scores.microF1).toBeCloseTo((2 * 2) / (2 * 2 + 2 + 1), 10);
    expect(scores.macroF1).toBeCloseTo((2 / 3 + 1) / 2, 10);
  });
});
