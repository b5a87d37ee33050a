import { describe, expect, test } from 'vitest';

import { latinSkeleton } from '../../src/text/latin-skeleton.js';
import { kazakhCyrillicToLatin, kazakhLatinToCyrillic } from '../../src/text/transliterate-kazakh.js';
import { latinSpellings } from '../../src/text/transliterate-russian.js';

describe('Kazakh Cyrillic → Latin (2021)', () => {
  test.each([
    ['Жетісу', 'Jetısu'],
    ['Бостандық', 'Bostandyq'],
    ['Түрксіб', 'Türksıb'],
    ['Әуезов', 'Äuezov'],
    ['Наурызбай', 'Nauryzbai'],
    ['әкімдігі', 'äkımdıgı'],
    ['Алматы қаласының әкімі', 'Almaty qalasynyñ äkımı'],
    ['Шұғыла', 'Şūğyla'],
    ['Шымкент', 'Şymkent'],
  ])('%s → %s', (cyrillic, latin) => {
    expect(kazakhCyrillicToLatin(cyrillic)).toBe(latin);
  });
});

describe('Kazakh Latin → Cyrillic', () => {
  test.each([
    ['Almaty qalasynyñ äkımı', 'алматы қаласының әкімі'],
    ['Nauryzbay audany', 'наурызбай ауданы'],
    ['Shymkent', 'шымкент'],
    ['aialdama', 'аялдама'],
    ["Qazaqstan Respublikasynyng", 'қазақстан республикасының'],
    // The 2018 acute-accent alphabet.
    ['Qazaqstan Respýblıkasy', 'қазақстан республікасы'],
    // The 2021 alphabet's "i" after a vowel is й (Astana trial posts).
    ['Zeinetaqy keşıktı', 'зейнетақы кешікті'],
    ['üiden şyqpañyzdar', 'үйден шықпаңыздар'],
    ['Baiqoñyr audanynda jol taigaq', 'байқоңыр ауданында жол тайгақ'],
  ])('%s → %s', (latin, cyrillic) => {
    expect(kazakhLatinToCyrillic(latin)).toBe(cyrillic);
  });

  test('a plain "i" can be read as the Kazakh і when the text has no dotless ı', () => {
    expect(kazakhLatinToCyrillic('akimdigi', { plainI: 'і' })).toBe('акімдігі');
  });
});

describe('Latin spellings of a name', () => {
  test('passport, press and informal spellings of a surname', () => {
    expect(latinSpellings('досаев')).toEqual(['dosaev', 'dosayev']);
  });

  test('a first name with е at the start and a Kazakh letter', () => {
    expect(latinSpellings('ерболат')).toEqual(['erbolat', 'yerbolat']);
    expect(latinSpellings('қонаев')).toEqual(['konaev', 'konayev', 'qonaev']);
  });

  test('х and й', () => {
    expect(latinSpellings('наурызбай')).toEqual(['nauryzbai', 'nauryzbay']);
    expect(latinSpellings('хасен')).toEqual(['khasen', 'hasen']);
  });
});

test('Latin skeleton drops diacritics as phone keyboards do', () => {
  expect(latinSkeleton('äkımdık türksıb şymkent ñ')).toBe('akimdik turksib shymkent n');
});
