import { givenNameForms } from './given-name-forms.js';
import { nameKey } from './name-key.js';

/** The words of a shipped list, written space-separated (see names/). */
export function listedWords(list: string): string[] {
  return list.split(' ').filter((word) => word !== '');
}

/** The keys of every Russian and Kazakh case form of each word of a shipped list. */
export function declinedKeys(list: string): string[] {
  return listedWords(list).flatMap((word) => givenNameForms(word).map(nameKey));
}
