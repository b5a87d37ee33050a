import type { Migration } from '../migration.js';
import { searchWithoutPlaceholders } from './011-search-without-placeholders.js';

/**
 * A hyphenated word is indexed also as its parts, after the post's words ("Аксай-4": "аксай",
 * "4"), so that "Аксай" finds the numbered blocks of the microdistrict. The entries are computed
 * by the store, so the step marks the index stale and the store indexes every post again when it
 * next opens.
 */
export const searchHyphenatedWordParts: Migration = {
  version: 13,
  name: 'search entries for the parts of hyphenated words',
  // The same statement as step 11: mark the index stale.
  sql: searchWithoutPlaceholders.sql,
};
