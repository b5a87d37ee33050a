import { statSync } from 'node:fs';

import { beforeAll, describe, expect, it } from 'vitest';

import {
  createSentimentAnalyzer,
  type SentimentAnalyzer,
} from '../../src/analyze/sentiment/index.js';
import { loadModelFile, shippedModelPath } from '../../src/models/index.js';
import { normaliseForMatching } from '../../src/text/normalise.js';
import { language } from './helpers.js';

describe('shipped sentiment models', () => {
  let analyzer: SentimentAnalyzer;
  beforeAll(async () => {
    analyzer = await createSentimentAnalyzer();
  });

  it('loads the overall model as a text model over negative, neutral, positive', async () => {
    const file = await loadModelFile(shippedModelPath('sentiment-overall.bin'));
    expect(file.metadata.featureKind).toBe('text');
    expect(file.metadata.labels).toEqual(['negative', 'neutral', 'positive']);
  });

  it('loads the targeted model with the mixing weight chosen in training', async () => {
    const file = await loadModelFile(shippedModelPath('sentiment-target.bin'));
    expect(file.metadata.featureKind).toBe('target');
    expect(file.metadata.about.targetModelWeight).toBeTypeOf('number');
  });

  it('keeps each shipped file under 2 MB', () => {
    for (const name of ['sentiment-overall.bin', 'sentiment-target.bin']) {
      expect(statSync(shippedModelPath(name)).size).toBeLessThan(2 * 1024 * 1024);
    }
  });

  it('gives probabilities that sum to 1, also for empty and symbol-only posts', () => {
    const posts = ['', '!!!', '💖💖', 'Жол жақсы', 'Ужасно, опять пробки', 'x'.repeat(5000)];
    for (const post of posts) {
      const result = analyzer.overall(normaliseForMatching(post), language('ru'));
      const { negative, neutral, positive } = result.probabilities;
      expect(negative + neutral + positive).toBeCloseTo(1, 12);
      expect(Math.max(negative, neutral, positive)).toBe(result.probabilities[result.label]);
    }
  });

  it('returns the same result for the same post every time', () => {
    const post = normaliseForMatching('Опять нет горячей воды, безобразие');
    const first = analyzer.overall(post, language('ru'));
    analyzer.overall(normaliseForMatching('Спасибо за парк!'), language('ru'));
    expect(analyzer.overall(post, language('ru'))).toEqual(first);
  });

  it('names the missing file and what to do when a model folder is wrong', async () => {
    await expect(createSentimentAnalyzer({ modelPath: '/nonexistent/models' })).rejects.toThrow(
      /model file \/nonexistent\/models\/sentiment-(overall|target)\.bin: cannot read it \(ENOENT\); run the training command/,
    );
  });
});
