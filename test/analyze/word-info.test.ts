import { describe, expect, test } from 'vitest';

import { prepareText } from '../../src/analyze/analysis-text.js';

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
});
