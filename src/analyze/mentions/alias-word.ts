/**
 * One word of a subject's alias, compiled into every key it may be written as: its Russian case
 * forms, its Kazakh stem, and the Latin spellings of each (Досаев, Досаеву, Досаевтың, Dosaev,
 * Dosayev, Dosaevke). Built once per project; a post's words are then looked up, never stemmed
 * against each alias.
 */
import type { Mention } from '../analysis.js';
import { latinSkeleton } from '../../text/latin-skeleton.js';
import { russianWordForms } from '../../text/inflect/russian-declension.js';
import type { TokenScript } from '../../text/tokenise.js';
import { kazakhLatinToCyrillic } from '../../text/transliterate-kazakh.js';
import { latinSpellings } from '../../text/transliterate-russian.js';
import { formKey, kazakhKey, kazakhKeyOfLatin } from './word-keys.js';

export type MatchKind = Mention['how'];

/** Names this long or longer are also found with one typo. */
export const TYPO_MINIMUM_LENGTH = 6;

export interface AliasWord {
  /** The word as normalised. */
  readonly text: string;
  readonly script: TokenScript;
  /** Lookup key → how a word with that key matches, for a word in the alias's own script. */
  readonly keys: ReadonlyMap<string, MatchKind>;
  /** Forms a one-letter typo is measured against; empty when typos do not count. */
  readonly typoForms: readonly string[];
}

/** Exact first: a match found several ways is reported the most exact way. */
export const MATCH_RANK: Readonly<Record<MatchKind, number>> = { alias: 0, inflection: 1, transliteration: 2, typo: 3 };

/** The less exact of two ways of matching: a mention is as exact as its least exact word. */
export function looser(left: MatchKind, right: MatchKind): MatchKind {
  return MATCH_RANK[left] >= MATCH_RANK[right] ? left : right;
}

/**
 * Endings of Russian common nouns: "полиция", "управление", "общественность", "политика". A
 * word so ending is a common noun even when a project writes it with a capital ("Полиция"), and
 * is not matched with a typo: "позиции" is one letter from "полиции" and means "positions".
 */
const COMMON_NOUN_ENDING = /(?:ция|сия|зия|ние|тие|ство|ость|есть|изм|ика|ура|ежь)$/;

/**
 * Compiles one normalised alias word. `proper` marks a name as written with a capital in the
 * project file: names decline as names (Досаева is Досаев's genitive) and are typo-matched
 * when `typos` allows it and the word is long and not a common noun.
 */
export function compileAliasWord(text: string, script: TokenScript, proper: boolean, typos = proper): AliasWord {
  const keys = new Map<string, MatchKind>();
  const add = (key: string, how: MatchKind): void => {
    const known = keys.get(key);
    if (known === undefined || MATCH_RANK[how] < MATCH_RANK[known]) keys.set(key, how);
  };

  const latinAlias = script === 'latin';
  const cyrillic = latinAlias ? kazakhLatinToCyrillic(text) : text;
  // A common noun written with a capital in a body's name ("Управление образования") declines
  // as a noun (Управлению), not as an indeclinable name.
  const properName = proper && !COMMON_NOUN_ENDING.test(cyrillic);
  const forms = script === 'cyrillic' || latinAlias ? russianWordForms(cyrillic, { proper: properName }) : [text];

  add(formKey(text), 'alias');
  if (latinAlias) add(formKey(latinSkeleton(text)), 'alias');
  for (const form of forms) add(formKey(form), latinAlias ? 'transliteration' : 'inflection');
  if (script === 'cyrillic' || latinAlias) add(kazakhKey(cyrillic), latinAlias ? 'transliteration' : 'inflection');
  if (latinAlias) add(kazakhKeyOfLatin(text), 'inflection');

  // Latin spellings of every Cyrillic form, and the Kazakh stems of the base form's spellings
  // (Dosayevtyñ is read back as досайевтың, whose stem is the key of Dosayev).
  // For a Latin alias (Dosaev) its other spellings (Dosayev) count as transliterations too.
  for (const form of forms) {
    for (const spelling of latinSpellings(form)) {
      add(formKey(spelling), 'transliteration');
      add(formKey(latinSkeleton(spelling)), 'transliteration');
      if (form === cyrillic) add(kazakhKeyOfLatin(spelling), 'transliteration');
    }
  }

  const typoForms = proper && typos && text.length >= TYPO_MINIMUM_LENGTH && !COMMON_NOUN_ENDING.test(cyrillic)
    ? [...keys.keys()].filter((key) => key.startsWith('f:')).map((key) => key.slice(2))
      .filter((form) => form.length >= TYPO_MINIMUM_LENGTH)
    : [];
  return { text, script, keys, typoForms };
}
