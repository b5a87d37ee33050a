/**
 * The last word on a post's language where the detectors disagree: a small multinomial logistic
 * regression over what fastText, CLD2 and the letter and word rules each said. fastText is
 * better on short Russian and English, CLD2 on Kyrgyz, Tatar, Bashkir, Ukrainian, Belarusian,
 * Uzbek and Mongolian, and the rules on Kazakh's own letters; the weights learnt how far to trust
 * each, and how that changes for two-word texts. They were fitted on the NTREX-128 dev half
 * and word pairs drawn from it (`training/language/fit-vote.ts`), never on a test set.
 */
import { readFileSync } from 'node:fs';

import { shippedModelPath } from '../../models/load-model-file.js';
import { softmaxInPlace } from '../../models/linear-model.js';
import type { Cld2Answer } from './cld2-language-model.js';
import type { LanguageGuess } from './fasttext-language-model.js';

/** What the detectors and rules said about one text. */
export interface VoteEvidence {
  /** fastText's ten likeliest languages. */
  readonly fastText: readonly LanguageGuess[];
  readonly cld2: Cld2Answer;
  /** The rules' answer: a language code, or the `detected` language of an `other` answer. */
  readonly rule: string;
  /** fastText's Kazakh probability for a Latin text read back into Cyrillic; 0 for Cyrillic. */
  readonly kazakhFromLatin: number;
  /**
   * CLD2's share of Uzbek in a Latin text read back into Cyrillic, where CLD2 named Uzbek for the
   * Latin text too; 0 otherwise.
   */
  readonly uzbekFromLatin: number;
  /** Letter flags of `letter-evidence.ts`. */
  readonly letters: number;
  readonly words: number;
  readonly latinWords: number;
  /** Words on the Russian, Kazakh, Kazakh Latin and Uzbek word lists. */
  readonly russianWords: number;
  readonly kazakhWords: number;
  readonly kazakhLatinWords: number;
  readonly uzbekWords: number;
  /** Words on the Ukrainian and Mongolian word lists. */
  readonly ukrainianWords: number;
  readonly mongolianWords: number;
  /** Latin words with "ch": common in Uzbek (chiqdi, kuch), in Kazakh only in loanwords. */
  readonly chWords: number;
  /** Latin words with y as a vowel ("boldy"): Kazakh Latin's ы; Uzbek's y is a consonant. */
  readonly vowelYWords: number;
  /** Latin words with i after a back vowel in their last syllables ("kuni"): Uzbek, not Kazakh. */
  readonly uzbekEndingWords: number;
}

export interface VoteWeights {
  readonly labels: readonly string[];
  readonly features: readonly string[];
  /** Class-major: `weights[label * features.length + feature]`. */
  readonly weights: readonly number[];
  readonly bias: readonly number[];
  readonly about: Readonly<Record<string, unknown>>;
}

/** The languages the vote chooses between. */
export const VOTE_LANGUAGES = ['ru', 'kk', 'kk-latn', 'en', 'ky', 'tt', 'ba', 'uk', 'be', 'uz', 'mn'] as const;
const LETTER_FLAG_COUNT = 10;
/** Texts of this many words or fewer get their own weights: the detectors differ most there. */
const SHORT_TEXT_WORDS = 2;

/** The feature names, in the order `voteFeatures` writes them. */
export function voteFeatureNames(): string[] {
  const names: string[] = [];
  const perLanguage = ['fastText', 'cld2', 'cld2 reliable', 'rule'];
  for (const prefix of ['', 'short ']) {
    for (const source of perLanguage) {
      for (const language of VOTE_LANGUAGES) names.push(`${prefix}${source} ${language}`);
      names.push(`${prefix}${source} other`);
    }
  }
  for (let bit = 0; bit < LETTER_FLAG_COUNT; bit++) names.push(`letter flag ${1 << bit}`);
  names.push('russian words', 'kazakh words', 'kazakh latin words', 'uzbek words', 'latin words',
    'kazakh from latin', 'short', 'one over words', 'latin words with ch', 'ukrainian words',
    'mongolian words', 'latin words with y as a vowel', 'latin words ending like uzbek',
    'uzbek from latin');
  return names;
}

const LANGUAGE_INDEX = new Map<string, number>(VOTE_LANGUAGES.map((language, index) => [language, index]));
const BLOCK = VOTE_LANGUAGES.length + 1;

/** Writes the features of `evidence` into `features` (length `voteFeatureNames().length`). */
export function voteFeatures(evidence: VoteEvidence, features: Float64Array): void {
  features.fill(0);
  const short = evidence.words <= SHORT_TEXT_WORDS;
  const cld2Reliable = evidence.cld2.reliable;
  const put = (source: number, language: string, value: number): void => {
    const index = LANGUAGE_INDEX.get(language) ?? VOTE_LANGUAGES.length;
    features[source * BLOCK + index]! += value;
    if (short) features[(4 + source) * BLOCK + index]! += value;
  };

  for (const guess of evidence.fastText) put(0, guess.language, guess.probability);
  for (const guess of evidence.cld2.languages) {
    put(1, guess.language, guess.probability);
    if (cld2Reliable) put(2, guess.language, guess.probability);
  }
  put(3, evidence.rule, 1);

  let next = 8 * BLOCK;
  for (let bit = 0; bit < LETTER_FLAG_COUNT; bit++) features[next++] = evidence.letters & (1 << bit) ? 1 : 0;
  const words = Math.max(1, evidence.words);
  features[next++] = evidence.russianWords / words;
  features[next++] = evidence.kazakhWords / words;
  features[next++] = evidence.kazakhLatinWords / words;
  features[next++] = evidence.uzbekWords / words;
  features[next++] = evidence.latinWords / words;
  features[next++] = evidence.kazakhFromLatin;
  features[next++] = short ? 1 : 0;
  features[next++] = 1 / words;
  features[next++] = evidence.chWords / words;
  features[next++] = evidence.ukrainianWords / words;
  features[next++] = evidence.mongolianWords / words;
  // In two words the share swings between 0, ½ and 1 and took Kazakh Latin pairs for Uzbek.
  features[next++] = short ? 0 : evidence.vowelYWords / words;
  features[next++] = evidence.uzbekEndingWords / words;
  features[next++] = evidence.uzbekFromLatin;
}

export interface VoteAnswer {
  readonly language: string;
  readonly probability: number;
  /** The second likeliest language, for rules that rule the first one out. */
  readonly runnerUp: string;
}

export class LanguageVote {
  readonly #labels: readonly string[];
  readonly #weights: Float64Array;
  readonly #bias: Float64Array;
  readonly #features: Float64Array;
  readonly #scores: Float64Array;

  constructor(weights: VoteWeights) {
    const names = voteFeatureNames();
    if (weights.features.length !== names.length || weights.features.some((name, index) => name !== names[index])) {
      throw new Error('language vote: the weights file was fitted on other features; refit it with ' +
        '`npx vite-node training/language/fit-vote.ts`');
    }
    if (weights.weights.length !== weights.labels.length * names.length || weights.bias.length !== weights.labels.length) {
      throw new Error('language vote: the weights file is damaged (wrong number of weights); restore or refit it');
    }
    this.#labels = weights.labels;
    this.#weights = Float64Array.from(weights.weights);
    this.#bias = Float64Array.from(weights.bias);
    this.#features = new Float64Array(names.length);
    this.#scores = new Float64Array(weights.labels.length);
  }

  /** The likeliest language of the text `evidence` describes, with its probability. */
  decide(evidence: VoteEvidence): VoteAnswer {
    const features = this.#features;
    const scores = this.#scores;
    voteFeatures(evidence, features);
    const count = features.length;
    let highest = -Infinity;
    for (let label = 0; label < scores.length; label++) {
      let score = this.#bias[label] as number;
      const offset = label * count;
      for (let feature = 0; feature < count; feature++) {
        const value = features[feature] as number;
        if (value !== 0) score += value * (this.#weights[offset + feature] as number);
      }
      scores[label] = score;
      if (score > highest) highest = score;
    }
    softmaxInPlace(scores, highest);

    let best = 0;
    let second = -1;
    for (let label = 1; label < scores.length; label++) {
      if ((scores[label] as number) > (scores[best] as number)) [best, second] = [label, best];
      else if (second < 0 || (scores[label] as number) > (scores[second] as number)) second = label;
    }
    return {
      language: this.#labels[best] as string,
      probability: scores[best] as number,
      runnerUp: this.#labels[Math.max(second, 0)] as string,
    };
  }
}

export const LANGUAGE_VOTE_FILE = 'language-vote.json';

let shared: LanguageVote | null | undefined;

/** The shipped vote weights, read once; null when the file is not there (a fresh checkout). */
export function loadLanguageVote(): LanguageVote | null {
  if (shared !== undefined) return shared;
  let text: string;
  try {
    text = readFileSync(shippedModelPath(LANGUAGE_VOTE_FILE), 'utf8');
  } catch {
    shared = null;
    return shared;
  }
  shared = new LanguageVote(JSON.parse(text) as VoteWeights);
  return shared;
}
