import { givenNameForms } from './given-name-forms.js';
import { nameKey } from './name-key.js';
import { SURNAME_SHAPED_WORDS } from './names/surname-shaped-words.js';
import { SURNAMES } from './names/surnames.js';

export interface SurnameIndex {
  /** Keys of listed surnames ("Трамп", "Нетаньяху") in every Russian and Kazakh case form. */
  readonly listed: ReadonlySet<string>;
  /** Keys of words that end like surnames but are not ("Один", "Магазин", "Берлин"). */
  readonly notSurnames: ReadonlySet<string>;
}

let shared: SurnameIndex | undefined;

/** The surname lists by name key, built once per process and shared by every gate. */
export function surnameIndex(): SurnameIndex {
  if (shared) return shared;
  const listed = new Set<string>();
  for (const surname of words(SURNAMES)) {
    for (const form of givenNameForms(surname)) listed.add(nameKey(form));
  }
  const notSurnames = new Set(words(SURNAME_SHAPED_WORDS));
  for (const key of notSurnames) listed.delete(key);
  shared = { listed, notSurnames };
  return shared;
}

function words(list: string): string[] {
  return list.split(' ').filter((word) => word !== '');
}
