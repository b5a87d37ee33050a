import { readFileSync } from 'node:fs';
import snowball from 'snowball-stemmers';
import { describe, expect, it } from 'vitest';

import { russianSnowballStem } from '../../src/text/stem/russian-snowball.js';

const reference = snowball.newStemmer('russian');

/** Cyrillic words of the benchmark's corpora: the 3,000 most used and every 40th of the rest. */
const CORPUS_WORDS = readFileSync(new URL('../fixtures/text/russian-snowball-words.txt', import.meta.url), 'utf8')
  .split('\n').filter(Boolean);

/** Words each step of the algorithm treats in its own way, and words outside its alphabet. */
const EDGE_WORDS = [
  '', 'а', 'я', 'вш', 'ь', 'нн', 'стр', 'бдительности', 'бдительность', 'прочитавши', 'прочитавшись',
  'забывши', 'умывшись', 'красивейшего', 'длиннейше', 'ценнейший', 'конный', 'машинн', 'осень',
  'читающий', 'организованного', 'пишущая', 'играющиеся', 'знаниями', 'ёлочка', 'ЗАЯВЛЕНИЕ',
  'almaty', 'акимат2025', 'нур-султан', 'жолдарыңыздың', 'ией', 'ости', 'гостиница',
];

function differences(words: readonly string[]): string[] {
  return words.filter((word) => russianSnowballStem(word) !== reference.stem(word))
    .map((word) => `${word}: ${russianSnowballStem(word)} instead of ${reference.stem(word)}`);
}

describe('the Russian Snowball stemmer', () => {
  it('gives the snowball-stemmers package\'s stem for every word of the corpora list', () => {
    expect(CORPUS_WORDS.length).toBeGreaterThan(6000);
    expect(differences(CORPUS_WORDS)).toEqual([]);
  });

  it('gives the package\'s stem at each step\'s edge cases and outside the Russian alphabet', () => {
    expect(differences(EDGE_WORDS)).toEqual([]);
  });

  it('stems the forms of a word to one stem', () => {
    expect(['автобусы', 'автобусом', 'автобусов'].map(russianSnowballStem)).toEqual(['автобус', 'автобус', 'автобус']);
  });
});
