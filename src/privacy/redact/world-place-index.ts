import { givenNameIndex } from './given-name-index.js';
import { declinedKeys } from './name-lists.js';
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
  shared = new Set(declinedKeys(WORLD_PLACE_NAMES).filter((key) => !givenNames.has(key)));
  return shared;
}
