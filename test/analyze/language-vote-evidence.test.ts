import { beforeAll, describe, expect, test } from 'vitest';

import { prepareText } from '../../src/analyze/analysis-text.js';
import { createLanguageIdentifier, type LanguageIdentifier } from '../../src/analyze/language/index.js';
import { wordInfo } from '../../src/analyze/word-info.js';
import { tokenise } from '../../src/text/tokenise.js';
import { fixtureLines } from '../fixtures/fixture-lines.js';

let identifier: LanguageIdentifier;

beforeAll(async () => {
  identifier = await createLanguageIdentifier();
});

const languageOf = (text: string): string => {
  const result = identifier.identify(prepareText(text));
  return result.code === 'other' ? (result.detected ?? 'other') : result.code;
};

const lexiconOf = (word: string): string | null => wordInfo(tokenise(word)[0]!).lexicon;

describe('what the vote is told about Latin words', () => {
  test('Kazakh Latin writes ы as y after a consonant; Uzbek y stands beside a vowel', () => {
    expect(identifier.evidenceOf(prepareText('Almaty qalasynyñ joldary jaman boldy'))?.vowelYWords).toBe(4);
    expect(identifier.evidenceOf(prepareText('Toshkentda yangi yil qiyin keldi'))?.vowelYWords).toBe(0);
  });

  test('Uzbek suffixes with i after a back vowel are counted; Kazakh front words are not', () => {
    expect(identifier.evidenceOf(prepareText('Samarqanddagi muzeyning eshiklari yopiq'))?.uzbekEndingWords).toBe(3);
    expect(identifier.evidenceOf(prepareText('akimdigi keshe kelisimge keldi'))?.uzbekEndingWords).toBe(0);
  });
});

describe('Ukrainian and Mongolian word lists', () => {
  test.each([
    ['що', 'uk'], ['вона', 'uk'], ['дуже', 'uk'], ['байна', 'mn'], ['гэж', 'mn'], ['энэ', 'mn'],
    ['что', 'ru'], ['она', 'ru'], ['на', 'ru'],
  ])('%s is on the %s list', (word, lexicon) => {
    expect(lexiconOf(word)).toBe(lexicon);
  });
});

describe('short texts the vote used to misplace', () => {
  // The vote, fitted on news sentences and word pairs, took Uzbek phrases with -ning, -dagi and
  // -i after a back vowel for Kazakh Latin.
  test.each(fixtureLines('analyze/language/uzbek-phrases-with-uzbek-suffixes.txt'))('Uzbek: %s', (text) => {
    expect(languageOf(text)).toBe('uz');
  });

  // Two Russian words without ы or э that Ukrainian could also write went to Ukrainian.
  test.each(fixtureLines('analyze/language/russian-word-pairs-ukrainian-could-write.txt'))('Russian: %s', (text) => {
    expect(languageOf(text)).toBe('ru');
  });

  test.each([
    ['це дуже добре', 'uk'],
    ['що робити далі', 'uk'],
    ['Энэ бол манай хот', 'mn'],
    ['Бид маргааш ирнэ гэж хэлсэн', 'mn'],
  ])('%s stays %s', (text, language) => {
    expect(languageOf(text)).toBe(language);
  });
});
