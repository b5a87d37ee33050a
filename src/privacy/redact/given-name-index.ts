import { AMBIGUOUS_GIVEN_NAMES } from './names/ambiguous-given-names.js';
import { GIVEN_NAMES } from './names/given-names.js';
import { ORDINARY_WORD_FORMS } from './names/ordinary-word-forms.js';
import { TOPONYM_NAMES } from './names/toponym-names.js';
import { givenNameForms } from './given-name-forms.js';
import { nameKey } from './name-key.js';

/**
 * How sure a word is to be a given name:
 * - 'given': almost never anything else ("Айгерім", "Дмитрия");
 * - 'ambiguous': also an ordinary word ("Вера", "Бақыт"), or alone a street or a district in
 *   Almaty ("Абая", "Медеу"): a name only with a surname or patronymic beside it.
 */
export type GivenNameClass = 'given' | 'ambiguous';

let shared: ReadonlyMap<string, GivenNameClass> | undefined;

/**
 * Every declined form of every listed given name, by name key. Built once per process (about
 * 25 thousand keys, a few tens of milliseconds) and shared by every gate.
 */
export function givenNameIndex(): ReadonlyMap<string, GivenNameClass> {
  if (shared) return shared;
  const index = new Map<string, GivenNameClass>();
  for (const name of words(GIVEN_NAMES)) {
    for (const form of givenNameForms(name)) index.set(nameKey(form), 'given');
  }
  // Ambiguous entries go last so that they win over a 'given' form with the same key.
  for (const name of [...words(AMBIGUOUS_GIVEN_NAMES), ...words(TOPONYM_NAMES)]) {
    for (const form of givenNameForms(name)) index.set(nameKey(form), 'ambiguous');
  }
  for (const form of words(ORDINARY_WORD_FORMS)) index.set(nameKey(form), 'ambiguous');
  shared = index;
  return index;
}

function words(list: string): string[] {
  return list.split(' ').filter((word) => word !== '');
}
