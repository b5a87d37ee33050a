import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';

import { prepareText } from '../../src/analyze/analysis-text.js';
import { createLanguageIdentifier, type LanguageIdentifier } from '../../src/analyze/language/index.js';

let identifier: LanguageIdentifier;

beforeAll(async () => {
  identifier = await createLanguageIdentifier();
});

const LANGUAGES = ['mn', 'ba', 'kk', 'ky', 'tt', 'ru'] as const;

function writtenTexts(language: string): string[] {
  const file = new URL(`../fixtures/analyze/language/written-look-alikes/${language}.txt`, import.meta.url);
  return readFileSync(file, 'utf8').split('\n').filter((line) => line.trim());
}

function languageOf(text: string): string {
  const result = identifier.identify(prepareText(text));
  return result.code === 'other' ? (result.detected ?? 'other') : result.code;
}

// Single words, word pairs and short sentences written for tuning in Mongolian, Bashkir and
// their neighbours (training/language/evaluate-written-look-alikes.ts). Many single words are
// spelt alike in several of these languages ("бала", "автобус") and cannot all be right; the
// counts guard against a change that trades one language for another.
describe('short texts written in Mongolian, Bashkir and their neighbours', () => {
  test('the texts identified as the language they were written in, per language', () => {
    const right = Object.fromEntries(LANGUAGES.map((language) => {
      const texts = writtenTexts(language);
      return [language, `${texts.filter((text) => languageOf(text) === language).length} of ${texts.length}`];
    }));
    expect(right).toEqual({
      mn: '268 of 278', ba: '215 of 227', kk: '146 of 163', ky: '136 of 154', tt: '130 of 153', ru: '153 of 158',
    });
  });
});
