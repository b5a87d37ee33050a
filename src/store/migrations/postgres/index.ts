import type { Migration } from '../migration.js';
import { postsRollupsSearch } from './001-posts-rollups-search.js';
import { sourceLedger } from './002-source-ledger.js';

/** Every PostgreSQL schema step, oldest first. Append new steps; never edit a shipped one. */
export const POSTGRES_MIGRATIONS: readonly Migration[] = Object.freeze([postsRollupsSearch, sourceLedger]);
