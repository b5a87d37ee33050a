/**
 * One keyword of a taxonomy entry compiled for lookup. As `KeywordRules` documents: a word
 * matches by stem (автобус → автобусы, автобусом; аялдама → аялдамаға), a word ending in `*`
 * matches by prefix (светофор* → светофорный), and several words are a phrase whose words
 * follow one another (горячая вода → нет горячей воды). In a phrase, `…` stands for up to three
 * words of any kind ("доставлен* в … больниц*" → доставлен в городскую больницу), and `#` for a
 * number written in digits ("# тенге" → 200 тенге, "# ходит" → 32-й ходит, "за свет … #" → за
 * свет пришло 15 000). Numbers are not words: `#` uses up no word of a `…`, and a `…` beside a
 * `#` lets up to three words stand between the number and the word ("# … не приш*" → 92 опять
 * не пришёл). `#year` is a number that reads as a year before 1990, four digits from 1800 to
 * 1989 ("#year году" → в 1985 году, "#year жылы" → 1960 жылы), always before a word. `+#` is a
 * number written with its plus sign, as residents write a temperature ("в квартир* +#" → в
 * квартире +12, "+# … пәтерде*" → +10 біздің пәтерде).
 */
import { normaliseForMatching } from '../../text/normalise.js';
import { foldKazakhLetters } from '../../text/russian-keyboard.js';
import { stemEnglish } from '../../text/stem/english-stemmer.js';
import { stemRussian } from '../../text/stem/russian-stemmer.js';
import { tokenise } from '../../text/tokenise.js';
import { kazakhKey } from '../mentions/word-keys.js';

export type KeywordLanguage = 'ru' | 'kk' | 'en';

/** Words a `…` in a phrase stands for, at most. */
export const GAP_WORDS = 3;
const GAP = /^(…|\.\.\.)$/u;
const NUMBER = '#';
const OLD_YEAR = '#year';
const SIGNED = '+#';

/** Which numbers a `#` of a phrase reads: any, a year before 1990, or one with its plus sign. */
export type NumberRead = 'any' | 'old-year' | 'signed';
const NUMBER_READS: Readonly<Record<string, NumberRead>> = { [NUMBER]: 'any', [OLD_YEAR]: 'old-year', [SIGNED]: 'signed' };

export interface WordPattern {
  /** A stem key ("r:автобус", "k:аялдама", "e:bus") or a prefix key ("pr:светофор"). */
  readonly keys: readonly string[];
  readonly prefix: boolean;
  /** How many words of any kind may stand between this word and the one before it. */
  readonly gapBefore: number;
  /** How many words may stand between this word and a number in digits before it; null: no number. */
  readonly numberBefore: number | null;
  /** Which number that must be: any, a year before 1990 (`#year`) or a signed one (`+#`). */
  readonly numberBeforeRead: NumberRead;
}

export interface KeywordPattern {
  /** The keyword as written in the taxonomy, shown as evidence. */
  readonly rule: string;
  readonly entryId: string;
  readonly words: readonly WordPattern[];
  /** How many words may stand between the last word and a number after it; null: no number. */
  readonly numberAfter: number | null;
  /** Which number that must be: any, or a signed one (`+#`). */
  readonly numberAfterRead: NumberRead;
}

export function russianStemKey(word: string): string {
  return 'r:' + stemRussian(word);
}

export function englishStemKey(word: string): string {
  return 'e:' + stemEnglish(word);
}

export function prefixKey(language: KeywordLanguage, prefix: string): string {
  return (language === 'kk' ? 'pk:' : language === 'ru' ? 'pr:' : 'pe:') + prefix;
}

/** Compiles one keyword; throws with the keyword named when it has no word in it. */
export function compileKeyword(rule: string, language: KeywordLanguage, entryId: string): KeywordPattern {
  const normalised = normaliseForMatching(rule).trim();
  const spaced = normalised.split(/\s+/).filter(Boolean);
  // A phrase is matched against a post's words with hyphenated ones split into their parts
  // ("жол-көлік оқиғасы" is read as жол, көлік, оқиғасы), so its own hyphenated words are split
  // the same way; a keyword of one word is also looked up whole.
  const pieces = spaced.length > 1 ? spaced.flatMap(splitHyphenated) : spaced;
  const words: WordPattern[] = [];
  let gapBefore = 0;
  // Set by a `#` for the next word: how many words may stand between the number and it.
  let numberBefore: number | null = null;
  let numberRead: NumberRead = 'any';

  for (const piece of pieces) {
    if (GAP.test(piece)) {
      if (numberBefore !== null) numberBefore = GAP_WORDS;
      else gapBefore = words.length > 0 ? GAP_WORDS : 0;
      continue;
    }
    const read = NUMBER_READS[piece];
    if (read !== undefined) {
      numberBefore = 0;
      numberRead = read;
      continue;
    }
    const prefix = piece.endsWith('*');
    const word = tokenise(prefix ? piece.slice(0, -1) : piece)[0]?.text;
    if (!word) continue;
    const keys = prefix ? prefixKeys(word, language) : stemKeys(word, language);
    words.push({ keys, prefix, gapBefore, numberBefore, numberBeforeRead: numberRead });
    gapBefore = 0;
    numberBefore = null;
    numberRead = 'any';
  }
  if (words.length === 0) {
    throw new Error(`taxonomy entry "${entryId}": keyword "${rule}" (${language}) has no word in it; remove it`);
  }
  if (numberRead === 'old-year') {
    throw new Error(`taxonomy entry "${entryId}": keyword "${rule}" (${language}) ends with ${OLD_YEAR}; ` +
      'a year is read before a word ("#year году"), so put the word after it');
  }
  return {
    rule, entryId, words, numberAfter: numberBefore === null ? null : gapBefore, numberAfterRead: numberRead,
  };
}

const HYPHEN = /[-‐‑]/u;

/** "дәрі-дәрмек*" as "дәрі" and "дәрмек*": a prefix's star stays on the last part. */
function splitHyphenated(piece: string): string[] {
  return GAP.test(piece) || piece in NUMBER_READS ? [piece] : piece.split(HYPHEN).filter((part) => part !== '' && part !== '*');
}

/** A Russian noun in -ай or -яй, whose genitive Snowball reads as an adjective ("трамвая" трамв). */
const NOUN_IN_AI = /[ая]й$/u;

function stemKeys(word: string, language: KeywordLanguage): string[] {
  // "Трамвая в городе нет", "Нет трамвая": the keyword трамвай (stem трамва) missed its genitive.
  if (language === 'ru' && NOUN_IN_AI.test(word)) return [...new Set([word, `${word.slice(0, -1)}я`].map(russianStemKey))];
  if (language === 'ru') return [russianStemKey(word)];
  if (language === 'kk') return [kazakhKey(word)];
  // Porter stems "bus" as "bus" but "buses" as "buse": the plural's stem is a key too.
  return [...new Set([englishStemKey(word), englishStemKey(word + 's'), englishStemKey(word + 'es')])];
}

function prefixKeys(word: string, language: KeywordLanguage): string[] {
  if (language === 'kk') return [prefixKey(language, foldKazakhLetters(word))];
  if (language === 'en') return [prefixKey(language, word)];
  const genitivePlural = russianGenitivePluralOfK(word);
  return genitivePlural === null
    ? [prefixKey(language, word)]
    : [prefixKey(language, word), prefixKey(language, genitivePlural)];
}

/**
 * The genitive plural of a Russian noun in -ка after a consonant grows a vowel before the к and
 * has no ending, so it does not begin with the prefix the other forms share: пробк* (пробки,
 * пробками) and "пробок", остановк* and "остановок", электричк* and "электричек". Adjectives'
 * -ск (медицинск*) keep their letters.
 */
function russianGenitivePluralOfK(prefix: string): string | null {
  const match = /([бвгдзлмнпртфхжчшщ])к$/u.exec(prefix);
  if (match === null) return null;
  const vowel = 'жчшщ'.includes(match[1] as string) ? 'е' : 'о';
  return prefix.slice(0, -1) + vowel + 'к';
}
