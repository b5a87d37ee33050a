/**
 * Finds the monitored subjects in a post: every alias, under Russian declension, Kazakh
 * suffixes, Latin transliteration and one-letter typos in names, with invisible characters
 * inside a name ignored (normalisation drops them). An ambiguous alias ("аким", "акимат") counts
 * only with a context word near it ("Алматы"), or in a post that names one of the city's
 * districts or neighbourhoods ("Спасибо акимату, в Аксае наконец дали свет"): the akim of another
 * city is not the subject, while residents name their own akimat without naming the city.
 */
import type { Mention } from '../analysis.js';
import { originalSpan, type AnalysisText } from '../analysis-text.js';
import type { Subject } from '../../project/project.js';
import { normaliseForMatching } from '../../text/normalise.js';
import { tokenise, type Token } from '../../text/tokenise.js';
import { MATCH_RANK, compileAliasWord, looser, type AliasWord, type MatchKind } from './alias-word.js';
import { ContextWords } from './context-words.js';
import { TypoIndex, withinOneEdit } from './typo-index.js';
import { givenNameIndex } from '../../privacy/redact/given-name-index.js';
import { nameKey } from '../../privacy/redact/name-key.js';
import type { WordInfo } from '../word-info.js';

// LIMITATION: an ambiguous alias counts when a context word is anywhere in the window, even if
// another city is named closer ("аким Астаны встретился с коллегой из Алматы"); a gazetteer of
// other cities, preferring the nearest name, would lift this.

/** Tokens on either side of an ambiguous alias searched for a context word. */
export const CONTEXT_WINDOW = 8;

interface Alias {
  readonly subjectId: string;
  readonly words: readonly AliasWord[];
  readonly ambiguous: boolean;
  readonly context: ContextWords | null;
  /** The surname of an official alone ("Досаев" of "Ерболат Досаев"): a namesake's may be met. */
  readonly surnameAlone: boolean;
  /** Name keys of the words the subject's name and aliases are written with. */
  readonly ownWords: ReadonlySet<string>;
  /** The subject is an official, a person. */
  readonly official: boolean;
}

interface AliasStart {
  readonly alias: Alias;
  readonly how: MatchKind;
}

interface Candidate {
  readonly subjectId: string;
  readonly first: number;
  /** Token index after the last token. */
  readonly last: number;
  readonly how: MatchKind;
  /** The alias it was found by. */
  readonly alias: Alias;
}

const NO_STARTS: readonly AliasStart[] = [];

export class MentionFinder {
  readonly #byFirstWordKey = new Map<string, Alias[]>();
  readonly #typos = new TypoIndex<Alias>();
  /** Aliases each distinct word may begin, worked out once per word. */
  readonly #starts = new WeakMap<WordInfo, readonly AliasStart[]>();
  readonly #empty: boolean;

  constructor(subjects: readonly Subject[]) {
    for (const subject of subjects) this.#addSubject(subject);
    this.#empty = this.#byFirstWordKey.size === 0;
  }

  /**
   * Mentions in `text`, by position; offsets are into `text.original`. `namesCityPlace`: the post
   * names a place of the city (a district or neighbourhood found in it), which stands for a
   * context word of every subject.
   */
  find(text: AnalysisText, namesCityPlace = false): Mention[] {
    if (this.#empty) return [];
    const words = text.words;
    let candidates: Candidate[] | null = null;

    for (let index = 0; index < words.length; index++) {
      const starts = this.#startsOf(words[index] as WordInfo);
      for (const start of starts) {
        const candidate = matchRest(start, index, words);
        if (!candidate) continue;
        if (start.alias.ambiguous && !hasContext(start.alias, candidate, words, namesCityPlace)) continue;
        if (start.alias.surnameAlone && isNamesake(start.alias, candidate, text)) continue;
        (candidates ??= []).push(candidate);
      }
    }
    if (candidates === null) return [];
    return withoutOverlaps(withoutTitles(candidates, words)).map((candidate) => toMention(text, candidate));
  }

  #addSubject(subject: Subject): void {
    const ambiguous = new Set(subject.ambiguousAliases.map((alias) => normaliseForMatching(alias).trim()));
    const context = subject.context.length > 0 ? new ContextWords(subject.context) : null;
    const written = new Set([subject.name, ...subject.aliases, ...subject.ambiguousAliases]);

    const commonWords = wordsWrittenInLowerCase(written);
    const ownWords = new Set([...written].flatMap((alias) => tokenise(alias).map((token) => nameKey(token.text))));
    const nameLength = tokenise(subject.name).length;
    for (const aliasText of written) {
      const normalised = normaliseForMatching(aliasText).trim();
      const originalWords = tokenise(aliasText);
      const words = tokenise(normalised).map((token, index) => {
        const proper = isCapitalised(originalWords[index]?.text ?? token.text);
        return compileAliasWord(token.text, token.script, proper, proper && !commonWords.has(token.text));
      });
      const first = words[0];
      if (!first) continue;

      const alias: Alias = {
        subjectId: subject.id,
        words,
        ambiguous: ambiguous.has(normalised) && context !== null,
        context,
        surnameAlone: subject.kind === 'official' && nameLength > 1 && words.length === 1 &&
          isCapitalised(originalWords[0]?.text ?? ''),
        ownWords,
        official: subject.kind === 'official',
      };
      for (const key of first.keys.keys()) {
        const list = this.#byFirstWordKey.get(key) ?? [];
        list.push(alias);
        this.#byFirstWordKey.set(key, list);
      }
      for (const form of first.typoForms) this.#typos.add(form, alias);
    }
  }

  #startsOf(word: WordInfo): readonly AliasStart[] {
    let starts = this.#starts.get(word);
    if (starts === undefined) {
      starts = this.#computeStarts(word);
      this.#starts.set(word, starts.length > 0 ? starts : NO_STARTS);
    }
    return starts;
  }

  #computeStarts(token: WordInfo): AliasStart[] {
    const keys = token.nameKeys;
    const starts: AliasStart[] = [];
    // Most words begin no alias: the set of those met is made only for words that do.
    let seen: Set<Alias> | null = null;
    for (const key of keys) {
      const aliases = this.#byFirstWordKey.get(key);
      if (aliases === undefined) continue;
      seen ??= new Set();
      for (const alias of aliases) {
        if (seen.has(alias)) continue;
        seen.add(alias);
        starts.push({ alias, how: wordMatch(alias.words[0] as AliasWord, token, key) });
      }
    }
    if (starts.length > 0) return starts;

    // A typo in an inflected name: "Дасаевтың" is looked up by its Kazakh stem too.
    const stem = keys.find((key) => key.startsWith('k:'))?.slice(2);
    for (const word of stem && stem !== token.text ? [token.text, stem] : [token.text]) {
      for (const { target } of this.#typos.find(word)) {
        seen ??= new Set();
        if (seen.has(target)) continue;
        seen.add(target);
        starts.push({ alias: target, how: 'typo' });
      }
    }
    return starts;
  }
}

/**
 * Words a subject's aliases write in lower case somewhere ("полиция" beside "Полиция"): common
 * words, which a typo must not reach.
 */
function wordsWrittenInLowerCase(aliases: Iterable<string>): Set<string> {
  const words = new Set<string>();
  for (const alias of aliases) {
    for (const token of tokenise(alias)) {
      if (!isCapitalised(token.text)) words.add(normaliseForMatching(token.text));
    }
  }
  return words;
}

function isCapitalised(word: string): boolean {
  const first = word[0];
  return first !== undefined && first !== first.toLowerCase();
}

function wordMatch(word: AliasWord, token: WordInfo, key: string): MatchKind {
  const how = word.keys.get(key) ?? 'inflection';
  if (token.script !== word.script && how !== 'typo') return 'transliteration';
  return how;
}

function matchRest(start: AliasStart, index: number, tokens: readonly WordInfo[]): Candidate | null {
  const words = start.alias.words;
  if (index + words.length > tokens.length) return null;

  let how = start.how;
  for (let offset = 1; offset < words.length; offset++) {
    const word = words[offset] as AliasWord;
    const token = tokens[index + offset] as WordInfo;

    const key = token.nameKeys.find((candidate) => word.keys.has(candidate));
    if (key !== undefined) how = looser(how, wordMatch(word, token, key));
    else if (word.typoForms.some((form) => isOneTypoAway(token.text, form))) how = 'typo';
    else return null;
  }
  return { subjectId: start.alias.subjectId, first: index, last: index + words.length, how, alias: start.alias };
}

/**
 * Without an ambiguous alias that stands as the title of an official named right after it:
 * "Аким Досаев обещал" is the mayor, not the akimat and the mayor. The city may stand between
 * the title and the name ("Аким Алматы Досаев", "аким города Алматы Ерболат Досаев").
 */
function withoutTitles(candidates: Candidate[], words: readonly WordInfo[]): Candidate[] {
  if (!candidates.some((candidate) => candidate.alias.ambiguous)) return candidates;
  return candidates.filter((candidate) => !candidate.alias.ambiguous || !candidates.some((other) =>
    other.alias.official && other.subjectId !== candidate.subjectId &&
    namesTheCityBetween(candidate, other.first, words)));
}

/** Words for the city itself, which stand between a title and a name: "аким города Алматы". */
const CITY_WORDS = new Set(['города', 'город', 'мегаполиса', 'қаласының', 'қала', 'city', 'of']);
/** Words a title and a name may have between them: "аким города Алматы Ерболат Досаев". */
const MOST_WORDS_BETWEEN = 3;

/** Whether the words from `title`'s end to `nameStart` are none, or only the city's name. */
function namesTheCityBetween(title: Candidate, nameStart: number, words: readonly WordInfo[]): boolean {
  const between = nameStart - title.last;
  if (between < 0 || between > MOST_WORDS_BETWEEN) return false;
  for (let index = title.last; index < nameStart; index++) {
    const word = words[index] as WordInfo;
    if (CITY_WORDS.has(word.text)) continue;
    if (title.alias.context === null || !title.alias.context.matches(word.nameKeys)) return false;
  }
  return true;
}

function isOneTypoAway(word: string, form: string): boolean {
  return word[0] === form[0] && withinOneEdit(word, form);
}

/**
 * Whether an official's surname alone stands beside another person's given name: "Досаева
 * Айгуль, учительница из Караганды" and "Айгуль Досаева" are a namesake of Ерболат Досаев. A
 * word that is also a street or an ordinary word ("Абая", "Вера") does not decide.
 */
function isNamesake(alias: Alias, candidate: Candidate, text: AnalysisText): boolean {
  for (const index of [candidate.first - 1, candidate.last]) {
    const word = text.words[index];
    if (word === undefined || !capitalisedAsWritten(text, index)) continue;
    const key = nameKey(word.text);
    if (!alias.ownWords.has(key) && givenNameIndex().get(key) === 'given') return true;
  }
  return false;
}

/** Whether token `index` begins with a capital letter in the text as written ("said" is no Саид). */
function capitalisedAsWritten(text: AnalysisText, index: number): boolean {
  const token = text.tokens[index] as Token;
  const { start } = originalSpan(text, token.start, token.end);
  return isCapitalised(text.original.slice(start, start + 1));
}

function hasContext(alias: Alias, candidate: Candidate, words: readonly WordInfo[], namesCityPlace: boolean): boolean {
  const context = alias.context;
  if (!context) return true;
  // "облыс әкімдігі", "областной акимат", "акимат Алматинской области": the region's, whatever
  // city is named near.
  if (namesRegion(words[candidate.first - 1]) || namesRegion(words[candidate.last + 1])) return false;
  // A place of the city named in the post stands for the city, unless the alias is a district's
  // office: "аким Алмалинского района", "Алмалы ауданының әкімі", "районный акимат".
  if (namesCityPlace && !namesDistrictOffice(candidate, words)) return true;
  const from = Math.max(0, candidate.first - CONTEXT_WINDOW);
  const to = Math.min(words.length, candidate.last + CONTEXT_WINDOW);
  for (let index = from; index < to; index++) {
    if (index >= candidate.first && index < candidate.last) continue;
    if (!context.matches((words[index] as WordInfo).nameKeys)) continue;
    if (!namesRegion(words[index + 1])) return true;
  }
  return false;
}

/**
 * A word that makes the city name before it, or the akimat after it, the region's ("Алматинской
 * области", "Алматы облысының әкімі", "Almaty region", "облыс әкімдігі"): the region around
 * Almaty has its own akim and akimat, in Konaev.
 */
const REGION_WORD = /^(област|обл$|облыс|oblys|oblast|region|province)/u;

function namesRegion(next: WordInfo | undefined): boolean {
  return next !== undefined && REGION_WORD.test(next.text);
}

const DISTRICT_WORD = /^(район|аудан|audan|rayon|raion|district)/u;

/** Whether a word for district stands within two words before the alias or after it. */
function namesDistrictOffice(candidate: Candidate, words: readonly WordInfo[]): boolean {
  const beside = [candidate.first - 2, candidate.first - 1, candidate.last, candidate.last + 1];
  return beside.some((index) => DISTRICT_WORD.test(words[index]?.text ?? ''));
}

// Of overlapping matches of one subject the longest wins ("Ерболат Досаев" over "Досаев");
// different subjects may share words ("аким Алматы" and "Алматы").
function withoutOverlaps(candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((left, right) =>
    left.first - right.first ||
    (right.last - right.first) - (left.last - left.first) ||
    MATCH_RANK[left.how] - MATCH_RANK[right.how]);
  const kept: Candidate[] = [];
  const reachedBySubject = new Map<string, number>();
  for (const candidate of sorted) {
    const reached = reachedBySubject.get(candidate.subjectId) ?? 0;
    if (candidate.first < reached) continue;
    kept.push(candidate);
    reachedBySubject.set(candidate.subjectId, candidate.last);
  }
  return kept;
}

function toMention(text: AnalysisText, candidate: Candidate): Mention {
  const first = text.tokens[candidate.first] as Token;
  const last = text.tokens[candidate.last - 1] as Token;
  const { start, end } = originalSpan(text, first.start, last.end);
  return {
    subjectId: candidate.subjectId,
    start,
    end,
    form: text.original.slice(start, end),
    how: candidate.how,
  };
}
