/**
 * The two stores the store tests run against: SQLite in a temporary folder, and PostgreSQL on
 * the local server in a database created for this test file and dropped after it. Each test gets
 * a fresh store (a new file, or a new PostgreSQL schema) and reads its tables with plain SQL that
 * both dialects accept; values come back in SQLite's shapes (times as epoch milliseconds, truth
 * as 1 and 0) so that one expectation fits both.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import Database from 'better-sqlite3';
import pg from 'pg';

import type { Migration } from '../../src/store/migrations/migration.js';
import { POSTGRES_MIGRATIONS } from '../../src/store/migrations/postgres/index.js';
import { SQLITE_MIGRATIONS } from '../../src/store/migrations/sqlite/index.js';
import { openPostgresStore } from '../../src/store/postgres/blocking-postgres-store.js';
import { createPool, describeUrl } from '../../src/store/postgres/connect.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { Store } from '../../src/store/store.js';

export type Row = Record<string, unknown>;

export const POSTGRES_SERVER = process.env['TYNDAU_TEST_POSTGRES'] ?? 'postgres://postgres@127.0.0.1:5432';

export interface StoreLocation {
  /** How the store names itself in errors. */
  readonly label: string;
  /** Opens the store of this test; again after `close`, the same data. */
  open(timezone?: string): Store;
  /** Rows of a query on the store's tables, in SQLite's value shapes. */
  rows(sql: string): Promise<Row[]>;
  /** Runs statements that change the store's tables behind its back. */
  execute(sql: string): Promise<void>;
  /** Every column of every table, as `table.column`. */
  columns(): Promise<string[]>;
}

export interface StoreBackend {
  readonly name: 'sqlite' | 'postgres';
  /** The schema steps this backend applies, oldest first. */
  readonly migrations: readonly Migration[];
  /** A new, empty store location for one test. */
  location(): Promise<StoreLocation>;
  /** Removes everything the backend created. */
  dispose(): Promise<void>;
}

export const BACKEND_NAMES = ['sqlite', 'postgres'] as const;

export async function createBackend(name: StoreBackend['name']): Promise<StoreBackend> {
  return name === 'sqlite' ? sqliteBackend() : postgresBackend();
}

function sqliteBackend(): StoreBackend {
  const folder = mkdtempSync(join(tmpdir(), 'tyndau-store-'));
  let count = 0;
  return {
    name: 'sqlite',
    migrations: SQLITE_MIGRATIONS,
    async location() {
      const path = join(folder, `store-${++count}`, 'tyndau.sqlite');
      const read = (sql: string): Row[] => {
        const database = new Database(path, { readonly: true });
        try {
          return database.prepare(sql).all() as Row[];
        } finally {
          database.close();
        }
      };
      return {
        label: path,
        open: (timezone = 'Asia/Almaty') => openSqliteStore(path, { timezone }),
        rows: async (sql) => read(sql),
        execute: async (sql) => {
          const database = new Database(path);
          try {
            database.exec(sql);
          } finally {
            database.close();
          }
        },
        columns: async () => read(`SELECT m.name || '.' || c.name AS name FROM sqlite_master m
          JOIN pragma_table_info(m.name) c WHERE m.type = 'table'`).map((row) => row['name'] as string),
      };
    },
    async dispose() {
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/** A database named for this process and moment, so parallel test files never share one. */
export async function createTestDatabase(prefix: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `${prefix}_${process.pid}_${Date.now().toString(36)}_${Math.floor(Math.random() * 1e6)}`;
  const admin = new pg.Client({ connectionString: `${POSTGRES_SERVER}/postgres` });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  return {
    url: `${POSTGRES_SERVER}/${name}`,
    async drop() {
      const client = new pg.Client({ connectionString: `${POSTGRES_SERVER}/postgres` });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}

async function postgresBackend(): Promise<StoreBackend> {
  const database = await createTestDatabase('tyndau_store_test');
  const reader = createPool(database.url, 2);
  let count = 0;
  return {
    name: 'postgres',
    migrations: POSTGRES_MIGRATIONS,
    async location() {
      const schema = `store_${++count}`;
      await reader.query(`CREATE SCHEMA ${schema}`);
      const url = `${database.url}?options=${encodeURIComponent(`-c search_path=${schema}`)}`;
      const inSchema = async <T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> => {
        const client = await reader.connect();
        try {
          await client.query(`SET search_path = ${schema}`);
          return await work(client);
        } finally {
          client.release();
        }
      };
      const read = (sql: string): Promise<Row[]> => inSchema(async (client) => (await client.query(sql)).rows.map(sqliteShapes));
      return {
        label: describeUrl(url),
        open: (timezone = 'Asia/Almaty') => openPostgresStore(url, { timezone }),
        rows: read,
        execute: (sql) => inSchema(async (client) => {
          await client.query(sql);
        }),
        columns: async () => (await read(`SELECT table_name || '.' || column_name AS name
          FROM information_schema.columns WHERE table_schema = '${schema}'`)).map((row) => row['name'] as string),
      };
    },
    async dispose() {
      await reader.end();
      await database.drop();
    },
  };
}

function sqliteShapes(row: Row): Row {
  const shaped: Row = {};
  for (const [key, value] of Object.entries(row)) {
    if (value instanceof Date) shaped[key] = value.getTime();
    else if (typeof value === 'boolean') shaped[key] = value ? 1 : 0;
    else shaped[key] = value;
  }
  return shaped;
}
