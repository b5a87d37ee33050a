/**
 * Matches a taxonomy's keyword rules (issues or slices) against a post. All keywords are
 * compiled once into lookups keyed by stem and by the first letters of prefixes; a post's words
 * are each stemmed once (with a memo across posts) and looked up, so the cost per post does not
 * grow with the size of the taxonomy.
 */
import type { LanguageCode } from '../analysis.js';
import type { AnalysisText } from '../analysis-text.js';
import type { TaxonomyEntry } from '../../project/project.js';
import { foldKazakhLetters } from '../../text/russian-keyboard.js';
import type { Token, TokenScript } from '../../text/tokenise.js';
import { kazakhLatinToCyrillic } from '../../text/transliterate-kazakh.js';
import { kazakhKey, kazakhKeyOfLatin } from '../mentions/word-keys.js';
import {
  compileKeyword, englishStemKey, russianStemKey, type KeywordLanguage, type KeywordPattern,
  type WordPattern,
} from './keyword-pattern.js';

export interface KeywordHit {
  readonly entryId: string;
  /** In (0, 1): 1 − ½ⁿ for n matched keyword words, so more and longer evidence scores higher. */
  readonly score: number;
  /** The keywords that matched, as written in the taxonomy, in order of first match. */
  readonly evidence: readonly string[];
}

/** What a word of a post can be looked up by. */
interface WordForms {
  readonly stemKeys: readonly string[];
  /** The word for Russian and English prefixes, and the Kazakh-folded Cyrillic for Kazakh ones. */
  readonly russian: string | null;
  readonly english: string | null;
  readonly kazakh: string | null;
}

interface PrefixEntry {
  readonly prefix: string;
  readonly pattern: KeywordPattern;
}

const LANGUAGES: readonly KeywordLanguage[] = ['ru', 'kk', 'en'];
const CACHE_LIMIT = 200_000;
const WORD_PART_SEPARATOR = /[-‐‑]/;

export class KeywordMatcher {
  readonly #byStem = new Map<string, KeywordPattern[]>();
  /** Keyed by namespace and the prefix's first two letters ("pr:св"). */
  readonly #byPrefixStart = new Map<string, PrefixEntry[]>();
  readonly #order = new Map<string, number>();
  readonly #cache = new Map<string, WordForms>();

  constructor(entries: readonly TaxonomyEntry[]) {
    entries.forEach((entry, index) => {
      this.#order.set(entry.id, index);
      for (const language of LANGUAGES) {
        for (const rule of entry.keywords[language]) this.#add(compileKeyword(rule, language, entry.id));
      }
    });
  }

  /** Entries whose keywords occur in `text`, best first. */
  match(text: AnalysisText, language: LanguageCode): KeywordHit[] {
    const kazakh = language !== 'ru' && language !== 'en';
    const words = wordStream(text.tokens);
    const forms = words.map((word) => this.#formsOf(word.text, word.script, kazakh));
    const found = new Map<string, { rules: string[]; weight: number }>();

    const record = (pattern: KeywordPattern): void => {
      const entry = found.get(pattern.entryId) ?? { rules: [], weight: 0 };
      found.set(pattern.entryId, entry);
      if (entry.rules.includes(pattern.rule)) return;
      entry.rules.push(pattern.rule);
      entry.weight += pattern.words.length;
    };

    for (let index = 0; index < words.length; index++) {
      for (const pattern of this.#startingAt(forms[index] as WordForms)) {
        if (followsOn(pattern, forms, index)) record(pattern);
      }
      const whole = words[index]?.whole;
      if (whole) {
        for (const pattern of this.#startingAt(this.#formsOf(whole.text, whole.script, kazakh))) {
          if (pattern.words.length === 1) record(pattern);
        }
      }
    }

    return [...found]
      .map(([entryId, { rules, weight }]) => ({ entryId, score: round(1 - 0.5 ** weight), evidence: rules }))
      .sort((left, right) => right.score - left.score ||
        (this.#order.get(left.entryId) ?? 0) - (this.#order.get(right.entryId) ?? 0));
  }

  #add(pattern: KeywordPattern): void {
    const first = pattern.words[0] as WordPattern;
    for (const key of first.keys) {
      if (first.prefix) {
        const { namespace, prefix } = splitPrefixKey(key);
        const bucket = namespace + prefix.slice(0, 2);
        const list = this.#byPrefixStart.get(bucket) ?? [];
        list.push({ prefix, pattern });
        this.#byPrefixStart.set(bucket, list);
      } else {
        const list = this.#byStem.get(key) ?? [];
        list.push(pattern);
        this.#byStem.set(key, list);
      }
    }
  }

  #startingAt(forms: WordForms): KeywordPattern[] {
    const patterns: KeywordPattern[] = [];
    for (const key of forms.stemKeys) {
      const list = this.#byStem.get(key);
      if (list) patterns.push(...list);
    }
    this.#addPrefixed('pr:', forms.russian, patterns);
    this.#addPrefixed('pe:', forms.english, patterns);
    this.#addPrefixed('pk:', forms.kazakh, patterns);
    return patterns;
  }

  #addPrefixed(namespace: string, word: string | null, into: KeywordPattern[]): void {
    if (word === null || word.length < 2) return;
    const list = this.#byPrefixStart.get(namespace + word.slice(0, 2));
    if (!list) return;
    for (const { prefix, pattern } of list) if (word.startsWith(prefix)) into.push(pattern);
  }

  #formsOf(word: string, script: TokenScript, kazakh: boolean): WordForms {
    const cacheKey = (kazakh ? 'k' : '-') + script + word;
    let forms = this.#cache.get(cacheKey);
    if (forms) return forms;

    forms = computeForms(word, script, kazakh);
    if (this.#cache.size >= CACHE_LIMIT) this.#cache.clear();
    this.#cache.set(cacheKey, forms);
    return forms;
  }
}

// Kazakh stems are taken only where Kazakh may be written: the stripper would read the Russian
// "суда" as Kazakh су·да ("in the water").
function computeForms(word: string, script: TokenScript, kazakh: boolean): WordForms {
  if (script === 'cyrillic') {
    const stemKeys = kazakh ? [russianStemKey(word), kazakhKey(word)] : [russianStemKey(word)];
    return { stemKeys, russian: word, english: null, kazakh: kazakh ? foldKazakhLetters(word) : null };
  }
  if (script === 'latin') {
    if (!kazakh) return { stemKeys: [englishStemKey(word)], russian: null, english: word, kazakh: null };
    const reading = foldKazakhLetters(kazakhLatinToCyrillic(word));
    return { stemKeys: [englishStemKey(word), kazakhKeyOfLatin(word)], russian: null, english: word, kazakh: reading };
  }
  return { stemKeys: [], russian: null, english: null, kazakh: null };
}

function followsOn(pattern: KeywordPattern, forms: readonly WordForms[], index: number): boolean {
  const words = pattern.words;
  if (index + words.length > forms.length) return false;
  for (let offset = 1; offset < words.length; offset++) {
    if (!wordMatches(words[offset] as WordPattern, forms[index + offset] as WordForms)) return false;
  }
  return true;
}

function wordMatches(pattern: WordPattern, forms: WordForms): boolean {
  for (const key of pattern.keys) {
    if (!pattern.prefix) {
      if (forms.stemKeys.includes(key)) return true;
      continue;
    }
    const { namespace, prefix } = splitPrefixKey(key);
    const word = namespace === 'pr:' ? forms.russian : namespace === 'pe:' ? forms.english : forms.kazakh;
    if (word !== null && word.startsWith(prefix)) return true;
  }
  return false;
}

function splitPrefixKey(key: string): { namespace: string; prefix: string } {
  return { namespace: key.slice(0, 3), prefix: key.slice(3) };
}

interface StreamWord {
  readonly text: string;
  readonly script: TokenScript;
  /** For the first part of a hyphenated word, the whole word ("кафе-бар"), looked up alone too. */
  readonly whole: Token | null;
}

// Hyphenated words are matched by their parts ("ЛРТ-линия" has ЛРТ) and, for single keywords,
// as a whole.
function wordStream(tokens: readonly Token[]): StreamWord[] {
  const words: StreamWord[] = [];
  for (const token of tokens) {
    if (!WORD_PART_SEPARATOR.test(token.text)) {
      words.push({ text: token.text, script: token.script, whole: null });
      continue;
    }
    token.text.split(WORD_PART_SEPARATOR).forEach((part, index) => {
      if (part) words.push({ text: part, script: token.script, whole: index === 0 ? token : null });
    });
  }
  return words;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
