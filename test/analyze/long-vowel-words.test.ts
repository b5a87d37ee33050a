import { describe, expect, test } from 'vitest';

import { hasLongVowelWord, longVowelWords } from '../../src/analyze/language/long-vowel-words.js';

describe('words spelt with Mongolian or Kyrgyz long vowels', () => {
  test.each([
    ['рэемонд со хэмээх харвардын их сургуулийн', 2],
    ['шаар үчүн түшүү', 2],
    ['улаанбаатар улаанбаатар', 2],
    ['кооператив зоопарк соотношение', 0],
    ['ааааа ну уууу', 0],
    ['огромнууююю плюшкуу', 1],
    ['российский бийская', 0],
  ])('%s has %i', (text, count) => {
    expect(longVowelWords(text)).toBe(count);
  });

  test('a text has a long vowel when one word has it', () => {
    expect(hasLongVowelWord('за ли багш маргааш ирнэ')).toBe(true);
    expect(hasLongVowelWord('кооператив зоопарка ааааа')).toBe(false);
  });
});
