/**
 * Texts the language vote is fitted on, all from the NTREX-128 dev half (the test half and the
 * lingua-rs test data are never read here): each language's sentences, two-word texts drawn
 * from them the way lingua-rs draws its word pairs (lower case, two words of one language), and
 * Kazakh sentences and word pairs written out in the Latin alphabet with and without diacritics.
 */
import { latinSkeleton } from '../../src/text/latin-skeleton.js';
import { kazakhCyrillicToLatin } from '../../src/text/transliterate-kazakh.js';
import { seededRandom } from '../sentiment/random.js';
import { NTREX_FILES, ntrexSentences } from './test-sets.js';

export interface VoteExample {
  readonly text: string;
  readonly language: string;
  readonly short: boolean;
}

const WORD = /[\p{L}\p{M}]+(?:[-'’ʻ‘][\p{L}\p{M}]+)*/gu;
const WORD_PAIRS_PER_SENTENCE = 3;

/** Two-word texts from `sentences`: neighbours half of the time, any two words of one sentence else. */
function wordPairs(sentences: readonly string[], random: () => number): string[] {
  const pairs: string[] = [];
  for (const sentence of sentences) {
    const words = (sentence.toLowerCase().match(WORD) ?? []).filter((word) => word.length > 1);
    if (words.length < 2) continue;
    for (let pair = 0; pair < WORD_PAIRS_PER_SENTENCE; pair++) {
      const first = Math.floor(random() * words.length);
      const second = random() < 0.5
        ? (first + 1) % words.length
        : (first + 1 + Math.floor(random() * (words.length - 1))) % words.length;
      pairs.push(`${words[first]} ${words[second]}`);
    }
  }
  return pairs;
}

export function voteExamples(split: string, seed = 1): VoteExample[] {
  const random = seededRandom(seed);
  const examples: VoteExample[] = [];
  const add = (language: string, sentences: readonly string[]): void => {
    for (const text of sentences) examples.push({ text, language, short: false });
    for (const text of wordPairs(sentences, random)) examples.push({ text, language, short: true });
  };
  for (const [file, language] of NTREX_FILES) add(language, ntrexSentences(file, split));

  const latin = ntrexSentences('kaz', split).map((text) => kazakhCyrillicToLatin(text));
  add('kk-latn', latin);
  add('kk-latn', latin.map((text) => latinSkeleton(text.toLowerCase())));
  return examples;
}
