/** Russian stems by the Snowball algorithm: автобусы, автобусом → автобус. */
import snowball from 'snowball-stemmers';

import { StemCache } from './stem-cache.js';

const stemmer = snowball.newStemmer('russian');
const cache = new StemCache((word) => stemmer.stem(word));

/** Stem of a lower-case Russian word (ё already folded to е). */
export function stemRussian(word: string): string {
  return cache.get(word);
}
