import { declinedKeys, listedWords } from './name-lists.js';
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
  const listed = new Set(declinedKeys(SURNAMES));
  const notSurnames = new Set(listedWords(SURNAME_SHAPED_WORDS));
  for (const key of notSurnames) listed.delete(key);
  shared = { listed, notSurnames };
  return shared;
}
