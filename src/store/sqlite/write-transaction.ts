import type { Database as Connection } from 'better-sqlite3';

/**
 * Wraps `write` in a transaction that takes the store's write lock when it begins. Two tyndau
 * commands may write to one store at once (an import beside `collect --watch` or `serve`): a
 * transaction that reads before it writes and began as a reader cannot wait for the lock once
 * another writer has committed, and SQLite fails it at once with "database is locked", where a
 * transaction that asked for the lock first waits its turn. Inside another transaction it is a
 * savepoint, as any nested transaction.
 */
export function writeTransaction<Args extends unknown[], Result>(
  database: Connection,
  write: (...args: Args) => Result,
): (...args: Args) => Result {
  return database.transaction(write).immediate;
}
