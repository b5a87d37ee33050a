import { describe, expect, test } from 'vitest';

import { prepareText } from '../../src/analyze/analysis-text.js';
import { KeywordMatcher } from '../../src/analyze/keywords/index.js';
import type { TaxonomyEntry } from '../../src/project/project.js';

function entry(id: string, ru: string[]): TaxonomyEntry {
  return { id, labels: { ru: id, kk: id, en: id }, keywords: { ru, kk: [], en: [] } };
}

const matcher = new KeywordMatcher([
  entry('sum', ['проезд … # тенге']),
  entry('bill', ['за свет … #']),
  entry('route', ['# ходит*', '# … не приш*']),
]);

function found(text: string): string[] {
  return matcher.match(prepareText(text), 'ru').map((hit) => hit.entryId);
}

// `#` in a keyword is a number written in digits; numbers are not words, so it uses up no word
// of a `…`, and a `…` beside it lets words stand between the number and the keyword's word.
describe('a number in a keyword', () => {
  test.each([
    ['Проезд уже 200 тенге', ['sum']],
    ['Проезд тенге', []],
    ['200 тенге за проезд', []],
    ['За свет пришло 15 000 за ноябрь', ['bill']],
    ['За свет пришло много', []],
    ['За свет в подъезде, на лестнице и во дворе заплатили 3 000', []],
    ['32-й ходит раз в час', ['route']],
    ['Автобус ходит раз в час', []],
    ['92 опять не пришёл', ['route']],
    ['Сосед с 5-го этажа опять не пришёл', ['route']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  test('the number of a hyphenated word counts, its letters stay words ("АИ-92 по 260")', () => {
    const petrol = new KeywordMatcher([entry('petrol', ['бензин* … по #'])]);
    expect(petrol.match(prepareText('Бензин АИ-92 по 260'), 'ru').map((hit) => hit.evidence)).toEqual([['бензин* … по #']]);
  });
});

// `#year` is a number that reads as a year before 1990: the date of a history or a biography.
describe('a year before 1990 in a keyword', () => {
  const dated = new KeywordMatcher([entry('history', ['#year году', '#year гг'])]);
  const history = (text: string): string[] => dated.match(prepareText(text), 'ru').map((hit) => hit.entryId);

  test.each([
    ['В 1978 году окончил школу', ['history']],
    ['В 1966–1973 гг. преподавал в школе', ['history']],
    ['В 2019 году в школе не было отопления', []],
    ['В 18000 году', []],
    ['Дом 1965 года постройки, крыша течёт', []],
    ['Автобус 1988 года выпуска сломался', []],
  ])('%s', (text, expected) => {
    expect(history(text)).toEqual(expected);
  });

  test('is a number all the same for `#`', () => {
    const sum = new KeywordMatcher([entry('sum', ['# тенге'])]);
    expect(sum.match(prepareText('Проезд 1985 тенге'), 'ru').map((hit) => hit.entryId)).toEqual(['sum']);
  });

  test('must stand before a word', () => {
    expect(() => new KeywordMatcher([entry('history', ['году #year'])])).toThrow(/ends with #year/);
  });
});

// `+#` is a number written with its plus sign, as residents write the temperature at home.
describe('a signed number in a keyword', () => {
  const temperature = new KeywordMatcher([entry('cold', ['в квартир* +#', '+# … на кухн*'])]);
  const cold = (text: string): string[] => temperature.match(prepareText(text), 'ru').map((hit) => hit.entryId);

  test.each([
    ['В квартире +10, дети спят в куртках', ['cold']],
    ['+11 на кухне', ['cold']],
    ['В квартире 3 комнаты', []],
    ['На кухне +', []],
  ])('%s', (text, expected) => {
    expect(cold(text)).toEqual(expected);
  });

  test('a signed number is also a number to a plain `#`', () => {
    const any = new KeywordMatcher([entry('flat', ['в квартир* #'])]);
    expect(any.match(prepareText('в квартире +10'), 'ru').map((hit) => hit.entryId)).toEqual(['flat']);
  });
});
