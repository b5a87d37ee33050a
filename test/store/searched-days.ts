import { beforeAll } from 'vitest';

import type { Store, StoredItem } from '../../src/store/store.js';
import { createBackend, type StoreBackend } from './store-backends.js';

/**
 * Saves `items` in a fresh store of the backend before the suite's tests, closes it after, and
 * answers a query with the days of its hits, sorted: what the search tests compare.
 */
export function searchedDays(backendName: StoreBackend['name'], items: readonly StoredItem[]): (query: string) => string[] {
  let store: Store;
  beforeAll(async () => {
    const backend = await createBackend(backendName);
    store = (await backend.location()).open();
    store.savePosts(items);
    return async () => {
      store.close();
      await backend.dispose();
    };
  });
  return (query) => store.search(query, { limit: 20, offset: 0 }).hits.map((hit) => hit.day).sort();
}
