import { AMBIGUOUS_GIVEN_NAMES } from './names/ambiguous-given-names.js';
import { GIVEN_NAMES } from './names/given-names.js';
import { ORDINARY_WORD_FORMS } from './names/ordinary-word-forms.js';
import { SURNAME_SHAPED_WORDS } from './names/surname-shaped-words.js';
import { SURNAMES } from './names/surnames.js';
import { TOPONYM_NAMES } from './names/toponym-names.js';
import { WORLD_PLACE_NAMES } from './names/world-place-names.js';

/**
 * Every word list the name finder reads (generated into names/), so that a version of redaction
 * can change when one of them is rebuilt.
 */
export const SHIPPED_NAME_LISTS: readonly string[] = Object.freeze([
  GIVEN_NAMES, AMBIGUOUS_GIVEN_NAMES, SURNAMES, SURNAME_SHAPED_WORDS, ORDINARY_WORD_FORMS, TOPONYM_NAMES,
  WORLD_PLACE_NAMES,
]);
