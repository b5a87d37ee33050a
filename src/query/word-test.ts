/**
 * Whether one written word of a post fits one word of a query. Shared by the in-memory matcher
 * and the highlighter; the full-text compiler writes the same rule as index entries
 * (`word-alternatives.ts`).
 */
import {
  spacesOfScript, stemIn, type SearchWord, type StemSpace, type WordScript,
} from '../text/search-words.js';
import type { WordPattern } from './ast.js';
import { russianWordForms } from '../text/inflect/russian-declension.js';
import { fleetingVowelForms } from '../text/inflect/russian-fleeting-vowel.js';

export type WordTest = (word: SearchWord) => boolean;

const COMMON = { proper: false } as const;

/** The stems a query word is looked up by, per stem space. */
export function stemKeys(form: string, script: WordScript): Map<StemSpace, Set<string>> {
  const keys = new Map<StemSpace, Set<string>>();
  for (const space of spacesOfScript(script)) {
    const stems = new Set([stemIn(space, form)]);
    // Porter stems "bus" as "bus" but "buses" as "buse": the plural's stem is a key too.
    if (space === 'e') stems.add(stemIn('e', form + 'es'));
    // Snowball stems a case form of some nouns shorter than the word ("трамвай" трамва,
    // "трамвая" трамв; "Аксай", "Аксая"): the stems of the word's case forms are keys too.
    if (space === 'r') for (const caseForm of russianCaseForms(form)) stems.add(stemIn('r', caseForm));
    keys.set(space, stems);
  }
  return keys;
}

/**
 * The case forms of a Russian query word, and its forms across a fleeting vowel. A word in -ая or -яя is read as an adjective and as
 * the genitive of a noun in -ай or -яй ("Аксая", "трамвая"), so it finds that noun's forms too.
 */
export function russianCaseForms(form: string): string[] {
  // "рынок" finds "на рынке", "остановка" finds "нет остановок": the forms across a fleeting vowel.
  const forms = [...russianWordForms(form, COMMON), ...fleetingVowelForms(form)];
  if (!GENITIVE_OF_AI.test(form)) return forms;
  return [...forms, ...russianWordForms(`${form.slice(0, -1)}й`, COMMON)];
}

const GENITIVE_OF_AI = /[ая]я$/;

/** `*` any ending, `?` exactly one letter, over the whole written form. */
export function wildcardExpression(pattern: string): RegExp {
  const body = [...pattern]
    .map((character) => character === '*' ? '.*' : character === '?' ? '.' : escape(character))
    .join('');
  return new RegExp(`^${body}$`, 'u');
}

export function wordTest(pattern: WordPattern): WordTest {
  switch (pattern.kind) {
    case 'stem': {
      const keys = stemKeys(pattern.form, pattern.script);
      return (word) => keys.get(word.space)?.has(word.stem) === true;
    }
    case 'exact': {
      const form = pattern.form;
      return (word) => word.form === form;
    }
    case 'wildcard': {
      const expression = wildcardExpression(pattern.pattern);
      return (word) => expression.test(word.form);
    }
  }
}

function escape(character: string): string {
  return /[\\^$.*+?()[\]{}|]/.test(character) ? `\\${character}` : character;
}
