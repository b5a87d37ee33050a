/**
 * The language of a post: Russian, Kazakh in Cyrillic, Kazakh in Latin, English, a mix of
 * Kazakh and Russian (with the share of each), or other. fastText gives the first guess; letter
 * and word rules correct what it gets wrong on this region's text, and decide alone where they
 * are certain, which also saves the model call on most Russian and Kazakh posts.
 */
import type { LanguageCode, LanguageResult } from '../analysis.js';
import type { AnalysisText } from '../analysis-text.js';
import type { WordInfo } from '../word-info.js';
import { kazakhLatinToCyrillic } from '../../text/transliterate-kazakh.js';
import type { FastTextLanguageModel, LanguageGuess } from './fasttext-language-model.js';
import { KAZAKH_FUNCTION_WORDS, RUSSIAN_FUNCTION_WORDS } from './function-words.js';
import {
  DOTTED_I, FOREIGN_CYRILLIC, KAZAKH_LATIN_UNIQUE, KAZAKH_TURKIC, KAZAKH_UNIQUE, NOT_BELARUSIAN,
  RUSSIAN_MARK, TURKIC_COMMON, UZBEK_LATIN, letterFlags,
} from './letter-evidence.js';

type SingleLanguage = Exclude<LanguageCode, 'mixed'>;

// LIMITATION: only Kazakh with Russian is reported as mixed; a post mixing English or Kazakh
// Latin with Russian takes the language of the majority of its words. Word-level language
// tagging would lift this.

/** Below this share of the words, the second language of a Kazakh–Russian post is incidental. */
const MIXED_MINIMUM_SHARE = 0.2;
/** Cyrillic languages without ы and э that fastText may name for unusual Russian text. */
const SLAVIC_WITHOUT_YERY = new Set(['uk', 'bg', 'mk', 'sr']);
/** Turkic and Mongolian languages fastText may name for short Kazakh text. */
const TURKIC_LOOK_ALIKES = new Set(['ky', 'tt', 'ba', 'mn', 'uz', 'tg', 'cv', 'sah']);
/** A word with one of these letters is a Kazakh word, once foreign alphabets are ruled out. */
const KAZAKH_WORD_LETTERS = KAZAKH_UNIQUE | KAZAKH_TURKIC | DOTTED_I | TURKIC_COMMON;
const BARE_Q = /q(?!u)/;
const SENTENCE_BREAK = /[.!?;:\n,()«»"“”—–]+/;

interface WordCounts {
  readonly words: number;
  readonly cyrillic: number;
  readonly latin: number;
  readonly kazakh: number;
  readonly russian: number;
  readonly kazakhLatin: number;
  readonly uzbekLatin: number;
}

export class LanguageIdentifier {
  readonly #model: FastTextLanguageModel;

  constructor(model: FastTextLanguageModel) {
    this.#model = model;
  }

  /** The language of one prepared text; `declared` (a feed's or platform's tag) breaks ties. */
  identify(text: AnalysisText, declared?: string | null): LanguageResult {
    const counts = countWords(text.words);
    if (counts.words === 0) return single('other', 0);

    const result = counts.latin > counts.cyrillic
      ? this.#identifyLatin(text.normalised, counts)
      : this.#identifyCyrillic(text, counts);
    return preferDeclared(result, declared, counts);
  }

  #identifyCyrillic(text: AnalysisText, counts: WordCounts): LanguageResult {
    const flags = letterFlags(text.normalised);
    const certain = certainCyrillic(flags, counts);
    if (certain) return certain;

    const guesses = this.#model.predict(text.normalised, 5);
    const top = guesses[0] ?? { language: 'other', probability: 0 };
    const russian = probabilityOf(guesses, 'ru');
    const kazakh = probabilityOf(guesses, 'kk');
    const foreign = (flags & FOREIGN_CYRILLIC) !== 0;
    const kazakhLetters = hasKazakhLetters(flags);
    const anyKazakhLetter = (flags & (KAZAKH_UNIQUE | KAZAKH_TURKIC | DOTTED_I)) !== 0;

    if (!foreign && (top.language === 'ru' || top.language === 'kk' || kazakhLetters)) {
      const mixed = this.#mixedShares(text, counts, russian, kazakh);
      if (mixed) return mixed;
    }

    if (top.language === 'ru') {
      // Kyrgyz and Mongolian without their few own words read as Russian to the model, but
      // Russian has no ң ө ү; one such word is a place name (на Көктөбе), many are a language.
      if (flags & TURKIC_COMMON && !anyKazakhLetter && counts.kazakh >= counts.words * 0.2) {
        return single('other', 1 - russian);
      }
      return single('ru', russian);
    }
    if (top.language === 'kk') {
      if (foreign) return single('other', 1 - kazakh);
      // Kyrgyz has ң ө ү but none of қ ұ ә ғ һ і; a Kazakh sentence without any is rare.
      if (counts.words >= 5 && flags & TURKIC_COMMON && !anyKazakhLetter) return single('other', 1 - kazakh);
      return single('kk', kazakh);
    }

    if (!foreign) {
      if (kazakhLetters) return single('kk', Math.max(kazakh, 0.6));
      // Tatar, Bashkir, Kyrgyz and Mongolian have no і; Ukrainian and Belarusian have no ң ө ү.
      if (TURKIC_LOOK_ALIKES.has(top.language) && flags & DOTTED_I) return single('kk', Math.max(kazakh, 0.6));
      if (!anyKazakhLetter && !(flags & TURKIC_COMMON) && looksRussian(top.language, flags)) {
        return single('ru', Math.max(russian, 0.6));
      }
      // In this region a Cyrillic post the model finds odd is still most often Russian or
      // Kazakh: names, abbreviations and numbers confuse it.
      if (russian + kazakh > top.probability) {
        return kazakh > russian ? single('kk', kazakh) : single('ru', russian);
      }
    }
    return single('other', top.probability);
  }

  #identifyLatin(normalised: string, counts: WordCounts): LanguageResult {
    const flags = letterFlags(normalised);
    const guesses = this.#model.predict(normalised, 3);
    const top = guesses[0] ?? { language: 'other', probability: 0 };
    const kazakhLetters = (flags & KAZAKH_LATIN_UNIQUE) !== 0;
    const uzbek = (flags & UZBEK_LATIN) !== 0 && !kazakhLetters;

    // fastText never saw Kazakh Latin, but it knows Kazakh: read back into Cyrillic, a Kazakh
    // Latin post looks Kazakh to it, and Uzbek, Turkish or English do not.
    const plainI = normalised.includes('ı') ? 'и' : 'і';
    const asCyrillic = this.#model.predict(kazakhLatinToCyrillic(normalised, { plainI }), 3);
    const kazakh = probabilityOf(asCyrillic, 'kk');
    const english = top.language === 'en' && top.probability >= 0.5;
    // A "q" not followed by "u" is rare in English and common in Kazakh and Uzbek Latin.
    const bareQ = BARE_Q.test(normalised);
    const words = counts.kazakhLatin;

    const isKazakh =
      (kazakhLetters && (words > 0 || kazakh >= 0.2)) ||
      (words > 0 && (kazakh >= 0.2 || bareQ)) ||
      (words >= 2 && words >= counts.words * 0.1) ||
      (!english && kazakh >= 0.5) ||
      (!english && bareQ && kazakh >= 0.3);
    if (isKazakh && !uzbek && counts.uzbekLatin <= words) return single('kk-latn', Math.max(kazakh, 0.6));
    if (top.language === 'en') return single('en', top.probability);
    return single('other', top.probability);
  }

  // Kazakh posts switch to Russian by the sentence or clause ("әкімдік жолды жөндеді, но пробки
  // остались"). When both languages show, each clause is given to one of them and the words
  // are counted.
  #mixedShares(text: AnalysisText, counts: WordCounts, russian: number, kazakh: number): LanguageResult | null {
    const bothWordLists = counts.kazakh >= 2 && counts.russian >= 2;
    const bothInModel = Math.min(russian, kazakh) >= 0.15;
    if (!bothWordLists && !bothInModel) return null;

    let kazakhWords = 0;
    let russianWords = 0;
    let pending = 0;
    let previous: 'kk' | 'ru' | null = null;

    for (const clause of text.normalised.split(SENTENCE_BREAK)) {
      const clauseCounts = countWordsOf(clause);
      if (clauseCounts.words === 0) continue;

      let label: 'kk' | 'ru' | null = null;
      const flags = letterFlags(clause);
      if (clauseCounts.kazakh > clauseCounts.russian) label = 'kk';
      else if (clauseCounts.russian > clauseCounts.kazakh) label = 'ru';
      else if (flags & KAZAKH_WORD_LETTERS) label = 'kk';
      else if (clauseCounts.words >= 3) label = this.#russianOrKazakh(clause);
      label ??= previous;

      if (label === null) {
        pending += clauseCounts.words;
        continue;
      }
      if (label === 'kk') kazakhWords += clauseCounts.words + pending;
      else russianWords += clauseCounts.words + pending;
      pending = 0;
      previous = label;
    }

    const total = kazakhWords + russianWords;
    if (total === 0) return null;
    const kazakhShare = kazakhWords / total;
    if (Math.min(kazakhShare, 1 - kazakhShare) < MIXED_MINIMUM_SHARE) {
      return kazakhShare > 0.5 ? single('kk', Math.max(kazakh, 0.5)) : single('ru', Math.max(russian, 0.5));
    }
    return {
      code: 'mixed',
      shares: { kk: round(kazakhShare), ru: round(1 - kazakhShare) },
      confidence: round(Math.min(1, russian + kazakh)),
    };
  }

  #russianOrKazakh(clause: string): 'kk' | 'ru' | null {
    const guesses = this.#model.predict(clause, 5);
    const russian = probabilityOf(guesses, 'ru');
    const kazakh = probabilityOf(guesses, 'kk');
    if (russian === 0 && kazakh === 0) return null;
    return kazakh > russian ? 'kk' : 'ru';
  }
}

// Most posts need no model call: a Russian post full of Russian function words and without a
// letter Russian lacks, or a Kazakh one with қ or ұ and no Russian words, is what it looks like.
function certainCyrillic(flags: number, counts: WordCounts): LanguageResult | null {
  // A few Latin words (brand names, "BBC", "iPhone") do not make a post less Russian.
  if (counts.words < 4 || counts.latin > counts.words * 0.2) return null;
  const otherLetters = KAZAKH_UNIQUE | KAZAKH_TURKIC | DOTTED_I | TURKIC_COMMON | FOREIGN_CYRILLIC;

  if (!(flags & otherLetters) && flags & RUSSIAN_MARK && counts.kazakh === 0) {
    if (counts.russian >= 2 && counts.russian >= counts.words * 0.1) return single('ru', 0.97);
  }
  if (flags & KAZAKH_UNIQUE && !(flags & FOREIGN_CYRILLIC) && counts.russian === 0) {
    if (counts.kazakh >= counts.words * 0.3) return single('kk', 0.97);
  }
  return null;
}

// қ or ұ, or і together with a letter Ukrainian and Belarusian lack: only Kazakh has both.
function hasKazakhLetters(flags: number): boolean {
  if (flags & KAZAKH_UNIQUE) return true;
  return (flags & DOTTED_I) !== 0 && (flags & (KAZAKH_TURKIC | TURKIC_COMMON)) !== 0;
}

function looksRussian(language: string, flags: number): boolean {
  if (SLAVIC_WITHOUT_YERY.has(language)) return (flags & RUSSIAN_MARK) !== 0;
  if (language === 'be') return (flags & NOT_BELARUSIAN) !== 0;
  return false;
}

// A source's declared language settles what a word or two cannot, and nothing else: feeds
// often declare one language for everything they publish.
function preferDeclared(result: LanguageResult, declared: string | null | undefined, counts: WordCounts): LanguageResult {
  if (!declared || result.code === 'mixed') return result;
  if (result.confidence >= 0.5 && counts.words > 2) return result;
  const code = declared.toLowerCase().slice(0, 2);
  const latin = counts.latin > counts.cyrillic;
  if (code === 'en' && latin) return single('en', 0.5);
  if ((code === 'ru' || code === 'kk') && !latin) return single(code, 0.5);
  return result;
}

function countWords(words: readonly WordInfo[]): WordCounts {
  let cyrillic = 0;
  let latin = 0;
  let kazakh = 0;
  let russian = 0;
  let kazakhLatin = 0;
  let uzbekLatin = 0;
  for (const word of words) {
    if (word.script === 'cyrillic') cyrillic++;
    else if (word.script === 'latin') latin++;
    switch (word.lexicon) {
      case 'ru': russian++; break;
      case 'kk': kazakh++; break;
      case 'kk-latn': kazakhLatin++; break;
      case 'uz': uzbekLatin++; break;
    }
  }
  return { words: words.length, cyrillic, latin, kazakh, russian, kazakhLatin, uzbekLatin };
}

const CLAUSE_WORD = /[\p{L}\p{M}]+(?:[-'’][\p{L}\p{M}]+)*/gu;

function countWordsOf(clause: string): WordCounts {
  let words = 0;
  let kazakh = 0;
  let russian = 0;
  for (const match of clause.matchAll(CLAUSE_WORD)) {
    const word = match[0];
    words++;
    if (RUSSIAN_FUNCTION_WORDS.has(word)) russian++;
    else if (KAZAKH_FUNCTION_WORDS.has(word) || letterFlags(word) & KAZAKH_WORD_LETTERS) kazakh++;
  }
  return { words, cyrillic: words, latin: 0, kazakh, russian, kazakhLatin: 0, uzbekLatin: 0 };
}

function probabilityOf(guesses: readonly LanguageGuess[], language: string): number {
  for (const guess of guesses) if (guess.language === language) return guess.probability;
  return 0;
}

function single(code: SingleLanguage, confidence: number): LanguageResult {
  return { code, shares: { [code]: 1 }, confidence: round(Math.min(1, Math.max(0, confidence))) };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
