import { beforeAll, describe, expect, it } from 'vitest';

import type { LanguageResult } from '../../src/analyze/analysis.js';
import {
  createSentimentAnalyzer,
  type SentimentAnalyzer,
} from '../../src/analyze/sentiment/index.js';
import { normaliseForMatching } from '../../src/text/normalise.js';
import { language, readFixtureTable } from './helpers.js';

const posts = readFixtureTable('clear-cut-posts.tsv', ['language', 'expected', 'text']);

describe('overall sentiment of clear-cut posts', () => {
  let analyzer: SentimentAnalyzer;
  beforeAll(async () => {
    analyzer = await createSentimentAnalyzer();
  });

  it.each(posts.map((post) => [post.language, post.expected, post.text] as const))(
    '%s %s: %s',
    (code, expected, text) => {
      const result = analyzer.overall(
        normaliseForMatching(text),
        language(code as LanguageResult['code']),
      );
      expect(result.label).toBe(expected);
    },
  );

  it('reads a mixed Russian–English post with the English word lists weighted by its English share', () => {
    const mixed: LanguageResult = { code: 'mixed', shares: { ru: 0.5, en: 0.5 }, confidence: 0.8 };
    const result = analyzer.overall(
      normaliseForMatching('Terrible service, ужасно, disgrace'),
      mixed,
    );
    expect(result.label).toBe('negative');
  });
});
