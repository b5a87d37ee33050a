import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { topTerms } from '../../src/alerts/top-terms.js';
import { isGrammaticalWord } from '../../src/text/grammatical-words.js';

const fixture = JSON.parse(readFileSync(new URL('../fixtures/alerts/kazakh-spike-over-russian-baseline.json', import.meta.url), 'utf8')) as {
  spike: string[];
  baseline: string[];
};

describe('the top terms of a spike', () => {
  it('are what its posts are about, not the grammar of a language the days before did not use', () => {
    // "тариф" is in the Russian posts before too, so it ranks after the words only the spike has.
    expect(topTerms(fixture.spike, fixture.baseline)).toEqual(['интернет', 'нашар', 'бағасы', 'тариф']);
  });

  it('leave out grammatical words in either Kazakh spelling and in Latin Kazakh, Russian and English', () => {
    expect(['жоқ', 'жок', 'болады', 'неге', 'бірақ', 'бирак', 'которые', 'jäne', 'jane', 'these'].filter(isGrammaticalWord))
      .toHaveLength(10);
    expect(['жол', 'тариф', 'автобус', 'вода', 'water', 'su', 'жарық'].filter(isGrammaticalWord)).toEqual([]);
  });
});
