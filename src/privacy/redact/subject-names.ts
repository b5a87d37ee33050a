import type { Subject } from '../../project/project.js';
import type { GivenNameClass } from './given-name-index.js';
import { nameKey } from './name-key.js';

const WORD = /\p{L}+(?:[-'’]\p{L}+)*/gu;
/** Letters a declined or Kazakh-suffixed form may add to a subject's stem: "Досаев|тың", "Бәйбек|ке". */
const LONGEST_ENDING = 6;
const SHORTEST_STEM = 4;

/**
 * The words of the monitored subjects' names and aliases, matched in any declined form: a name
 * that holds one of them is the subject's and is kept. Given names are left out, so that a
 * subject called "Ерболат Досаев" keeps "Ерболат Досаевтың" but not every other Ерболат.
 */
export class SubjectNames {
  readonly #exact = new Set<string>();
  readonly #stems = new Set<string>();
  /** The given names in the subjects' names, as stems: "Ерболат" of "Ерболат Досаев". */
  readonly #givenStems = new Set<string>();

  constructor(subjects: readonly Subject[], givenNames: ReadonlyMap<string, GivenNameClass>) {
    for (const key of subjectNameKeys(subjects)) this.#add(key, givenNames);
  }

  /** Whether a word, by its name key, is a form of a subject's name word. */
  covers(key: string): boolean {
    return this.#exact.has(key) || hasStemOf(key, this.#stems);
  }

  /**
   * Whether a given name, by its name key in any case form, is one a subject's name holds:
   * "Ерболата Досаева" is the subject, "Айгуль Досаева" a namesake.
   */
  holdsGivenName(key: string): boolean {
    return hasStemOf(key, this.#givenStems);
  }

  #add(key: string, givenNames: ReadonlyMap<string, GivenNameClass>): void {
    if (key.length < 2) return;
    // "Досаева" declines from "Досаев": the stem drops the nominative's final vowels.
    const stem = key.replace(/[aeiou]+$/, '');
    if (givenNames.has(key)) {
      this.#givenStems.add(stem.length >= SHORTEST_STEM ? stem : key);
      return;
    }
    this.#exact.add(key);
    if (stem.length >= SHORTEST_STEM) this.#stems.add(stem);
  }
}

function hasStemOf(key: string, stems: ReadonlySet<string>): boolean {
  const shortest = Math.min(key.length, Math.max(SHORTEST_STEM, key.length - LONGEST_ENDING));
  for (let length = key.length; length >= shortest; length--) {
    if (stems.has(key.slice(0, length))) return true;
  }
  return false;
}

/**
 * The keys of the words in the subjects' names and aliases, each once and sorted: all the
 * redactor reads of the subjects, whatever their order in the project file.
 */
export function subjectNameKeys(subjects: readonly Subject[]): string[] {
  const keys = new Set<string>();
  for (const subject of subjects) {
    for (const alias of [subject.name, ...subject.aliases]) {
      for (const word of alias.match(WORD) ?? []) keys.add(nameKey(word));
    }
  }
  return [...keys].sort();
}
