import { describe, expect, it } from 'vitest';

import { balancedExampleWeights, trainLinearSvm } from '../../training/eval/linear-svm.js';
import { NgramVectoriser } from '../../training/eval/ngram-vectoriser.js';
import { LEXICON_NEGATIVE, LEXICON_POSITIVE, withLexiconTokens } from '../../training/eval/sentiment-lexicon.js';
import { trainSocialModel } from '../../training/eval/social-model.js';
import { OTHER_TARGET_TOKEN, socialTokens, TARGET_TOKEN } from '../../training/eval/social-tokens.js';

describe('social post tokens', () => {
  it('fold links, handles, numbers and smileys into one token each', () => {
    expect(socialTokens('@user_1 Ёлки, 300 руб за https://t.co/x :) ура)))')).toEqual([
      'пользователь', 'елки', '0', 'руб', 'за', 'ссылка', 'смайлрад', 'ура', 'смайлрад',
    ]);
  });

  it('mark the word after a negation', () => {
    expect(socialTokens('Мне не нравится')).toEqual(['мне', 'не', 'не_нравится']);
  });

  it('mask the target company and the other companies differently', () => {
    const tokens = socialTokens('В Сбербанке лучше, чем в ВТБ24', { target: /сбер/, others: [/втб/] });
    expect(tokens).toEqual(['в', TARGET_TOKEN, 'лучше', 'чем', 'в', OTHER_TARGET_TOKEN]);
  });
});

describe('lexicon tokens', () => {
  const lexicon = new Map([['хорош', 1], ['ужасн', -1]]);

  it('add one polarity token per known word, flipped under negation', () => {
    expect(withLexiconTokens(['не_хороший', 'ужасный', 'день'], lexicon)).toEqual([
      'не_хороший', 'ужасный', 'день', LEXICON_NEGATIVE, LEXICON_NEGATIVE,
    ]);
    expect(withLexiconTokens(['хорошая'], lexicon)).toEqual(['хорошая', LEXICON_POSITIVE]);
  });
});

describe('n-gram vectoriser', () => {
  it('gives each block unit length and drops features seen in one text only', () => {
    const vectoriser = new NgramVectoriser({
      charNgramMin: 2,
      charNgramMax: 3,
      minDocumentFrequency: 2,
      charWeight: 1,
    }).fit([['да', 'нет'], ['да'], ['нет', 'да']]);
    const vector = vectoriser.transform(['да', 'нет', 'редкое']);
    const squared = [...vector.values].reduce((sum, value) => sum + value * value, 0);
    expect(squared).toBeCloseTo(2, 10);
    expect([...vector.indices]).toEqual([...vector.indices].sort((left, right) => left - right));
  });
});

describe('linear SVM', () => {
  it('separates two classes and repeats itself for a seed', () => {
    const vectors = [0, 1, 0, 1].map((feature) => ({
      indices: Int32Array.of(feature),
      values: Float64Array.of(1),
    }));
    const labels = [0, 1, 0, 1];
    const options = { classes: 2, cost: 1, seed: 7 };
    const first = trainLinearSvm(vectors, labels, 2, options);
    const second = trainLinearSvm(vectors, labels, 2, options);
    expect(vectors.map((vector) => first.scores(vector)[1]! > first.scores(vector)[0]!)).toEqual([
      false, true, false, true,
    ]);
    expect(second.weights).toEqual(first.weights);
  });

  it('weights classes so that each carries the same total', () => {
    expect([...balancedExampleWeights([0, 0, 0, 1], 2)]).toEqual([4 / 6, 4 / 6, 4 / 6, 2]);
  });
});

describe('social model', () => {
  it('learns the tone of words it was shown', () => {
    const texts = ['отличный банк', 'ужасный банк', 'отличный сервис', 'ужасный сервис'];
    const model = trainSocialModel(
      texts.map((text) => socialTokens(text)),
      [1, 0, 1, 0],
      { classes: 2, cost: 1, balanced: true },
    );
    expect(model.predict(socialTokens('отличный день'))).toBe(1);
    expect(model.predict(socialTokens('ужасный день'))).toBe(0);
  });
});
