/**
 * Matches a taxonomy's keyword rules (issues or slices) against a post. An entry's exclusions
 * name the other senses of its keywords ("окончил* … школ*", "военн* полици*"): a keyword that
 * begins inside a matched exclusion does not count for that entry. Its sentence exclusions name
 * other kinds of story ("авиаудар*" for a war, "разбил*" for a crash): no keyword of the entry
 * counts in a sentence where one occurs.
 */
import type { LanguageCode } from '../analysis.js';
import type { AnalysisText } from '../analysis-text.js';
import type { TaxonomyEntry } from '../../project/project.js';
import type { WordInfo } from '../word-info.js';
import {
  KeywordIndex, NO_NUMBER, NO_STARTS, NUMBER, OLD_YEAR, phraseAt, SIGNED_NUMBER, type NumberKind, type NumberPositions, type Starts,
} from './keyword-index.js';
import { compileKeyword, type KeywordLanguage, type KeywordPattern } from './keyword-pattern.js';
import { kazakhReading, sentenceNumbers } from './sentence-language.js';

// LIMITATION: every keyword weighs the same and negation is not read ("нет проблем с водой"
// still raises water outages); keyword weights or a trained issue classifier would lift this.

export interface KeywordHit {
  readonly entryId: string;
  /** In (0, 1): 1 − ½ⁿ for n matched keyword words, so more and longer evidence scores higher. */
  readonly score: number;
  /** The keywords that matched, as written in the taxonomy, in order of first match. */
  readonly evidence: readonly string[];
}

const LANGUAGES: readonly KeywordLanguage[] = ['ru', 'kk', 'en'];

/** What each of the matcher's three indexes may begin at one word. */
interface WordStarts {
  readonly keywords: Starts;
  readonly exclusions: Starts;
  readonly stories: Starts;
  readonly lifts: Starts;
}

/** Whether the Kazakh rules read the word at a position of the keyword stream. */
type KazakhAt = (index: number) => boolean;

/** Most words begin nothing in any index: they share this. */
const NOTHING_STARTS: WordStarts = Object.freeze({
  keywords: NO_STARTS, exclusions: NO_STARTS, stories: NO_STARTS, lifts: NO_STARTS,
});

export class KeywordMatcher {
  readonly #keywords = new KeywordIndex();
  readonly #exclusions = new KeywordIndex();
  readonly #sentenceExclusions = new KeywordIndex();
  readonly #storyLifts = new KeywordIndex();
  readonly #order = new Map<string, number>();
  /** Per distinct word, one lookup for all three indexes. */
  readonly #starts = new WeakMap<WordInfo, WordStarts>();

  constructor(entries: readonly TaxonomyEntry[]) {
    entries.forEach((entry, index) => {
      this.#order.set(entry.id, index);
      for (const language of LANGUAGES) {
        for (const rule of entry.keywords[language]) this.#keywords.add(compileKeyword(rule, language, entry.id));
        for (const rule of entry.exclude?.[language] ?? []) {
          this.#exclusions.add(compileKeyword(rule, language, entry.id));
        }
        for (const rule of entry.excludeInSentence?.[language] ?? []) {
          this.#sentenceExclusions.add(compileKeyword(rule, language, entry.id));
        }
        for (const rule of entry.noStory?.[language] ?? []) this.#storyLifts.add(compileKeyword(rule, language, entry.id));
      }
    });
  }

  /** Entries whose keywords occur in `text`, best first. */
  match(text: AnalysisText, language: LanguageCode): KeywordHit[] {
    // Kazakh stems are used only where Kazakh is written: the stripper would read the Russian
    // "суда" as Kazakh су·да ("in the water"). Each sentence of a post in both languages is
    // read in its own ("Орбита-1 де ыстық су қашан береді? Уже неделю моемся холодной").
    const { words, numbers, tokenOf } = keywordStream(text);
    const reading = kazakhReading(text, language);
    const kazakhByToken = typeof reading === 'boolean' ? null : reading;
    const kazakh: KazakhAt = kazakhByToken === null
      ? () => reading as boolean
      : (index) => kazakhByToken[tokenOf === null ? index : tokenOf[index]!]!;
    const starts = words.map((word) => this.#startsOf(word));
    const excluded = this.#coveredPositions(this.#exclusions.size, 'exclusions', words, starts, kazakh, numbers);
    // Sentences are worked out only for the few posts where a sentence exclusion occurs.
    const stories = this.#sentenceExclusions.size === 0
      ? null
      : this.#storyPositions(words, starts, kazakh, numbers,
        this.#coveredPositions(this.#storyLifts.size, 'lifts', words, starts, kazakh, numbers));
    const wordSentences = stories === null ? null : sentenceNumbers(text);
    const sentences = wordSentences === null || tokenOf === null
      ? wordSentences
      : tokenOf.map((token) => wordSentences[token]!);
    const excludedSentences = stories === null ? null : sentencesOf(stories, sentences!);
    let found: Map<string, { rules: string[]; weight: number }> | null = null;

    const record = (pattern: KeywordPattern): void => {
      found ??= new Map();
      const entry = found.get(pattern.entryId) ?? { rules: [], weight: 0 };
      found.set(pattern.entryId, entry);
      if (entry.rules.includes(pattern.rule)) return;
      entry.rules.push(pattern.rule);
      entry.weight += pattern.words.length;
    };
    const tryAt = (patterns: readonly KeywordPattern[], index: number): void => {
      for (const pattern of patterns) {
        if (excluded?.get(pattern.entryId)?.has(index)) continue;
        if (excludedSentences?.get(pattern.entryId)?.has(sentences![index]!)) continue;
        if (isSingleWord(pattern) || phraseAt(pattern, words, index, kazakh(index), numbers)) record(pattern);
      }
    };

    for (let index = 0; index < words.length; index++) {
      const { keywords } = starts[index] as WordStarts;
      if (keywords.always.length > 0) tryAt(keywords.always, index);
      if (keywords.kazakh.length > 0 && kazakh(index)) tryAt(keywords.kazakh, index);
    }
    // A hyphenated word is also looked up whole, for single keywords ("жол-көлік").
    text.words.forEach((word, wordIndex) => {
      if (word.parts === null) return;
      const sentence = wordSentences?.[wordIndex] ?? -1;
      const { keywords } = this.#startsOf(word);
      const kazakhWord = kazakhByToken === null ? reading as boolean : kazakhByToken[wordIndex]!;
      for (const pattern of kazakhWord ? [...keywords.always, ...keywords.kazakh] : keywords.always) {
        if (excludedSentences?.get(pattern.entryId)?.has(sentence)) continue;
        if (isSingleWord(pattern)) record(pattern);
      }
    });

    if (found === null) return [];
    return [...(found as Map<string, { rules: string[]; weight: number }>)]
      .map(([entryId, { rules, weight }]) => ({ entryId, score: round(1 - 0.5 ** weight), evidence: rules }))
      .sort((left, right) => right.score - left.score ||
        (this.#order.get(left.entryId) ?? 0) - (this.#order.get(right.entryId) ?? 0));
  }

  #startsOf(word: WordInfo): WordStarts {
    let starts = this.#starts.get(word);
    if (starts !== undefined) return starts;

    const keywords = this.#keywords.startsOf(word);
    const exclusions = this.#exclusions.startsOf(word);
    const stories = this.#sentenceExclusions.startsOf(word);
    const lifts = this.#storyLifts.startsOf(word);
    const nothing = keywords === NO_STARTS && exclusions === NO_STARTS && stories === NO_STARTS && lifts === NO_STARTS;
    starts = nothing ? NOTHING_STARTS : { keywords, exclusions, stories, lifts };
    this.#starts.set(word, starts);
    return starts;
  }

  /** The word positions each entry's exclusions (or story lifts) cover; null when none matches. */
  #coveredPositions(
    size: number, kind: 'exclusions' | 'lifts',
    words: readonly WordInfo[], wordStarts: readonly WordStarts[], kazakh: KazakhAt, numbers: NumberPositions | null,
  ): Map<string, Set<number>> | null {
    if (size === 0) return null;
    let excluded: Map<string, Set<number>> | null = null;
    for (let index = 0; index < words.length; index++) {
      const starts = (wordStarts[index] as WordStarts)[kind];
      const patterns = starts.kazakh.length > 0 && kazakh(index) ? [...starts.always, ...starts.kazakh] : starts.always;
      for (const pattern of patterns) {
        const positions = phraseAt(pattern, words, index, kazakh(index), numbers);
        if (positions === null) continue;
        excluded ??= new Map();
        const covered = excluded.get(pattern.entryId) ?? new Set();
        for (const position of positions) covered.add(position);
        excluded.set(pattern.entryId, covered);
      }
    }
    return excluded;
  }

  /**
   * The word positions where each entry's sentence exclusions begin; null when none does. A word
   * that one of the entry's `noStory` phrases covers begins none.
   */
  #storyPositions(
    words: readonly WordInfo[], wordStarts: readonly WordStarts[], kazakh: KazakhAt, numbers: NumberPositions | null,
    lifted: Map<string, Set<number>> | null,
  ): Map<string, number[]> | null {
    let found: Map<string, number[]> | null = null;
    for (let index = 0; index < words.length; index++) {
      const starts = (wordStarts[index] as WordStarts).stories;
      const patterns = starts.kazakh.length > 0 && kazakh(index) ? [...starts.always, ...starts.kazakh] : starts.always;
      for (const pattern of patterns) {
        if (lifted?.get(pattern.entryId)?.has(index)) continue;
        if (!isSingleWord(pattern) && phraseAt(pattern, words, index, kazakh(index), numbers) === null) continue;
        found ??= new Map();
        const positions = found.get(pattern.entryId) ?? [];
        positions.push(index);
        found.set(pattern.entryId, positions);
      }
    }
    return found;
  }
}

function sentencesOf(positions: Map<string, number[]>, sentences: readonly number[]): Map<string, Set<number>> {
  return new Map([...positions].map(([entryId, at]) => [entryId, new Set(at.map((index) => sentences[index]!))]));
}


/** A keyword of one word with no number beside it, found by its lookup alone. */
function isSingleWord(pattern: KeywordPattern): boolean {
  return pattern.words.length === 1 && pattern.numberAfter === null && pattern.words[0]!.numberBefore === null;
}

interface KeywordStream {
  readonly words: readonly WordInfo[];
  /** Null when the post has no number in digits. */
  readonly numbers: NumberPositions | null;
  /** The token each word of the stream comes from; null when the stream is the post's words. */
  readonly tokenOf: readonly number[] | null;
}

const DIGIT = /\d/u;
const LETTER = /\p{L}/u;
// A route or a house told by its number and a case ending: "32-й", "63-го", "12-ю", "№ 37".
const NUMBER_WORD = /^\d+[-‐‑]\p{L}{1,3}$/u;
// Four digits from 1800 to 1989 standing alone: a year of a history or a biography, when a
// keyword reads a year word after it. "1 800" and "18000" are no years.
const OLD_YEAR_DIGITS = /(?<![\d.,])(?:18\d\d|19[0-8]\d)(?![\d]|[.,]\d)/u;

const AGE_WORDS = /^(постро|выпуск|салын|шыққан)/u;
/**
 * Words after which a number is an address, not a route or an amount: "мкр 8, дом 9. объявлений
 * не было" was transport on "# … не было". "дома" is left out for "дома 17 градусов" (at home),
 * the words for a flat for "в квартире 15 градусов"; "кв" alone is the flat's number.
 */
const ADDRESS_WORDS = /^(?:дом|доме|д|мкр|мкрн|микрорайон|микрорайоне|кв|подъезд|подъезде|корпус|үй|үйі|пәтер|house|apt)$/iu;

// A number with its plus sign is how residents write a temperature ('в квартире +12'); a sum
// or a phone number's country code ('+7 701') follows no word for a room or a home.
const SIGNED_DIGITS = /(?<![\d\p{L}])\+\s?\d/u;

/** What the characters between two words hold: no number, a number, a year before 1990, a signed one. */
function numberKind(between: string): NumberKind {
  if (!DIGIT.test(between)) return NO_NUMBER;
  if (SIGNED_DIGITS.test(between)) return SIGNED_NUMBER;
  return OLD_YEAR_DIGITS.test(between) ? OLD_YEAR : NUMBER;
}

/**
 * The words keywords are matched against: hyphenated words by their parts ("ЛРТ-линия" has
 * ЛРТ), and numbers in digits, which are not words, noted where they stand ("Проезд уже 200
 * тенге", "32-й ходит раз в час", a part "92" of "АИ-92").
 */
function keywordStream(text: AnalysisText): KeywordStream {
  let stream = streams.get(text);
  if (stream === undefined) {
    stream = computeKeywordStream(text);
    streams.set(text, stream);
  }
  return stream;
}

/** Issues, slices and agencies match the same post: its stream is worked out once. */
const streams = new WeakMap<AnalysisText, KeywordStream>();

function computeKeywordStream(text: AnalysisText): KeywordStream {
  if (!DIGIT.test(text.normalised) && !hasParts(text.words)) return { words: text.words, numbers: null, tokenOf: null };

  const words: WordInfo[] = [];
  const numbers: NumberKind[] = [];
  const tokenOf: number[] = [];
  let number: NumberKind = NO_NUMBER;
  const note = (kind: NumberKind): void => {
    if (kind > number) number = kind;
  };
  let end = 0;
  text.words.forEach((word, index) => {
    const token = text.tokens[index]!;
    note(numberKind(text.normalised.slice(end, token.start)));
    end = token.end;
    if (NUMBER_WORD.test(word.text)) {
      note(numberKind(word.text));
      return;
    }
    for (const part of word.parts ?? [word]) {
      if (!LETTER.test(part.text)) {
        // A part without letters counts as a number ('АИ-92'), a year when it reads as one.
        note(numberKind(part.text) === OLD_YEAR ? OLD_YEAR : NUMBER);
        continue;
      }
      words.push(part);
      numbers.push(number);
      tokenOf.push(index);
      number = NO_NUMBER;
    }
  });
  note(numberKind(text.normalised.slice(end)));
  numbers.push(number);
  // A building's or a vehicle's age is no history: 'дом 1965 года постройки', 'автобус 1988 года
  // выпуска', '1960 жылы салынған үй' are residents' complaints of today. A house's number is
  // no route: 'дом 9'.
  numbers.forEach((kind, index) => {
    if (kind === OLD_YEAR && AGE_WORDS.test(words[index + 1]?.text ?? '')) numbers[index] = NUMBER;
    else if (kind === NUMBER && ADDRESS_WORDS.test(words[index - 1]?.text ?? '')) numbers[index] = NO_NUMBER;
  });
  return { words, numbers: numbers.some((kind) => kind !== NO_NUMBER) ? numbers : null, tokenOf };
}

function hasParts(words: readonly WordInfo[]): boolean {
  for (const word of words) if (word.parts !== null) return true;
  return false;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
