/**
 * The language of a post: Russian, Kazakh in Cyrillic, Kazakh in Latin, English, a mix of
 * Kazakh and Russian (with the share of each), or other. fastText gives the first guess; letter
 * and word rules correct what it gets wrong on this region's text, and decide alone where they
 * are certain, which also saves the model call on most Russian and Kazakh posts.
 */
import type { LanguageCode, LanguageResult, LanguageSegment } from '../analysis.js';
import { originalSpan, type AnalysisText } from '../analysis-text.js';
import type { WordInfo } from '../word-info.js';
import { kazakhLatinToCyrillic } from '../../text/transliterate-kazakh.js';
import type { Cld2Answer, Cld2LanguageModel } from './cld2-language-model.js';
import type { FastTextLanguageModel, LanguageGuess } from './fasttext-language-model.js';
import { VOTE_LANGUAGES, type LanguageVote, type VoteAnswer, type VoteEvidence } from './language-vote.js';
import { RUSSIAN_WORDS_OF_NEIGHBOURS } from './function-words.js';
import { bashkirTatarWords } from './bashkir-or-tatar.js';
import { kazakhOnRussianKeyboard } from './kazakh-on-russian-keyboard.js';
import { lookAlikeOfLetters } from './look-alike-letters.js';
import { hasLongVowelWord, longVowelWords } from './long-vowel-words.js';
import { hasMongolianCaseAfterHyphen } from './mongolian-case-after-hyphen.js';
import { splitSegments, splitSentences, type TextSegment } from './text-segments.js';
import { hasLowerCaseWordWith, holdsKazakhClause } from './kazakh-clause.js';
import { withoutAddresses } from './without-addresses.js';
import {
  DOTTED_I, FOREIGN_CYRILLIC, KAZAKH_LATIN_UNIQUE, KAZAKH_TURKIC, KAZAKH_UNIQUE, NOT_BELARUSIAN,
  RUSSIAN_MARK, TURKIC_COMMON, UZBEK_LATIN, letterFlags,
} from './letter-evidence.js';

type SingleLanguage = Exclude<LanguageCode, 'mixed'>;

// LIMITATION: a switch to English inside a clause ("акимат обещал, but nothing happened" is
// fine, "акимат обещал but nothing happened" is one clause) is not seen, nor a Russian–Kazakh
// one with fewer than two listed words or Kazakh-lettered words on a side; word-level language
// tagging would lift this.

/** Below this share of the words, the second language of a Kazakh–Russian post is incidental. */
const MIXED_MINIMUM_SHARE = 0.2;
/** The end of a sentence with another after it. */
const SENTENCE_BREAK = /[.!?…]\s+\S/u;
/** Cyrillic languages without ы and э that fastText may name for unusual Russian text. */
const SLAVIC_WITHOUT_YERY = new Set(['uk', 'bg', 'mk', 'sr']);
/** Turkic and Mongolian languages fastText may name for short Kazakh text. */
const TURKIC_LOOK_ALIKES = new Set(['ky', 'tt', 'ba', 'mn', 'uz', 'tg', 'cv', 'sah']);
/** Cyrillic languages CLD2 tells from Russian and Kazakh better than fastText. */
const CYRILLIC_LOOK_ALIKES = new Set(['ky', 'tt', 'ba', 'mn', 'uk', 'be', 'bg', 'mk', 'sr', 'tg', 'uz']);
/** Of those, the ones without і: a Kazakh text nearly always has it. */
const WITHOUT_DOTTED_I = new Set(['ky', 'tt', 'ba', 'mn', 'bg', 'mk', 'sr', 'tg', 'uz']);
/** A word with one of these letters is a Kazakh word, once foreign alphabets are ruled out. */
const KAZAKH_WORD_LETTERS = KAZAKH_UNIQUE | KAZAKH_TURKIC | DOTTED_I | TURKIC_COMMON;
const BARE_Q = /q(?!u)/;
const LATIN_CH_WORD = /(?<![\p{L}\p{M}])\p{Script=Latin}*ch/giu;
/**
 * Latin words with y after a consonant and before no vowel ("boldy", "jyly", "qalasy"): Kazakh
 * Latin writes ы so, Uzbek's y is a consonant beside a vowel ("yil", "qiyin", "siyosiy").
 */
/**
 * Latin words whose last syllable has i after a syllable with a, o or u ("kuni", "borasidagi",
 * "Jonsonning"): Uzbek's suffixes -i, -ni, -dagi, -ning follow any stem, Kazakh's vowel harmony
 * writes a back stem's suffix with y ("kuni" is Kazakh "künı", "qalasy", "jolynyñ").
 */
const LATIN_UZBEK_ENDING_WORD =
  /(?<![\p{L}\p{M}])\p{Script=Latin}*?[aou][^\P{L}aeiouyäöüıū]+i(?:ng|[^\P{L}aeiouyäöüıū])*(?![\p{L}\p{M}])/giu;
const LATIN_VOWEL_Y_WORD = /(?<![\p{L}\p{M}])\p{Script=Latin}*?[bcdfghjklmnpqrstvwxzğñş]y(?![aeiouyäöüıū])/giu;
/** fastText's answers CLD2 does not overrule. */
const SURE_LANGUAGES = new Set(['ru', 'kk']);
/** Below this many words a clause takes its neighbour's language unless its words say otherwise. */
const CLAUSE_MODEL_MINIMUM = 3;
/** fastText's guesses the vote looks at. */
const VOTE_GUESSES = 10;
const VOTED = new Set<string>(VOTE_LANGUAGES);
const NO_CLD2_ANSWER: Cld2Answer = { reliable: false, languages: [] };
/**
 * How sure the vote must be to name a language for a text both detectors placed outside its
 * languages (Serbian, Bulgarian) but whose letters say otherwise.
 */
const OUTSIDE_VOTE_MINIMUM = 0.5;
/** How sure the vote must be of a language outside a mix to take the text for that language. */
const MIXED_OVERRULED_PROBABILITY = 0.9;

/** What the models said while the rules decided one text, for the vote to weigh. */
interface ModelAnswers {
  fastText: LanguageGuess[] | null;
  cld2: Cld2Answer | null;
  kazakhFromLatin: number;
  /** CLD2's share of Uzbek in a Latin text read back into Cyrillic, when it names Uzbek for both. */
  uzbekFromLatin: number;
  /** The text is one clause of a mixed text, identified as one language: not split again. */
  clause?: boolean;
}

interface WordCounts {
  readonly words: number;
  readonly cyrillic: number;
  readonly latin: number;
  readonly kazakh: number;
  readonly russian: number;
  /**
   * Of the Russian words, those a Turkic or Mongolian neighbour writes alike ("был", "их") and
   * one-letter ones written as initials ("С.Батбаяр").
   */
  readonly russianShared: number;
  readonly kazakhLatin: number;
  readonly uzbekLatin: number;
  readonly ukrainian: number;
  readonly mongolian: number;
  /** Words with a letter only Kazakh Latin has (ä ñ ū). */
  readonly kazakhLatinLetterWords: number;
}

export class LanguageIdentifier {
  readonly #model: FastTextLanguageModel;
  readonly #second: Cld2LanguageModel | null;
  readonly #vote: LanguageVote | null;

  /**
   * `second`: CLD2, asked where fastText may have taken a neighbouring language for ours.
   * `vote`: weighs fastText's, CLD2's and the rules' answers where the rules are not certain.
   */
  constructor(model: FastTextLanguageModel, second: Cld2LanguageModel | null = null, vote: LanguageVote | null = null) {
    this.#model = model;
    this.#second = second;
    this.#vote = vote;
  }

  /** The language of one prepared text; `declared` (a feed's or platform's tag) breaks ties. */
  identify(input: AnalysisText, declared?: string | null): LanguageResult {
    const text = withoutAddresses(input);
    const counts = countWords(text, 0, text.words.length);
    if (counts.words === 0) return single('other', 0);

    // English or Kazakh Latin sentences beside Russian or Kazakh ones.
    if (Math.min(counts.latin, counts.cyrillic) >= Math.max(2, counts.words * MIXED_MINIMUM_SHARE)) {
      const mixed = this.#mixed(text, counts);
      if (mixed && hasLatinLanguage(mixed)) return mixed;
      // A Ukrainian or Kyrgyz sentence naming CBS, Revlon and Dr. PawPaw has Latin words but no
      // Latin clause in a language, and the clauses could only go to Russian or Kazakh: the
      // detectors, given the whole text, name its language.
      if (mixed) {
        const single = this.#identifySingle(text, counts);
        return preferDeclared(single.code === 'other' ? single : mixed, declared, counts);
      }
    }
    const result = this.#identifySingle(text, counts);
    return preferDeclared(result, declared, counts);
  }

  /**
   * The language of each sentence of `text`, with offsets into the text as written. A sentence
   * that switches language at a comma is itself `mixed`.
   */
  identifySentences(input: AnalysisText): (LanguageResult & { start: number; end: number })[] {
    const text = withoutAddresses(input);
    return splitSentences(text).map((sentence) => {
      const part = partOf(text, sentence.first, sentence.last);
      const { start, end } = spanOf(text, sentence.first, sentence.last);
      return { ...this.identify(part), start, end };
    });
  }

  /**
   * What the detectors and the rules said about a one-language text, as the vote sees it; null
   * when the rules were certain without a model, or found the text mixed. For fitting the vote.
   */
  evidenceOf(input: AnalysisText): VoteEvidence | null {
    const text = withoutAddresses(input);
    const counts = countWords(text, 0, text.words.length);
    if (counts.words === 0) return null;
    const answers: ModelAnswers = { fastText: null, cld2: null, kazakhFromLatin: 0, uzbekFromLatin: 0 };
    const rule = this.#identifyByRules(text, counts, answers);
    if (rule.code === 'mixed' || answers.fastText === null) return null;
    return this.#evidence(text, counts, rule, answers);
  }

  #identifySingle(text: AnalysisText, counts: WordCounts, clause = false): LanguageResult {
    const result = this.#identifyOne(text, counts, clause);
    if (result.detected !== 'ky' || !kazakhOnRussianKeyboard(text.normalised)) return result;
    return single('kk', 0.6);
  }

  #identifyOne(text: AnalysisText, counts: WordCounts, clause: boolean): LanguageResult {
    const answers: ModelAnswers = { fastText: null, cld2: null, kazakhFromLatin: 0, uzbekFromLatin: 0, clause };
    const rule = this.#identifyByRules(text, counts, answers);
    if (answers.fastText === null || this.#vote === null) return rule;

    const evidence = this.#evidence(text, counts, rule, answers);
    // The vote knows only the languages it was fitted on; a text none of the detectors places
    // among them (German, Turkish, Serbian ...) keeps the rules' answer, unless it lacks the
    // letters of that answer.
    const topCld2 = evidence.cld2.languages[0]?.language ?? '';
    const topFastText = evidence.fastText[0]?.language ?? '';
    const outside = !VOTED.has(evidence.rule) && !VOTED.has(topCld2) && !VOTED.has(topFastText);
    const cyrillic = counts.cyrillic > counts.latin;
    if (outside && !(cyrillic && lacksOwnLetters(evidence.rule, text.normalised, evidence.letters))) return rule;
    const vote = this.#vote.decide(evidence);
    const { probability } = vote;
    const language = overruledByLetters(vote, text, evidence.letters, counts, evidence.cld2);
    if (outside && probability < OUTSIDE_VOTE_MINIMUM) {
      // Neither detector's answer fits the text's letters and the vote is unsure: in this
      // region such a text ("за маму", "да ладно") is most often Russian or Kazakh.
      const code = counts.kazakh > counts.russian ? 'kk' : 'ru';
      return single(code, Math.max(probabilityOf(evidence.fastText, code), 0.5));
    }
    if (rule.code === 'mixed') {
      // A Belarusian or Bashkir sentence with Russian-looking words is not a Russian–Kazakh
      // mix: the vote, sure of a language the mix does not hold, overrules it.
      const inMix = language in rule.shares;
      if (!inMix && neighbourOfMix(vote, evidence)) return otherLanguage(language, probability);
      if (inMix || probability < MIXED_OVERRULED_PROBABILITY) return rule;
    }
    if (language === 'ru' || language === 'kk' || language === 'kk-latn' || language === 'en') {
      return single(language, probability);
    }
    return otherLanguage(language, probability);
  }

  #identifyByRules(text: AnalysisText, counts: WordCounts, answers: ModelAnswers): LanguageResult {
    return counts.latin > counts.cyrillic
      ? this.#identifyLatin(text.normalised, counts, answers)
      : this.#identifyCyrillic(text, counts, answers);
  }

  #evidence(text: AnalysisText, counts: WordCounts, rule: LanguageResult, answers: ModelAnswers): VoteEvidence {
    answers.cld2 ??= this.#second?.detectAll(detectorForm(text)) ?? NO_CLD2_ANSWER;
    const latin = counts.latin > counts.cyrillic;
    return {
      fastText: answers.fastText ?? [],
      cld2: answers.cld2,
      rule: ruleLanguage(rule),
      kazakhFromLatin: answers.kazakhFromLatin,
      uzbekFromLatin: answers.uzbekFromLatin,
      letters: letterFlags(text.normalised),
      words: counts.words,
      latinWords: counts.latin,
      russianWords: counts.russian,
      kazakhWords: counts.kazakh,
      kazakhLatinWords: counts.kazakhLatin,
      uzbekWords: counts.uzbekLatin,
      ukrainianWords: counts.ukrainian,
      mongolianWords: counts.mongolian,
      chWords: latin ? text.normalised.match(LATIN_CH_WORD)?.length ?? 0 : 0,
      vowelYWords: latin ? text.normalised.match(LATIN_VOWEL_Y_WORD)?.length ?? 0 : 0,
      uzbekEndingWords: latin ? text.normalised.match(LATIN_UZBEK_ENDING_WORD)?.length ?? 0 : 0,
    };
  }

  #identifyCyrillic(text: AnalysisText, counts: WordCounts, answers: ModelAnswers): LanguageResult {
    const flags = letterFlags(text.normalised);
    const certain = certainCyrillic(flags, counts, text.normalised);
    if (certain) return certain;

    const detectable = detectorForm(text);
    const guesses = this.#model.predict(detectable, VOTE_GUESSES);
    answers.fastText = guesses;
    const top = guesses[0] ?? { language: 'other', probability: 0 };
    const russian = probabilityOf(guesses, 'ru');
    const kazakh = probabilityOf(guesses, 'kk');
    const foreign = (flags & FOREIGN_CYRILLIC) !== 0;
    const kazakhLetters = hasKazakhLetters(flags);
    const anyKazakhLetter = (flags & (KAZAKH_UNIQUE | KAZAKH_TURKIC | DOTTED_I)) !== 0;
    const other = (confidence: number): LanguageResult =>
      otherLanguage(lookAlikeOfLetters(text.normalised) ?? lookAlikeOfModel(guesses, 'ky'), confidence);

    if (!foreign && (top.language === 'ru' || top.language === 'kk' || kazakhLetters)) {
      const bothWordLists = counts.kazakh >= 2 && counts.russian >= 2;
      const bothInModel = Math.min(russian, kazakh) >= 0.15;
      const mixed = (bothWordLists || bothInModel) && !answers.clause ? this.#mixed(text, counts) : null;
      if (mixed) return mixed;
      // A Kazakh sentence, then a Russian one with few Russian function words ("Орбита-1 де
      // ыстық су қашан береді? Уже неделю моемся холодной"): the model reads the whole as
      // Russian, and the Kazakh clause's words were never looked at as Kazakh. Only a reading
      // as Russian of a text with Kazakh letters is split so: a Kazakh post typed without its
      // letters and with one Russian word ("терезе тоже") gave its Kazakh clauses to Russian.
      const readAsRussian = top.language === 'ru' && counts.russian >= 1 && anyKazakhLetter;
      if (readAsRussian && !answers.clause && SENTENCE_BREAK.test(text.normalised) && holdsKazakhClause(text)) {
        const clauses = this.#mixed(text, counts);
        if (clauses?.code === 'mixed') return clauses;
      }
    }

    // CLD2 knows the neighbouring Cyrillic languages better; Kazakh's і and қ ұ overrule it.
    answers.cld2 = this.#second?.detectAll(detectable) ?? NO_CLD2_ANSWER;
    const second = reliableBest(answers.cld2);
    const neighbour = second !== null && CYRILLIC_LOOK_ALIKES.has(second.language) ? second.language : null;
    if (neighbour !== null && !(flags & KAZAKH_UNIQUE)) {
      const withoutI = WITHOUT_DOTTED_I.has(neighbour);
      const topIsNeighbour = !SURE_LANGUAGES.has(top.language) && top.language !== 'en';
      if (topIsNeighbour || (top.language === 'kk' && withoutI && !(flags & DOTTED_I))) {
        return otherLanguage(neighbour, second!.probability);
      }
      if (top.language === 'ru' && overrulesRussian(neighbour, flags, russian)) {
        return otherLanguage(neighbour, second!.probability);
      }
    }
    if (!foreign && second !== null && (second.language === 'kk' || second.language === 'ru') && !SURE_LANGUAGES.has(top.language)) {
      return single(second.language, second.probability);
    }

    if (top.language === 'ru') {
      // Kyrgyz and Mongolian without their few own words read as Russian to the model, but
      // Russian has no ң ө ү; one such word is a place name (на Көктөбе), many are a language.
      if (flags & TURKIC_COMMON && !anyKazakhLetter && counts.kazakh >= counts.words * 0.2) {
        return other(1 - russian);
      }
      return single('ru', russian);
    }
    if (top.language === 'kk') {
      if (foreign) return other(1 - kazakh);
      // Kyrgyz has ң ө ү but none of қ ұ ә ғ һ і; a Kazakh sentence without any is rare.
      if (counts.words >= 5 && flags & TURKIC_COMMON && !anyKazakhLetter) return other(1 - kazakh);
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
    return otherLanguage(lookAlikeOfLetters(text.normalised) ?? top.language, top.probability);
  }

  #identifyLatin(normalised: string, counts: WordCounts, answers?: ModelAnswers): LanguageResult {
    const flags = letterFlags(normalised);
    const guesses = this.#model.predict(normalised, VOTE_GUESSES);
    const top = guesses[0] ?? { language: 'other', probability: 0 };
    const kazakhLetters = (flags & KAZAKH_LATIN_UNIQUE) !== 0;
    const uzbek = (flags & UZBEK_LATIN) !== 0 && !kazakhLetters;

    // fastText never saw Kazakh Latin, but it knows Kazakh: read back into Cyrillic, a Kazakh
    // Latin post looks Kazakh to it, and Uzbek, Turkish or English do not.
    const plainI = normalised.includes('ı') ? 'и' : 'і';
    const cyrillicReading = kazakhLatinToCyrillic(normalised, { plainI });
    const asCyrillic = this.#model.predict(cyrillicReading, 3);
    const kazakh = probabilityOf(asCyrillic, 'kk');
    if (answers) {
      answers.fastText = guesses;
      answers.kazakhFromLatin = kazakh;
    }
    const english = top.language === 'en' && top.probability >= 0.5;
    // A "q" not followed by "u" is rare in English and common in Kazakh and Uzbek Latin.
    const bareQ = BARE_Q.test(normalised);
    const words = counts.kazakhLatin;

    // One Kazakh word in an English sentence ("ate bäursak with friends") is a loanword.
    const loanword = english && words === 0 && counts.kazakhLatinLetterWords < counts.words * 0.2;
    const isKazakh =
      (kazakhLetters && !loanword && (words > 0 || kazakh >= 0.2)) ||
      (words > 0 && (kazakh >= 0.2 || bareQ)) ||
      (words >= 2 && words >= counts.words * 0.1) ||
      (!english && kazakh >= 0.5) ||
      (!english && bareQ && kazakh >= 0.3);
    const cld2 = this.#second?.detectAll(normalised) ?? NO_CLD2_ANSWER;
    if (answers) answers.cld2 = cld2;
    const second = reliableBest(cld2);
    const uzbekWords = counts.uzbekLatin > words;
    const uzbekReading = second?.language === 'uz' && !kazakhLetters ? this.#uzbekInCyrillic(cyrillicReading) : 0;
    if (answers) answers.uzbekFromLatin = uzbekReading;
    if (isKazakh && !uzbek && !uzbekWords && uzbekReading === 0) return single('kk-latn', Math.max(kazakh, 0.6));
    // CLD2 also takes Kazakh Latin typed without diacritics for Uzbek; Uzbek's own ʻ and x, its
    // words or the text read back into Cyrillic must agree.
    if (second?.language === 'uz' && !kazakhLetters && (flags & UZBEK_LATIN || counts.uzbekLatin > 0 || uzbekReading > 0)) {
      return otherLanguage('uz', second.probability);
    }
    if (top.language === 'en') return single('en', top.probability);
    return otherLanguage(uzbek || uzbekWords ? 'uz' : top.language, top.probability);
  }

  /**
   * CLD2's share of Uzbek in a Latin text read back into Kazakh Cyrillic, or 0 when Uzbek is not
   * its answer. CLD2 knows Kazakh and Uzbek Cyrillic apart far better than the two Latin
   * alphabets: Kazakh Latin typed without diacritics reads as Uzbek to it in Latin (11 % of the
   * NTREX dev sentences), almost never in Cyrillic, where Uzbek ("boshqa", "qarshi", "kelmagan")
   * still reads as Uzbek.
   */
  #uzbekInCyrillic(reading: string): number {
    const answer = this.#second?.detectAll(reading) ?? NO_CLD2_ANSWER;
    const best = reliableBest(answer);
    return best?.language === 'uz' ? best.probability : 0;
  }

  // Posts switch language by the sentence or clause ("әкімдік жолды жөндеді, но пробки
  // остались"; "Traffic is terrible. Опять пробки"). Each clause is given to one language, by
  // its words and letters or by the model, and the words in each are counted.
  #mixed(text: AnalysisText, counts: WordCounts): LanguageResult | null {
    const labels: (SingleLanguage | null)[] = [];
    const segments = splitSegments(text).flatMap((segment) => splitAtLanguageSwitch(text, segment));
    for (const segment of segments) labels.push(this.#segmentLanguage(text, segment));
    fillFromNeighbours(labels);

    const wordsBy = new Map<SingleLanguage, number>();
    segments.forEach((segment, index) => {
      const code = labels[index] ?? 'other';
      wordsBy.set(code, (wordsBy.get(code) ?? 0) + segment.last - segment.first);
    });
    const ranked = [...wordsBy].sort((left, right) => right[1] - left[1]);
    const [first, second] = ranked;
    if (!first) return null;
    if (!second || second[1] / counts.words < MIXED_MINIMUM_SHARE) {
      if (counts.latin > 0 && counts.cyrillic > 0 && !second) return null;
      return first[0] === 'other' ? null : single(first[0], 0.5 + 0.5 * (first[1] / counts.words));
    }

    const shares: Partial<Record<SingleLanguage, number>> = {};
    let given = 0;
    ranked.forEach(([code, words], index) => {
      // The shares are rounded and still sum to 1: the last one takes what rounding left.
      const share = index === ranked.length - 1 ? round(1 - given) : round(words / counts.words);
      shares[code] = share;
      given += share;
    });
    return {
      code: 'mixed',
      shares,
      confidence: round(1 - (labels.filter((label) => label === null).length / labels.length)),
      segments: mergeSegments(text, segments, labels),
    };
  }

  #segmentLanguage(text: AnalysisText, segment: TextSegment): SingleLanguage | null {
    const counts = countWords(text, segment.first, segment.last);
    if (counts.latin > counts.cyrillic) {
      if (counts.kazakhLatin > 0) return 'kk-latn';
      // Names and brands ("CBS, ABC и Fox News") are not English: a clause in a language has
      // words in lower case.
      if (lowerCaseWords(text, segment) < 2) return null;
      const code = this.#identifyLatin(partOf(text, segment.first, segment.last).normalised, counts).code;
      return code === 'mixed' ? null : code;
    }
    if (counts.kazakh > counts.russian) return 'kk';
    if (counts.russian > counts.kazakh) return 'ru';
    const flags = letterFlags(partOf(text, segment.first, segment.last).normalised);
    if (flags & KAZAKH_WORD_LETTERS && !(flags & FOREIGN_CYRILLIC)) return 'kk';
    if (counts.words < CLAUSE_MODEL_MINIMUM) return null;
    // A clause with neither language's letters nor its listed words ("балалар мектепке жаяу
    // барады") is weighed as a whole text is, by both detectors and the vote: fastText alone
    // took such Kazakh clauses for Russian and made a Kazakh post half Russian.
    const clause = partOf(text, segment.first, segment.last);
    const voted = this.#identifySingle(clause, counts, true).code;
    return voted === 'kk' || voted === 'ru' ? voted : this.#russianOrKazakh(clause.normalised);
  }

  #russianOrKazakh(clause: string): 'kk' | 'ru' | null {
    const guesses = this.#model.predict(clause, 5);
    const russian = probabilityOf(guesses, 'ru');
    const kazakh = probabilityOf(guesses, 'kk');
    if (russian === 0 && kazakh === 0) return null;
    return kazakh > russian ? 'kk' : 'ru';
  }
}

/** Words of each language a clause needs on its side of a switch to be split there. */
const SWITCH_MINIMUM_WORDS = 2;

/**
 * A clause typed or dictated without punctuation that switches once from Russian to Kazakh or
 * back ("пробка на 2 часа была ал әкімдік ештеңе істемейді"), told by the words of each
 * language's list and Kazakh letters, as two clauses split before the first word of the
 * second language. A clause whose marked words alternate stays whole.
 */
function splitAtLanguageSwitch(text: AnalysisText, segment: TextSegment): TextSegment[] {
  const marks: { index: number; code: 'ru' | 'kk' }[] = [];
  for (let index = segment.first; index < segment.last; index++) {
    const code = wordLanguage(text.words[index] as WordInfo);
    if (code !== null) marks.push({ index, code });
  }
  const switches = marks.filter((mark, at) => at > 0 && mark.code !== marks[at - 1]!.code);
  if (switches.length !== 1) return [segment];
  const second = marks.indexOf(switches[0]!);
  if (second < SWITCH_MINIMUM_WORDS || marks.length - second < SWITCH_MINIMUM_WORDS) return [segment];
  const at = switches[0]!.index;
  return [
    { first: segment.first, last: at, sentenceEnd: false },
    { first: at, last: segment.last, sentenceEnd: segment.sentenceEnd },
  ];
}

function wordLanguage(word: WordInfo): 'ru' | 'kk' | null {
  if (word.lexicon === 'ru') return 'ru';
  if (word.lexicon === 'kk') return 'kk';
  if (word.script === 'cyrillic' && word.letters & KAZAKH_WORD_LETTERS && !(word.letters & FOREIGN_CYRILLIC)) return 'kk';
  return null;
}

// Cyrillic words beside Latin names ("The Guiyang Evening News бағдарламасының") do not make
// the names English.
const LOWER_CASE_WORD = /(?<![\p{L}\p{M}])(?=\p{Script=Latin})\p{Ll}/gu;

/** How many Latin words of a segment begin with a lower-case letter as written. */
function lowerCaseWords(text: AnalysisText, segment: TextSegment): number {
  const { start, end } = spanOf(text, segment.first, segment.last);
  return text.original.slice(start, end).match(LOWER_CASE_WORD)?.length ?? 0;
}

/** A clause too short to tell takes the language of the clause before it, or else after it. */
function fillFromNeighbours(labels: (SingleLanguage | null)[]): void {
  let previous: SingleLanguage | null = null;
  for (let index = 0; index < labels.length; index++) {
    if (labels[index] === null) labels[index] = previous;
    else previous = labels[index] as SingleLanguage;
  }
  let next: SingleLanguage | null = null;
  for (let index = labels.length - 1; index >= 0; index--) {
    if (labels[index] === null) labels[index] = next;
    else next = labels[index] as SingleLanguage;
  }
}

function mergeSegments(
  text: AnalysisText, segments: readonly TextSegment[], labels: readonly (SingleLanguage | null)[],
): LanguageSegment[] {
  const merged: LanguageSegment[] = [];
  let first = 0;
  for (let index = 1; index <= segments.length; index++) {
    if (index < segments.length && labels[index] === labels[first]) continue;
    const from = (segments[first] as TextSegment).first;
    const to = (segments[index - 1] as TextSegment).last;
    merged.push({ code: labels[first] ?? 'other', ...spanOf(text, from, to), words: to - from });
    first = index;
  }
  return merged;
}

/**
 * Tokens `[first, last)` of `text` as a text of their own, for identifying one clause or
 * sentence. Its tokens keep their offsets into the whole text's normalised form.
 */
function partOf(text: AnalysisText, first: number, last: number): AnalysisText {
  const start = (text.tokens[first] as { start: number }).start;
  const end = (text.tokens[last - 1] as { end: number }).end;
  return {
    original: text.original,
    normalised: text.normalised.slice(start, end),
    origin: null,
    tokens: text.tokens.slice(first, last),
    words: text.words.slice(first, last),
  };
}

function spanOf(text: AnalysisText, first: number, last: number): { start: number; end: number } {
  const start = (text.tokens[first] as { start: number }).start;
  const end = (text.tokens[last - 1] as { end: number }).end;
  return originalSpan(text, start, end);
}

const SMALL_IE = 'е';
const IO = /[ёЁ]/;

/**
 * The normalised text with the ё that normalisation folded to е put back: matching wants
 * "Алёна" to be "Алена", but ё is a letter the detectors know Belarusian ("Ён вольны") and
 * Russian by. A clause or sentence cut from a post keeps no map to its letters and stays folded.
 */
function detectorForm(text: AnalysisText): string {
  const { normalised, original, origin } = text;
  if (origin === null || origin.length !== normalised.length + 1 || !IO.test(original)) return normalised;
  let restored = '';
  let copied = 0;
  for (let index = normalised.indexOf(SMALL_IE); index >= 0; index = normalised.indexOf(SMALL_IE, index + 1)) {
    if (!IO.test(original[origin[index] as number] ?? '')) continue;
    restored += normalised.slice(copied, index) + 'ё';
    copied = index + 1;
  }
  return copied === 0 ? normalised : restored + normalised.slice(copied);
}

const SERBIAN_MACEDONIAN_LETTERS = /[јљњђћџѓќѕ]/;

/**
 * Whether a Cyrillic `text` lacks the letters a South Slavic `language` would show: two Russian words
 * ("спасибо большое") often read as Serbian, Macedonian or Bulgarian to both detectors, but a
 * Serbian or Macedonian text of any length nearly always has ј, љ or њ, and Bulgarian has no ы
 * or э.
 */
function lacksOwnLetters(language: string, text: string, letters: number): boolean {
  if (language === 'sr' || language === 'mk') return !SERBIAN_MACEDONIAN_LETTERS.test(text);
  if (language === 'bg') return (letters & RUSSIAN_MARK) !== 0;
  return false;
}

/** Letters no Russian word has. */
const NOT_RUSSIAN_LETTERS = KAZAKH_UNIQUE | KAZAKH_TURKIC | TURKIC_COMMON | DOTTED_I | FOREIGN_CYRILLIC;
/** The vote's languages that are neither ours nor English. */
const NEIGHBOURS = new Set(['ky', 'tt', 'ba', 'uk', 'be', 'uz', 'mn']);
/** Below this the vote's Russian gives way to a neighbour second to it in a text with such letters. */
const UNSURE_RUSSIAN = 0.5;
/** Uzbek's oʻ and gʻ with the turned comma (or ‘) inside a word: no English word has them. */
const UZBEK_TURNED_COMMA = /[og][ʻ‘]\p{L}/u;

/** Words with a doubled vowel that make a text not Russian: one may be a Mongolian name. */
const LONG_VOWEL_PROOF = 2;

/**
 * A text with two words or more spelt with Mongolian long vowels ("Still Game-ийн од Форд",
 * "хээр талд ...") and no Russian word but those Mongolian writes alike: the vote took such
 * Mongolian for Russian where fastText was sure of Russian. Only for Mongolian second to
 * Russian: Kazakh typed on a Russian keyboard doubles vowels in Arabic loans ("машааллах",
 * "иншаалла") and in speech ("блаа"), and Kyrgyz second to Russian there was wrong.
 */
function spelledWithLongVowels(text: string, counts: WordCounts): boolean {
  return counts.russian === counts.russianShared && longVowelWords(text) >= LONG_VOWEL_PROOF;
}

/** Fewer words than this may be Russian without a function word ("хочу дружить"). */
const WORDS_FOR_A_RUSSIAN_WORD = 3;

/**
 * A text of three words or more without a Russian function word and with a Kazakh, Mongolian,
 * Bashkir or Tatar one ("болды", "олар", "иде"). A Russian tweet of names and verbs
 * ("Студенты Гарварда учатся") has neither.
 */
function turkicWithoutRussianWords(text: string, counts: WordCounts): boolean {
  if (counts.words < WORDS_FOR_A_RUSSIAN_WORD || counts.russian > 0) return false;
  if (counts.kazakh + counts.mongolian > 0) return true;
  const { bashkir, tatar } = bashkirTatarWords(text);
  return bashkir + tatar > 0;
}

/** Above this the vote's Russian stands even beside a Mongolian word ("Тэд пришел домой"). */
const SURE_RUSSIAN = 0.95;

/**
 * A text of two words or more with a Mongolian function word ("нь", "болон", "ийм") or a case
 * ending after a hyphen ("3:1-ээр", "АНУ-ын") and no Russian word but those Mongolian writes
 * alike ("том клубд ийм", "Келли нь Лассанна Кулибаллын"): Mongolian of names and loanwords,
 * which the vote took for Russian at 0.3-0.9.
 */
function mongolianWithoutRussian(text: AnalysisText, counts: WordCounts): boolean {
  if (counts.words < 2 || counts.russian > counts.russianShared) return false;
  return counts.mongolian > 0 || hasMongolianCaseAfterHyphen(text.original);
}

/**
 * The vote's language, unless the letters rule it out. Russian the vote is unsure of goes to
 * a neighbouring language second to it when the text has letters Russian lacks: a Bashkir sentence of English
 * football names with one Bashkir ending ("Ливингстон 1:0 Рейнджерс: Менганың голы") split the
 * vote between Russian and four Turkic languages. English goes to Uzbek when a word has oʻ or
 * gʻ ("sinovdan o‘tdik, hamon mag‘lub"): Uzbek full of names reads as English to fastText.
 * Russian goes to Mongolian for Mongolian's function words (`mongolianWithoutRussian`).
 */
/**
 * Words Russian alone writes so among the languages the vote knows: Kyrgyz, Tatar and Bashkir say
 * жок, юк; Ukrainian немає, що, це, вже; Belarusian няма, што, гэта.
 */
const RUSSIAN_ONLY_WORD = /(?:^|[^\p{L}])(?:нет|что|чтобы|это|уже|очень|опять|почему|сейчас|тоже|только|ещ[её]|можно|нужно)(?![\p{L}])/u;

/**
 * Neighbours with letters of their own among the vote's Cyrillic languages: Bashkir ҡ ҙ ҫ,
 * Tatar җ, Ukrainian ї є ґ, Belarusian ў. The vote sees them all as one "foreign letter" flag.
 */
const NEIGHBOURS_WITH_OWN_LETTERS = new Set(['ba', 'tt', 'uk', 'be']);
const CYRILLIC_VOTE_LANGUAGES = new Set(['ru', 'kk', 'ky', 'tt', 'ba', 'uk', 'be', 'mn']);
const SLAVIC_WITH_OWN_LETTERS = new Set(['uk', 'be']);

/**
 * The neighbour whose own letters the text has when the vote named a Cyrillic language that
 * lacks them, or null. The vote's one flag for all such letters let Bashkir with ҡ or ҫ go to
 * Tatar ("Сәхнә артында минән мыҫҡылландылар", "Ким аҫтында Төньяк Корея") or to Kazakh
 * ("уҙҙырып Ник Фалдоның рекордың"). Russian stays Russian when it has its own function words:
 * a Russian post quotes a Ukrainian or Tatar name.
 */
function ownLettersLanguage(vote: VoteAnswer, text: string, letters: number, counts: WordCounts): string | null {
  if (!(letters & FOREIGN_CYRILLIC) || !CYRILLIC_VOTE_LANGUAGES.has(vote.language)) return null;
  const lettered = lookAlikeOfLetters(text);
  if (lettered === null || lettered === vote.language || !NEIGHBOURS_WITH_OWN_LETTERS.has(lettered)) return null;
  if (vote.language === 'ru' && counts.russian > counts.russianShared) return null;
  // Turkic text has ў and ґ too: Uzbek Cyrillic writes ў ("бўлинг"), and a Kazakh review typed
  // ґ for ғ ("толыґымен"). They overrule only a Slavic language.
  if (SLAVIC_WITH_OWN_LETTERS.has(lettered) && !SLAVIC_WITH_OWN_LETTERS.has(vote.language) && vote.language !== 'ru') {
    return null;
  }
  return lettered;
}

/** The vote's Turkic and Mongolian answers for Cyrillic text. */
const TURKIC_CYRILLIC = new Set(['kk', 'ky', 'tt', 'ba', 'mn']);
const UZBEK_CYRILLIC_LETTER = /[ўҳ]/u;
const TAJIK_LETTER = /[ҷӣӯ]/u;

/**
 * Whether the vote's Cyrillic Turkic answer is Uzbek written in Cyrillic, as many in Uzbekistan
 * still write it: ў and ҳ ("бўлинг", "ҳали"), which no other Turkic alphabet of the vote has,
 * without Tajik's ҷ ӣ ӯ. The vote knows Uzbek only in Latin letters and took such posts for
 * Bashkir ("Мен ҳали жавоб топмадим", "Саломат бўлинг") or Kazakh.
 */
function isUzbekCyrillic(vote: VoteAnswer, text: string): boolean {
  return TURKIC_CYRILLIC.has(vote.language) && UZBEK_CYRILLIC_LETTER.test(text) && !TAJIK_LETTER.test(text);
}

const NOT_KYRGYZ_LETTER = /[әғқұһ]/u;

/**
 * The vote's second language for its Kyrgyz answer in a text with ә ғ қ ұ or һ, which the
 * Kyrgyz alphabet lacks, when that is Kazakh, or Tatar or Bashkir (told apart by
 * `bashkirOrTatar`) in a text with ә; otherwise null. Short Kazakh reviews ("Мыкты және
 * супер", "бул маған унамад жаман") and runs of Tatar names ("Ким июньдә Сингапурда") went to
 * Kyrgyz. Kazakh typed on a Russian keyboard, with an Arabic loan's һ or ә ("Машаллаһ", "Сәжде
 * аяттарын ... жаксы болар еди"), is left to step 8.
 */
function notKyrgyzLanguage(vote: VoteAnswer, text: string, counts: WordCounts): string | null {
  if (vote.language !== 'ky' || !NOT_KYRGYZ_LETTER.test(text)) return null;
  if (vote.runnerUp === 'kk') return 'kk';
  const tatarOrBashkir = vote.runnerUp === 'tt' || vote.runnerUp === 'ba';
  if (tatarOrBashkir && text.includes('ә') && !kazakhOnRussianKeyboard(text)) {
    return bashkirOrTatar(vote.runnerUp, text, counts);
  }
  return null;
}

function overruledByLetters(
  vote: VoteAnswer, analysed: AnalysisText, letters: number, counts: WordCounts, cld2: Cld2Answer,
): string {
  const text = analysed.normalised;
  if (isUzbekCyrillic(vote, text)) return 'uz';
  const notKyrgyz = notKyrgyzLanguage(vote, text, counts);
  if (notKyrgyz !== null) return notKyrgyz;
  const lettered = ownLettersLanguage(vote, text, letters, counts);
  if (lettered !== null) return lettered;
  // A neighbour taken for a text with no letter Russian lacks and a word only Russian writes is
  // Russian: a Kazakh place's name typed with Russian letters made "на Шанырак нет газа" Kyrgyz.
  if (NEIGHBOURS.has(vote.language) && !(letters & NOT_RUSSIAN_LETTERS) && RUSSIAN_ONLY_WORD.test(text)) return 'ru';
  if (vote.language === 'tt' || vote.language === 'ba') return bashkirOrTatar(vote.language, text, counts);
  if (vote.language === 'ru' && vote.probability < UNSURE_RUSSIAN && turkicWithoutRussianWords(text, counts)) {
    // Kazakh typed on a Russian keyboard, Kyrgyz or Tatar with names: the vote split between
    // Russian and the neighbour ("Саясаттын осы кезенинин ... болып табылады" had Russian 0.35
    // and Kyrgyz second; step 8 then reads it as Kazakh).
    if (NEIGHBOURS.has(vote.runnerUp)) return vote.runnerUp;
  }
  if (vote.language === 'ru' && vote.probability < UNSURE_RUSSIAN && letters & NOT_RUSSIAN_LETTERS) {
    // Not for Kazakh: a Russian post with a short Kazakh sentence stays Russian below a fifth
    // of Kazakh words, as the mix rule decides.
    if (NEIGHBOURS.has(vote.runnerUp)) return vote.runnerUp;
  }
  if (vote.language === 'ru' && vote.probability < SURE_RUSSIAN && mongolianWithoutRussian(analysed, counts)) return 'mn';
  if (vote.language === 'ru' && vote.probability < SURE_RUSSIAN) {
    const turkic = bashkirOrTatarWithoutRussian(text, counts);
    if (turkic !== null) return turkic;
  }
  if (vote.language === 'ru' && bashkirThisBesideDoubtedRussian(vote, text, counts, cld2)) {
    return bashkirOrTatar(vote.runnerUp as 'ba' | 'tt', text, counts);
  }
  if (vote.language === 'ru' && vote.runnerUp === 'mn' && spelledWithLongVowels(text, counts)) return 'mn';
  if (vote.language === 'ru' && TURKIC_NEIGHBOURS.has(vote.runnerUp) && doubtedRussian(vote, analysed, counts)) {
    if (vote.runnerUp === 'tt' || vote.runnerUp === 'ba') return bashkirOrTatar(vote.runnerUp, text, counts);
    return vote.runnerUp;
  }
  if (vote.language === 'en' && UZBEK_TURNED_COMMA.test(text)) return 'uz';
  return vote.language;
}

/** Below this the vote's Russian yields to Bashkir or Tatar beside "был" (`bashkirThisBesideDoubtedRussian`). */
const RUSSIAN_BESIDE_BASHKIR_THIS = 0.75;
const BASHKIR_THIS_BEFORE_WORD = /(?:^|[^\p{L}])был\s+[\p{L}\d]/u;
const WORDS_FOR_BASHKIR_THIS = 3;

/**
 * Whether the vote's Russian, below 0.75, yields to the Bashkir or Tatar second to it that CLD2
 * reliably names too, in a text of three words or more with "был" before another word and no
 * Russian word but those a neighbour writes alike. Bashkir "был" (this) opens what it points at
 * ("Был футбол клубы Премьер-лигала уйнай", "Мин был 12 егетте"), and these read as Russian
 * at 0.58-0.72. Russian "был" without another Russian function word ends a short post
 * ("денек был") or stands in a sentence the vote is sure of ("Был хороший год", 0.99).
 */
function bashkirThisBesideDoubtedRussian(vote: VoteAnswer, text: string, counts: WordCounts, cld2: Cld2Answer): boolean {
  if (vote.probability >= RUSSIAN_BESIDE_BASHKIR_THIS || (vote.runnerUp !== 'ba' && vote.runnerUp !== 'tt')) return false;
  if (!cld2.reliable || cld2.languages[0]?.language !== vote.runnerUp) return false;
  if (counts.words < WORDS_FOR_BASHKIR_THIS || counts.russian > counts.russianShared) return false;
  return BASHKIR_THIS_BEFORE_WORD.test(text);
}

/**
 * Whether a Kazakh–Russian mix is a Turkic or Mongolian neighbour's text: the vote and CLD2,
 * reliably, name the same neighbour, and the text has ә ғ һ ң ө ү (or Bashkir's and Tatar's own
 * letters) but none of і қ ұ, which nearly every Kazakh sentence has. Bashkir with Russian's
 * "был" (this) and words with ә, ғ or ө, read as Kazakh clauses ("хәйлә булып торорға мөмкин.
 * Был турала"), was a mix of Kazakh and Russian below the vote's 0.9 for Bashkir.
 */
function neighbourOfMix(vote: VoteAnswer, evidence: VoteEvidence): boolean {
  if (!TURKIC_NEIGHBOURS.has(vote.language)) return false;
  const { cld2, letters } = evidence;
  if (!cld2.reliable || cld2.languages[0]?.language !== vote.language) return false;
  return (letters & (KAZAKH_UNIQUE | DOTTED_I)) === 0 && (letters & (TURKIC_LETTERS | FOREIGN_CYRILLIC)) !== 0;
}

/** The vote's Turkic and Mongolian neighbours, whose letters ә ғ һ ң ө ү Russian lacks. */
const TURKIC_NEIGHBOURS = new Set(['ky', 'tt', 'ba', 'uz', 'mn']);
const TURKIC_LETTERS = KAZAKH_TURKIC | TURKIC_COMMON;

/**
 * Whether the vote's Russian, at 0.5 or more, is still in doubt against a Turkic or Mongolian
 * neighbour: below 0.95 in a text of two words or more with no Russian function word but those
 * a neighbour writes alike, and with ә ғ һ ң ө or ү in a word written in lower case. Bashkir
 * runs of Russian loanwords and names with one Bashkir word ("штаты Уасилла полиция
 * департаменты вәкиле", "Нью-Йоркта утәсәк фестивальде") had Russian at 0.6-0.7 and Bashkir
 * second. In a Russian post such letters are in a capitalised Kazakh name ("Отключение воды
 * Көктөбе"); Ukrainian's і is left to the vote: a Russian tweet quoting "Вийди отсюда,
 * розбійник" has it in lower case.
 */
function doubtedRussian(vote: VoteAnswer, text: AnalysisText, counts: WordCounts): boolean {
  if (vote.probability >= SURE_RUSSIAN || counts.words < 2 || counts.russian > counts.russianShared) return false;
  return hasLowerCaseWordWith(text, TURKIC_LETTERS);
}

/**
 * Bashkir or Tatar, whichever has more of its words, letters and endings, for a text of two
 * words or more with a Bashkir or Tatar function word and no Russian one but those a neighbour
 * writes alike ("Джонга 25 яшь иде", "Сара тренер иде"): short lines of names and numbers,
 * which the vote took for Russian at 0.5-0.95 as it did Mongolian ones. A tie goes to Tatar,
 * the larger language. Null for other texts.
 */
function bashkirOrTatarWithoutRussian(text: string, counts: WordCounts): 'ba' | 'tt' | null {
  if (counts.words < 2 || counts.russian > counts.russianShared) return null;
  const { bashkir, tatar, listed } = bashkirTatarWords(text);
  if (listed === 0) return null;
  return bashkir > tatar ? 'ba' : 'tt';
}

/** Mongolian function words that make a text without a Bashkir or Tatar word Mongolian. */
const MONGOLIAN_WORDS_OVER_TURKIC = 2;

/**
 * The vote's Bashkir or Tatar, or the other one when the text has more of the other's words,
 * letters and endings (`bashkir-or-tatar.ts`): the vote saw neither and took Bashkir with "ине"
 * (was) for Tatar, and Tatar with "иде" and "диде" for Bashkir. A text with neither and two
 * Mongolian function words ("... нарын гэр бүл ... гэж мэдэгдэлд бичжээ", a list of foreign
 * names before them) is Mongolian.
 */
function bashkirOrTatar(language: 'tt' | 'ba', text: string, counts: WordCounts): string {
  const { bashkir, tatar } = bashkirTatarWords(text);
  if (language === 'tt' && bashkir > tatar) return 'ba';
  if (language === 'ba' && tatar > bashkir) return 'tt';
  if (bashkir + tatar === 0 && counts.mongolian >= MONGOLIAN_WORDS_OVER_TURKIC) return 'mn';
  return language;
}

/** The likeliest of the model's guesses that is not Russian, Kazakh or English. */
function lookAlikeOfModel(guesses: readonly LanguageGuess[], fallback: string): string {
  for (const guess of guesses) {
    if (guess.language !== 'ru' && guess.language !== 'kk' && guess.language !== 'en') return guess.language;
  }
  return fallback;
}

/**
 * Whether CLD2's `neighbour` wins over fastText's Russian: Turkic and Mongolian text has letters
 * Russian lacks, or leaves fastText unsure; Ukrainian and Belarusian need their і or own letters;
 * the South Slavic languages need their own letters or no ы and э.
 */
function overrulesRussian(neighbour: string, flags: number, russian: number): boolean {
  if (flags & FOREIGN_CYRILLIC) return true;
  if (neighbour === 'uk' || neighbour === 'be') return (flags & DOTTED_I) !== 0;
  if (neighbour === 'bg' || neighbour === 'mk' || neighbour === 'sr') return !(flags & RUSSIAN_MARK) && russian < 0.5;
  return (flags & (TURKIC_COMMON | KAZAKH_TURKIC | DOTTED_I)) !== 0 || russian < 0.9;
}

// Most posts need no model call: a Russian post full of Russian function words and without a
// letter Russian lacks, or a Kazakh one with қ or ұ and no Russian words, is what it looks like.
function certainCyrillic(flags: number, counts: WordCounts, text: string): LanguageResult | null {
  // A few Latin words (brand names, "BBC", "iPhone") do not make a post less Russian.
  if (counts.words < 4 || counts.latin > counts.words * 0.2) return null;
  const otherLetters = KAZAKH_UNIQUE | KAZAKH_TURKIC | DOTTED_I | TURKIC_COMMON | FOREIGN_CYRILLIC;

  // Belarusian has ы and э too, and shares "я", "так", "тут": without и, щ or ъ, which it
  // lacks, a sentence such as "Я так рады вярнуць кубак" goes to the detectors.
  const russianLetters = RUSSIAN_MARK | NOT_BELARUSIAN;
  if (!(flags & otherLetters) && (flags & russianLetters) === russianLetters && counts.kazakh === 0) {
    // Bashkir "был" (this) or Mongolian "их" (big) are no proof: "Рэемонд Со хэмээх Харвардын
    // Их Сургуулийн ..." is Mongolian without ө or ү.
    // Nor is a text with a Mongolian long vowel ("За, Ли багш маргааш ирнэ") certain: it goes
    // to the detectors.
    const russian = counts.russian - counts.russianShared;
    if (russian >= 2 && russian >= counts.words * 0.1 && !hasLongVowelWord(text)) return single('ru', 0.97);
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

/**
 * A one-letter word written as a person's initial, a full stop and a name after it: "С.Батбаяр",
 * "В. Ганбат". Mongolian news names people so, and "с", "в", "о", "у", "к", "и" are Russian
 * function words: "С.Батбаяр, В.Ганбат нар энэ ажилд оролцсон байна" was certain Russian.
 */
const INITIAL = /^\.\s?\p{L}/u;

function isInitial(text: AnalysisText, index: number): boolean {
  const token = text.tokens[index]!;
  return token.end - token.start === 1 && INITIAL.test(text.normalised.slice(token.end, token.end + 3));
}

function countWords(text: AnalysisText, first: number, last: number): WordCounts {
  const words = text.words;
  let cyrillic = 0;
  let latin = 0;
  let kazakh = 0;
  let russian = 0;
  let russianShared = 0;
  let kazakhLatin = 0;
  let uzbekLatin = 0;
  let ukrainian = 0;
  let mongolian = 0;
  let kazakhLatinLetterWords = 0;
  for (let index = first; index < last; index++) {
    const word = words[index] as WordInfo;
    if (word.letters & KAZAKH_LATIN_UNIQUE) kazakhLatinLetterWords++;
    if (word.script === 'cyrillic') cyrillic++;
    else if (word.script === 'latin') latin++;
    switch (word.lexicon) {
      case 'ru':
        russian++;
        // An initial counts as a Russian word, for the vote, but proves no Russian text.
        if (RUSSIAN_WORDS_OF_NEIGHBOURS.has(word.text) || isInitial(text, index)) russianShared++;
        break;
      case 'kk': kazakh++; break;
      case 'kk-latn': kazakhLatin++; break;
      case 'uz': uzbekLatin++; break;
      case 'uk': ukrainian++; break;
      case 'mn': mongolian++; break;
    }
  }
  return {
    words: last - first, cyrillic, latin, kazakh, russian, russianShared, kazakhLatin, uzbekLatin, ukrainian, mongolian,
    kazakhLatinLetterWords,
  };
}

/** Whether a mixed result has a clause in English or Kazakh Latin, not only Latin names. */
function hasLatinLanguage(result: LanguageResult): boolean {
  return result.code === 'mixed' && (result.shares.en !== undefined || result.shares['kk-latn'] !== undefined);
}

/** The rules' answer as one language: a mix's larger language, an `other` text's detected one. */
function ruleLanguage(rule: LanguageResult): string {
  if (rule.code === 'other') return rule.detected ?? 'other';
  if (rule.code !== 'mixed') return rule.code;
  let largest = 'other';
  let most = 0;
  for (const [code, share] of Object.entries(rule.shares)) {
    if (share > most) [largest, most] = [code, share];
  }
  return largest;
}

function reliableBest(answer: Cld2Answer): LanguageGuess | null {
  return answer.reliable ? (answer.languages[0] ?? null) : null;
}

function probabilityOf(guesses: readonly LanguageGuess[], language: string): number {
  for (const guess of guesses) if (guess.language === language) return guess.probability;
  return 0;
}

/** `other`, naming the language it most likely is when that is known. */
function otherLanguage(detected: string | null, confidence: number): LanguageResult {
  const result = single('other', confidence);
  if (detected === null || detected === 'other' || detected === '') return result;
  return { ...result, detected };
}

function single(code: SingleLanguage, confidence: number): LanguageResult {
  return { code, shares: { [code]: 1 }, confidence: round(Math.min(1, Math.max(0, confidence))) };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
