import { givenNameForms } from './given-name-forms.js';
import { givenNameIndex } from './given-name-index.js';
import { nameKey } from './name-key.js';
import { WORLD_PLACE_NAMES } from './names/world-place-names.js';

let shared: ReadonlySet<string> | undefined;

/**
 * Keys of the listed countries, regions, cities and bodies in their Russian and Kazakh case
 * forms ("Дании", "Украинаның"), built once per process. A form that is also a listed given
 * name's is left out, so that a name is never taken for a place.
 */
export function worldPlaceKeys(): ReadonlySet<string> {
  if (shared) return shared;
  const givenNames = givenNameIndex();
  const keys = new Set<string>();
  for (const place of WORLD_PLACE_NAMES.split(' ')) {
    if (place === '') continue;
    for (const form of givenNameForms(place)) {
      const key = nameKey(form);
      if (!givenNames.has(key)) keys.add(key);
    }
  }
  shared = keys;
  return keys;
}
