import type { Migration } from '../migration.js';
import { postsRollupsSearch } from './001-posts-rollups-search.js';
import { sourceLedger } from './002-source-ledger.js';
import { agencyAttribution } from './003-agency-attribution.js';
import { rankedIssueRows } from './004-ranked-issue-rows.js';
import { stemmedSearch } from './005-stemmed-search.js';
import { datedRollups } from './006-dated-rollups.js';
import { rankIndexes } from './007-rank-indexes.js';
import { lz4Text } from './008-lz4-text.js';
import { groupedSentimentRollups } from './009-grouped-sentiment-rollups.js';
import { collectionNewAndStored } from './010-collection-new-and-stored.js';
import { searchWithoutPlaceholders } from './011-search-without-placeholders.js';
import { searchKazakhLettersInRussianStems } from './012-search-kazakh-letters-in-russian-stems.js';
import { searchHyphenatedWordParts } from './013-search-hyphenated-word-parts.js';
import { postAliases } from './014-post-aliases.js';
import { postScope } from './015-post-scope.js';

/** Every PostgreSQL schema step, oldest first. Append new steps; never edit a shipped one. */
export const POSTGRES_MIGRATIONS: readonly Migration[] = Object.freeze([
  postsRollupsSearch, sourceLedger, agencyAttribution, rankedIssueRows, stemmedSearch, datedRollups,
  rankIndexes, lz4Text, groupedSentimentRollups, collectionNewAndStored,
  searchWithoutPlaceholders, searchKazakhLettersInRussianStems, searchHyphenatedWordParts, postAliases,
  postScope,
]);
