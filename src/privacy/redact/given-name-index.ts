import { AMBIGUOUS_GIVEN_NAMES } from './names/ambiguous-given-names.js';
import { GIVEN_NAMES } from './names/given-names.js';
import { ORDINARY_WORD_FORMS } from './names/ordinary-word-forms.js';
import { TOPONYM_NAMES } from './names/toponym-names.js';
import { AMBIGUOUS_ENGLISH_GIVEN_NAMES, ENGLISH_GIVEN_NAMES } from './english-given-names.js';
import { nameKey } from './name-key.js';
import { declinedKeys, listedWords } from './name-lists.js';

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
  for (const key of declinedKeys(GIVEN_NAMES)) index.set(key, 'given');
  // Ambiguous entries go last so that they win over a 'given' form with the same key.
  for (const key of [...declinedKeys(AMBIGUOUS_GIVEN_NAMES), ...declinedKeys(TOPONYM_NAMES)]) index.set(key, 'ambiguous');
  for (const form of listedWords(ORDINARY_WORD_FORMS)) index.set(nameKey(form), 'ambiguous');
  // English spellings, where no listed name or word has the key already.
  for (const name of ENGLISH_GIVEN_NAMES) if (!index.has(nameKey(name))) index.set(nameKey(name), 'given');
  for (const name of AMBIGUOUS_ENGLISH_GIVEN_NAMES) if (!index.has(nameKey(name))) index.set(nameKey(name), 'ambiguous');
  shared = index;
  return index;
}
