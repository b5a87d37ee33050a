/**
 * Matches a taxonomy's keyword rules (issues or slices) against a post. All keywords are
 * compiled once into lookups keyed by stem and by the first letters of prefixes; the keywords a
 * word may begin are worked out once per distinct word, so a post costs a lookup per word and
 * does not grow with the size of the taxonomy.
 */
import type { LanguageCode } from '../analysis.js';
import type { AnalysisText } from '../analysis-text.js';
import type { TaxonomyEntry } from '../../project/project.js';
import type { WordInfo } from '../word-info.js';
import {
  compileKeyword, type KeywordLanguage, type KeywordPattern, type WordPattern,
} from './keyword-pattern.js';

// LIMITATION: every keyword weighs the same and negation is not read ("нет проблем с водой"
// still raises water outages); keyword weights or a trained issue classifier would lift this.

export interface KeywordHit {
  readonly entryId: string;
  /** In (0, 1): 1 − ½ⁿ for n matched keyword words, so more and longer evidence scores higher. */
  readonly score: number;
  /** The keywords that matched, as written in the taxonomy, in order of first match. */
  readonly evidence: readonly string[];
}

interface PrefixEntry {
  readonly prefix: string;
  readonly pattern: KeywordPattern;
}

/** Keywords that may begin at one word: those any post can match, and the Kazakh ones. */
interface Starts {
  readonly always: readonly KeywordPattern[];
  readonly kazakh: readonly KeywordPattern[];
}

const LANGUAGES: readonly KeywordLanguage[] = ['ru', 'kk', 'en'];
const NO_PATTERNS: readonly KeywordPattern[] = [];

export class KeywordMatcher {
  readonly #byStem = new Map<string, KeywordPattern[]>();
  /** Keyed by namespace and the prefix's first two letters ("pr:св"). */
  readonly #byPrefixStart = new Map<string, PrefixEntry[]>();
  readonly #order = new Map<string, number>();
  /** Keywords each distinct word may begin, worked out once per word. */
  readonly #starts = new WeakMap<WordInfo, Starts>();

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
    // Kazakh stems are used only where Kazakh may be written: the stripper would read the
    // Russian "суда" as Kazakh су·да ("in the water").
    const kazakh = language !== 'ru' && language !== 'en';
    const words = hasParts(text.words) ? wordStream(text.words) : text.words;
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
        if (followsOn(pattern, words, index, kazakh)) record(pattern);
      }
    };

    for (let index = 0; index < words.length; index++) {
      const word = words[index] as WordInfo;
      const starts = this.#startsOf(word);
      if (starts.always.length > 0) tryAt(starts.always, index);
      if (kazakh && starts.kazakh.length > 0) tryAt(starts.kazakh, index);
    }
    // A hyphenated word is also looked up whole, for single keywords ("жол-көлік").
    for (const word of text.words) {
      if (word.parts === null) continue;
      const starts = this.#startsOf(word);
      for (const pattern of kazakh ? [...starts.always, ...starts.kazakh] : starts.always) {
        if (pattern.words.length === 1) record(pattern);
      }
    }

    if (found === null) return [];
    return [...(found as Map<string, { rules: string[]; weight: number }>)]
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

  #startsOf(word: WordInfo): Starts {
    let starts = this.#starts.get(word);
    if (starts !== undefined) return starts;

    const always: KeywordPattern[] = [];
    const kazakh: KeywordPattern[] = [];
    this.#addStem(word.russianStem, always);
    this.#addStem(word.englishStem, always);
    this.#addStem(word.kazakhStem, kazakh);
    if (word.script === 'cyrillic') this.#addPrefixed('pr:', word.text, always);
    if (word.script === 'latin') this.#addPrefixed('pe:', word.text, always);
    this.#addPrefixed('pk:', word.kazakhFolded, kazakh);

    starts = {
      always: always.length > 0 ? always : NO_PATTERNS,
      kazakh: kazakh.length > 0 ? kazakh : NO_PATTERNS,
    };
    this.#starts.set(word, starts);
    return starts;
  }

  #addStem(key: string | null, into: KeywordPattern[]): void {
    if (key === null) return;
    const list = this.#byStem.get(key);
    if (list) into.push(...list);
  }

  #addPrefixed(namespace: string, word: string | null, into: KeywordPattern[]): void {
    if (word === null || word.length < 2) return;
    const list = this.#byPrefixStart.get(namespace + word.slice(0, 2));
    if (!list) return;
    for (const { prefix, pattern } of list) if (word.startsWith(prefix)) into.push(pattern);
  }
}

function followsOn(pattern: KeywordPattern, words: readonly WordInfo[], index: number, kazakh: boolean): boolean {
  const patternWords = pattern.words;
  if (patternWords.length === 1) return true;
  if (index + patternWords.length > words.length) return false;
  for (let offset = 1; offset < patternWords.length; offset++) {
    if (!wordMatches(patternWords[offset] as WordPattern, words[index + offset] as WordInfo, kazakh)) return false;
  }
  return true;
}

function wordMatches(pattern: WordPattern, word: WordInfo, kazakh: boolean): boolean {
  for (const key of pattern.keys) {
    if (!pattern.prefix) {
      if (key === word.russianStem || key === word.englishStem || (kazakh && key === word.kazakhStem)) return true;
      continue;
    }
    const { namespace, prefix } = splitPrefixKey(key);
    const form = namespace === 'pr:' ? (word.script === 'cyrillic' ? word.text : null)
      : namespace === 'pe:' ? (word.script === 'latin' ? word.text : null)
        : (kazakh ? word.kazakhFolded : null);
    if (form !== null && form.startsWith(prefix)) return true;
  }
  return false;
}

function splitPrefixKey(key: string): { namespace: string; prefix: string } {
  return { namespace: key.slice(0, 3), prefix: key.slice(3) };
}

function hasParts(words: readonly WordInfo[]): boolean {
  for (const word of words) if (word.parts !== null) return true;
  return false;
}

// Hyphenated words are matched by their parts ("ЛРТ-линия" has ЛРТ).
function wordStream(words: readonly WordInfo[]): WordInfo[] {
  const stream: WordInfo[] = [];
  for (const word of words) {
    if (word.parts === null) stream.push(word);
    else stream.push(...word.parts);
  }
  return stream;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
