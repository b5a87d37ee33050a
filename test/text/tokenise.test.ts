import { describe, expect, test } from 'vitest';

import { tokenise } from '../../src/text/tokenise.js';

const words = (text: string): string[] => tokenise(text).map((token) => token.text);

describe('tokenise', () => {
  test('keeps hyphenated words and apostrophes inside a word', () => {
    expect(words('Из Нур-Султана в Алматы: қазақ-орыс тілдері, o\'zbek va Qazaq\'stan')).toEqual([
      'Из', 'Нур-Султана', 'в', 'Алматы', 'қазақ-орыс', 'тілдері', "o'zbek", 'va', "Qazaq'stan",
    ]);
  });

  test('a dash at the end of a word, numbers alone and punctuation are not words', () => {
    expect(words('Тариф — 150 тенге, маршрут №92- отменили!')).toEqual(['Тариф', 'тенге', 'маршрут', 'отменили']);
  });

  test('a word with digits inside stays one word', () => {
    expect(words('ТЭЦ-2 и covid19')).toEqual(['ТЭЦ-2', 'и', 'covid19']);
  });

  test('invisible characters inside a word do not split it', () => {
    const [token] = tokenise('До\u00ADса\u200Bев');
    expect(token).toEqual({ text: 'До\u00ADса\u200Bев', start: 0, end: 8, script: 'cyrillic' });
  });

  test('gives offsets and scripts', () => {
    expect(tokenise('Аким Almaty әкімі')).toEqual([
      { text: 'Аким', start: 0, end: 4, script: 'cyrillic' },
      { text: 'Almaty', start: 5, end: 11, script: 'latin' },
      { text: 'әкімі', start: 12, end: 17, script: 'cyrillic' },
    ]);
  });
});
