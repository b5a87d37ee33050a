/** English stems by the Snowball (Porter 2) algorithm: buses → buse, outages → outag. */
import snowball from 'snowball-stemmers';

import { StemCache } from './stem-cache.js';

const stemmer = snowball.newStemmer('english');
const cache = new StemCache((word) => stemmer.stem(word));

/** Stem of a lower-case English word. */
export function stemEnglish(word: string): string {
  return cache.get(word);
}
