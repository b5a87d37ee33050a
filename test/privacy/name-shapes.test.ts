import { describe, expect, it } from 'vitest';

import { hasSurnameEnding } from '../../src/privacy/redact/name-shapes.js';

describe('a surname by its ending', () => {
  it.each([
    'мәлібековтің', 'ахметовтың', 'медведевті', 'мәлібековтікі', 'сейітовтікі', 'омарбекованыкі',
    'мавровскийдің', 'зеленскиймен', 'вишневскаяның', 'порошенкоға', 'бондаренконың',
  ])('is seen under a Kazakh case ending of either harmony, or the possessive -тікі: %s', (word) => {
    expect(hasSurnameEnding(word)).toBe(true);
  });

  it.each([
    'ноутбукпен', 'продукты', 'оинды', 'магазинды', 'админға', 'ортопедическийдің', 'остановка',
  ])('is not seen in Kazakh typed with Russian letters, nor in nouns and adjectives: %s', (word) => {
    expect(hasSurnameEnding(word)).toBe(false);
  });
});
