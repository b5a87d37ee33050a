import { describe, expect, test } from 'vitest';

import { knownSearchStems, prepareText } from '../../src/analyze/analysis-text.js';
import { searchStemOf } from '../../src/analyze/word-info.js';
import { STEM_MODES, searchEntries, stemIn, type StemSpace } from '../../src/text/search-words.js';

function facts(text: string, word: string): { script: string; russianStem: string | null; englishStem: string | null } {
  const info = prepareText(text).words.flatMap((each) => [each, ...(each.parts ?? [])]).find((each) => each.text === word);
  if (info === undefined) throw new Error(`no word "${word}" in "${text}"`);
  return { script: info.script, russianStem: info.russianStem, englishStem: info.englishStem };
}

describe('word facts', () => {
  test('a part of a mixed-script hyphenated word has its own script and stem', () => {
    expect(facts('Открыли Алматы-city для туристов', 'city')).toEqual({
      script: 'latin', russianStem: null, englishStem: 'e:citi',
    });
    expect(facts('Купил Wi-Fi-маршрутизатор', 'маршрутизатор')).toEqual({
      script: 'cyrillic', russianStem: 'r:маршрутизатор', englishStem: null,
    });
  });

  test('a word met first inside a mixed hyphenated word has the same facts when met alone', () => {
    prepareText('Wi-Fi-тарифы выросли');
    expect(facts('Тарифы выросли', 'тарифы')).toEqual({
      script: 'cyrillic', russianStem: 'r:тариф', englishStem: null,
    });
  });

  // Kazakh letters in a Russian word, Kazakh Latin, hyphens of three kinds, an apostrophe, a
  // number, a word that stems to nothing, a mixed-script word and a hyphenated part seen alone.
  const mixedPosts = [
    'Ақбұлақ-та опять нет воды, Акбулак тоже. Қалада кептеліс, акимдиги молчит',
    "Almatyda jol jóndeý, o'zbek tili, Nur‐Sultan и Нур‑Султан, Алматы-city, Wi-Fi-роутер",
    'Маршрут №12 с 2025 года, 3-й микрорайон, Самал-2, ЖК «Ақ-Жол», е, ё, ь, Ёлка, Qazaqstan',
  ];

  test('a word\'s search stems are the ones search works out from its written form', () => {
    const words = mixedPosts.flatMap((post) => prepareText(post).words);
    const spaces: StemSpace[] = ['r', 'k', 'e', 'f'];
    const stems = words.flatMap((word) => spaces.map((space) => ({
      word: word.text, space, stem: searchStemOf(word, space), searched: stemIn(space, word.text),
    }))).filter(({ stem }) => stem !== undefined);
    expect(stems.length).toBeGreaterThan(50);
    expect(stems.filter(({ stem, searched }) => stem !== searched)).toEqual([]);
  });

  test('a post\'s search entries are the same with the stems its words hold as without them', () => {
    for (const post of mixedPosts) {
      const text = prepareText(post);
      for (const language of ['ru', 'kk', 'kk-latn', 'en', 'und']) {
        expect(searchEntries(text.normalised, language, knownSearchStems(text)))
          .toBe(searchEntries(text.normalised, language));
      }
    }
    expect(STEM_MODES).toEqual(['russian', 'kazakh', 'per-word']);
  });

  test('the stems a text\'s words hold are found for the words that are its tokens only', () => {
    // The hyphenated word is one token; its part "самал", the number and a word at another
    // offset are not tokens.
    const text = prepareText('Самал-2 и 2025 год');
    const known = knownSearchStems(text);
    expect([
      known('r', 'самал-2', 0), known('r', 'самал', 0), known('r', 'и', 8),
      known('f', '2025', 10), known('r', 'год', 15), known('k', 'год', 15), known('r', 'год', 14),
    ]).toEqual([stemIn('r', 'самал-2'), undefined, 'и', undefined, 'год', 'год', undefined]);
  });
});

