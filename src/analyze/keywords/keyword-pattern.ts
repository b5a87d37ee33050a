/**
 * One keyword of a taxonomy entry compiled for lookup. As `KeywordRules` documents: a word
 * matches by stem (автобус → автобусы, автобусом; аялдама → аялдамаға), a word ending in `*`
 * matches by prefix (светофор* → светофорный), and several words are a phrase whose words
 * follow one another (горячая вода → нет горячей воды).
 */
import { normaliseForMatching } from '../../text/normalise.js';
import { foldKazakhLetters } from '../../text/russian-keyboard.js';
import { stemEnglish } from '../../text/stem/english-stemmer.js';
import { stemRussian } from '../../text/stem/russian-stemmer.js';
import { tokenise } from '../../text/tokenise.js';
import { kazakhKey } from '../mentions/word-keys.js';

export type KeywordLanguage = 'ru' | 'kk' | 'en';

export interface WordPattern {
  /** A stem key ("r:автобус", "k:аялдама", "e:bus") or a prefix key ("pr:светофор"). */
  readonly keys: readonly string[];
  readonly prefix: boolean;
}

export interface KeywordPattern {
  /** The keyword as written in the taxonomy, shown as evidence. */
  readonly rule: string;
  readonly entryId: string;
  readonly words: readonly WordPattern[];
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
  const pieces = normalised.split(/\s+/).filter(Boolean);
  const words: WordPattern[] = [];

  for (const piece of pieces) {
    const prefix = piece.endsWith('*');
    const word = tokenise(prefix ? piece.slice(0, -1) : piece)[0]?.text;
    if (!word) continue;
    words.push(prefix ? prefixPattern(word, language) : stemPattern(word, language));
  }
  if (words.length === 0) {
    throw new Error(`taxonomy entry "${entryId}": keyword "${rule}" (${language}) has no word in it; remove it`);
  }
  return { rule, entryId, words };
}

function stemPattern(word: string, language: KeywordLanguage): WordPattern {
  if (language === 'ru') return { keys: [russianStemKey(word)], prefix: false };
  if (language === 'kk') return { keys: [kazakhKey(word)], prefix: false };
  // Porter stems "bus" as "bus" but "buses" as "buse": the plural's stem is a key too.
  const keys = new Set([englishStemKey(word), englishStemKey(word + 's'), englishStemKey(word + 'es')]);
  return { keys: [...keys], prefix: false };
}

function prefixPattern(word: string, language: KeywordLanguage): WordPattern {
  const prefix = language === 'kk' ? foldKazakhLetters(word) : word;
  return { keys: [prefixKey(language, prefix)], prefix: true };
}
