/**
 * What the analysis stages need to know about one distinct word, worked out once per process
 * and shared by every post that uses it: its stems for Russian, Kazakh and English keywords, its
 * lookup keys for subject names, and its language evidence. Posts repeat a vocabulary of a few
 * hundred thousand words, so after a warm-up nearly every word is a single map lookup; stages
 * keep their own per-word results in `WeakMap`s keyed by these objects.
 */
import { isKazakhCaseEnding } from '../text/kazakh-case-ending.js';
import { foldKazakhLetters } from '../text/russian-keyboard.js';
import { stemEnglish } from '../text/stem/english-stemmer.js';
import { stemRussian } from '../text/stem/russian-stemmer.js';
import { indexSafeStem, type StemSpace } from '../text/search-words.js';
import { tokenise, type Token, type TokenScript } from '../text/tokenise.js';
import { kazakhLatinToCyrillic } from '../text/transliterate-kazakh.js';
import {
  KAZAKH_FUNCTION_WORDS, KAZAKH_LATIN_WORDS, MONGOLIAN_FUNCTION_WORDS, RUSSIAN_FUNCTION_WORDS,
  UKRAINIAN_FUNCTION_WORDS, UZBEK_LATIN_WORDS,
} from './language/function-words.js';
import {
  DOTTED_I, KAZAKH_TURKIC, KAZAKH_UNIQUE, TURKIC_COMMON, letterFlags,
} from './language/letter-evidence.js';
import { keysOfWord } from './mentions/word-keys.js';

/** Which word list a word is on, for telling languages apart. */
export type Lexicon = 'ru' | 'kk' | 'kk-latn' | 'uz' | 'uk' | 'mn' | null;

export interface WordInfo {
  readonly text: string;
  readonly script: TokenScript;
  /** Keys subject names and districts are looked up by ("f:досаевтың", "k:досаев"). */
  readonly nameKeys: readonly string[];
  /** "r:" + Russian stem, for Cyrillic words. */
  readonly russianStem: string | null;
  /** "e:" + English stem, for Latin words. */
  readonly englishStem: string | null;
  /** "k:" + Kazakh stem (folded), for Cyrillic and Latin words. */
  readonly kazakhStem: string | null;
  /** The word as Kazakh prefixes see it: Cyrillic, Kazakh letters folded. */
  readonly kazakhFolded: string | null;
  /** Letter flags of `letter-evidence.ts`. */
  readonly letters: number;
  readonly lexicon: Lexicon;
  /** Parts of a hyphenated word ("ЛРТ-линия"), or null. */
  readonly parts: readonly WordInfo[] | null;
}

/** "r:", "e:", "k:" before a stem in the facts above. */
const KEY_PREFIX = 2;

// Words a generation holds. The 50,000 most used words of 300,000 benchmark posts make up 89 %
// of their running words, and each remembered word costs an analysis thread some hundreds of
// bytes with what the stages keep for it: 100,000 a generation held a heap 25 MiB larger for
// no measurable speed.
const GENERATION_LIMIT = 50_000;
const HYPHEN = /[-‐‑]/;
const KAZAKH_LETTERS = KAZAKH_UNIQUE | KAZAKH_TURKIC | DOTTED_I | TURKIC_COMMON;

// Two generations approximate "least recently used" at the cost of a second lookup on a miss:
// when the young map fills it becomes the old one, and words still in use move back.
let young = new Map<string, WordInfo>();
let old = new Map<string, WordInfo>();

/** The shared facts about `token`'s word. */
export function wordInfo(token: Token): WordInfo {
  return infoOf(token.text, token.script);
}

function infoOf(text: string, script: TokenScript): WordInfo {
  let info = young.get(text);
  if (info !== undefined) return info;

  info = old.get(text) ?? computeInfo(text, script);
  if (young.size >= GENERATION_LIMIT) {
    old = young;
    young = new Map();
  }
  young.set(text, info);
  return info;
}

function computeInfo(text: string, script: TokenScript): WordInfo {
  const cyrillic = script === 'cyrillic';
  const latin = script === 'latin';
  const reading = latin ? kazakhLatinToCyrillic(text) : text;
  const nameKeys = nameKeysOf(text, script);
  const kazakhStem = cyrillic || latin ? (nameKeys.find((key) => key.startsWith('k:')) ?? null) : null;
  const letters = letterFlags(text);

  return {
    text,
    script,
    nameKeys,
    russianStem: cyrillic ? 'r:' + stemRussian(text) : null,
    englishStem: latin ? 'e:' + stemEnglish(text) : null,
    kazakhStem,
    kazakhFolded: cyrillic || latin ? foldKazakhLetters(reading) : null,
    letters,
    lexicon: lexiconOf(text, script, letters),
    parts: HYPHEN.test(text) ? partsOf(text) : null,
  };
}

/**
 * `stemIn(space, word.text)`, read from the stems the word's facts hold, or undefined when they
 * hold none for `space`: a post's search entries then need no stem lookup for the words the
 * analysis read. Search folds Kazakh letters before the Russian stemmer, and the Russian stem
 * here is of the word unfolded, so it serves only a word without them.
 */
export function searchStemOf(word: WordInfo, space: StemSpace): string | undefined {
  let stem: string | null = null;
  if (space === 'r' && (word.letters & KAZAKH_LETTERS) === 0) stem = word.russianStem;
  else if (space === 'e') stem = word.englishStem;
  else if (space === 'k') stem = word.kazakhStem;
  return stem === null ? undefined : indexSafeStem(stem.slice(KEY_PREFIX), word.text);
}

/**
 * The word's own keys, and for a name with a Kazakh case ending after a hyphen ("Алматы-да",
 * "Almaty-da", "Су-ға") the keys of the name too, so that it names a subject or a context word
 * as "Алматыда" does.
 */
function nameKeysOf(text: string, script: TokenScript): string[] {
  const keys = keysOfWord(text, script);
  const possessor = script === 'latin' ? ENGLISH_POSSESSIVE.exec(text)?.[1] : undefined;
  if (possessor !== undefined) return [...keys, ...keysOfWord(possessor, script)];

  const hyphen = lastHyphen(text);
  if (hyphen <= 0 || !isKazakhCaseEnding(text.slice(hyphen + 1))) return keys;
  const name = text.slice(0, hyphen);
  return [...keys, ...keysOfWord(name, tokenise(name)[0]?.script ?? script)];
}

/**
 * An English possessive, "Dosaev's office", "the akimat’s decision": the apostrophe keeps it one
 * word, which named no subject, so an English article about the mayor's plans counted no mention.
 */
const ENGLISH_POSSESSIVE = /^(\p{L}[\p{L}\p{M}-]*)['’ʼ]s$/u;

function lastHyphen(text: string): number {
  for (let index = text.length - 1; index >= 0; index--) if (HYPHEN.test(text[index]!)) return index;
  return -1;
}

function lexiconOf(text: string, script: TokenScript, letters: number): Lexicon {
  if (script === 'cyrillic') {
    if (RUSSIAN_FUNCTION_WORDS.has(text)) return 'ru';
    if (KAZAKH_FUNCTION_WORDS.has(text) || letters & KAZAKH_LETTERS) return 'kk';
    if (UKRAINIAN_FUNCTION_WORDS.has(text)) return 'uk';
    if (MONGOLIAN_FUNCTION_WORDS.has(text)) return 'mn';
    return null;
  }
  if (script === 'latin') {
    if (KAZAKH_LATIN_WORDS.has(text)) return 'kk-latn';
    if (UZBEK_LATIN_WORDS.has(text)) return 'uz';
  }
  return null;
}

// Each part has its own script: "Алматы-city" is mixed, its parts Cyrillic and Latin. Giving a
// part the whole word's script made the shared facts of "city" depend on which form the process
// met first (a mixed part has no stem), so a model trained after other data learnt other features.
function partsOf(text: string): WordInfo[] {
  return text.split(HYPHEN).filter(Boolean).map((part) => infoOf(part, tokenise(part)[0]?.script ?? 'other'));
}
