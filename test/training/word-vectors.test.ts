import { describe, expect, it } from 'vitest';

import { companyVectorFeatures } from '../../training/eval/word-vector-features.js';
import { TARGET_TOKEN } from '../../training/eval/social-tokens.js';
import { trainWordVectors, type WordVectorOptions } from '../../training/eval/word-vectors.js';

const OPTIONS: WordVectorOptions = {
  dimensions: 8,
  window: 2,
  negatives: 3,
  epochs: 30,
  minCount: 1,
  rate: 0.05,
  sample: 1,
  seed: 11,
};

// Two families of words that never share a context.
const texts = Array.from({ length: 40 }, (_, index) =>
  index % 2 === 0 ? ['кредит', 'банк', 'карта', 'вклад'] : ['кот', 'пес', 'мяч', 'двор'],
);

describe('word vectors', () => {
  it('place words that share contexts nearer each other than words that do not', () => {
    const vectors = trainWordVectors(texts, OPTIONS);
    expect(vectors.nearest('кредит', 3).sort()).toEqual(['банк', 'вклад', 'карта']);
  });

  it('repeat themselves for a seed', () => {
    const first = trainWordVectors(texts, OPTIONS).mean(['кредит']);
    const second = trainWordVectors(texts, OPTIONS).mean(['кредит']);
    expect([...second]).toEqual([...first]);
  });

  it('average to unit length, and to zeros when no word is known', () => {
    const vectors = trainWordVectors(texts, OPTIONS);
    const mean = vectors.mean(['кредит', 'кот', 'незнакомое']);
    expect(mean.reduce((sum, value) => sum + value * value, 0)).toBeCloseTo(1, 10);
    expect([...vectors.mean(['незнакомое'])]).toEqual(new Array(8).fill(0));
  });
});

describe('word-vector features of a company pair', () => {
  const vectors = trainWordVectors(texts, OPTIONS);
  const features = companyVectorFeatures(vectors);

  it('hold the tweet mean, then the mean of the three words on each side of the company', () => {
    const tokens = ['кот', 'пес', 'мяч', 'двор', 'кредит', TARGET_TOKEN, 'банк'];
    const values = features.features(tokens);
    expect(values).toHaveLength(16);
    expect([...values.slice(8)]).toEqual([...vectors.mean(['мяч', 'двор', 'кредит', 'банк'])]);
  });

  it('leave the local mean empty when the company is not named', () => {
    expect([...features.features(['кредит', 'банк']).slice(8)]).toEqual(new Array(8).fill(0));
  });
});
