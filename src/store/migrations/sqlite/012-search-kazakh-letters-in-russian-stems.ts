import type { Migration } from '../migration.js';
import { searchWithoutPlaceholders } from './011-search-without-placeholders.js';

/**
 * A Russian post's word written with Kazakh letters ("Ақбұлақ") is stemmed with them folded to
 * their Russian-keyboard stand-ins, as Kazakh words were: the stand-in spelling ("Акбулак")
 * missed it. The entries are written by the store, so the step marks the index stale and the
 * store indexes every post again when it next opens.
 */
export const searchKazakhLettersInRussianStems: Migration = {
  version: 12,
  name: 'search entries with Kazakh letters folded in Russian stems',
  // The same statement as the step before: mark the index stale.
  sql: searchWithoutPlaceholders.sql,
};
