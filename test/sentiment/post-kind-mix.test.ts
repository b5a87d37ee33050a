import { beforeAll, describe, expect, it } from 'vitest';

import {
  createSentimentAnalyzer,
  type SentimentAnalyzer,
} from '../../src/analyze/sentiment/index.js';
import { loadModelFile, shippedModelPath } from '../../src/models/index.js';
import { normaliseForMatching } from '../../src/text/normalise.js';
import { FIXTURE_SUBJECTS, language } from './helpers.js';

describe('sentiment toward a subject by kind of post', () => {
  let analyzer: SentimentAnalyzer;
  beforeAll(async () => {
    analyzer = await createSentimentAnalyzer({ subjects: FIXTURE_SUBJECTS });
  });

  it('ships separate targeted-model shares for news and social posts, chosen in training', async () => {
    const { about } = (await loadModelFile(shippedModelPath('sentiment-target.bin'))).metadata;

    expect(about.targetModelWeight).toBe(0.9);
    expect(about.targetModelWeightSocial).toBe(0.5);
  });

  it('scores news mostly with the targeted model and social posts half with the clause tone', () => {
    const text = 'Министр раскритиковал акима за срыв сроков, но жители довольны новым парком.';
    const start = text.indexOf('акима');
    const mention = { subjectId: 'akim', start, end: start + 5, form: 'акима', how: 'alias' as const };
    const normalised = normaliseForMatching(text);

    const [article] = analyzer.towardSubjects(text, normalised, [mention], language('ru'), 'article');
    const [social] = analyzer.towardSubjects(text, normalised, [mention], language('ru'), 'social');

    expect(article!.probabilities.negative).not.toBeCloseTo(social!.probabilities.negative, 3);
    expect(article!.label).toBe('negative');
  });
});
