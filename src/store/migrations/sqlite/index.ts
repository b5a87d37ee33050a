import type { Migration } from '../migration.js';
import { postsRollupsSearch } from './001-posts-rollups-search.js';
import { agencyAttribution } from './002-agency-attribution.js';
import { sourceLedger } from './003-source-ledger.js';
import { stemmedSearch } from './004-stemmed-search.js';
import { searchFactsIndex } from './005-search-facts-index.js';
import { dayPlacedExcerptsDatedRollups } from './006-day-placed-excerpts-dated-rollups.js';
import { rankOrderIndexes } from './007-rank-order-indexes.js';
import { groupedSentimentRollups } from './008-grouped-sentiment-rollups.js';
import { collectionNewAndStored } from './009-collection-new-and-stored.js';
import { analysisVersions } from './010-analysis-versions.js';
import { searchWithoutPlaceholders } from './011-search-without-placeholders.js';
import { searchKazakhLettersInRussianStems } from './012-search-kazakh-letters-in-russian-stems.js';
import { searchHyphenatedWordParts } from './013-search-hyphenated-word-parts.js';
import { postAliases } from './014-post-aliases.js';
import { postScope } from './015-post-scope.js';

/** Every SQLite schema step, oldest first. Append new steps; never edit a shipped one. */
export const SQLITE_MIGRATIONS: readonly Migration[] = Object.freeze([
  postsRollupsSearch,
  agencyAttribution,
  sourceLedger,
  stemmedSearch,
  searchFactsIndex,
  dayPlacedExcerptsDatedRollups,
  rankOrderIndexes,
  groupedSentimentRollups,
  collectionNewAndStored,
  analysisVersions,
  searchWithoutPlaceholders,
  searchKazakhLettersInRussianStems,
  searchHyphenatedWordParts,
  postAliases,
  postScope,
]);
