import type { CollectionLedger } from './collection-ledger.js';
import { BlockingPostgresStore } from './postgres/blocking-postgres-store.js';
import { SqliteCollectionLedger } from './sqlite/sqlite-collection-ledger.js';
import { SqliteStore } from './sqlite/sqlite-store.js';
import type { Store } from './store.js';

/**
 * The collection ledger kept beside `store`'s posts, or null for a store that keeps none. The
 * ledger writes through the store's own connection, so a run's posts and cursor commit together.
 */
export function openCollectionLedger(store: Store): CollectionLedger | null {
  if (store instanceof SqliteStore) return new SqliteCollectionLedger(store);
  // The PostgreSQL store keeps the ledger in its own database and commits runs in its thread.
  if (store instanceof BlockingPostgresStore) return store;
  return null;
}
