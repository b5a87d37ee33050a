import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { POSTGRES_MIGRATIONS } from '../../src/store/migrations/postgres/index.js';
import { connectPostgresStore } from '../../src/store/postgres/postgres-store.js';
import { makeItem } from './make-post.js';
import { createTestDatabase } from './store-backends.js';

const NEWEST = Math.max(...POSTGRES_MIGRATIONS.map((step) => step.version));
const NOVEMBER = { from: '2024-11-01', to: '2024-11-30' };

let database: { url: string; drop: () => Promise<void> };
/** The same database through an account whose transactions are read-only, as on a replica. */
let readOnlyUrl: string;

async function execute(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  database = await createTestDatabase('tyndau_read_only_test');
  readOnlyUrl = `${database.url}?options=${encodeURIComponent('-c default_transaction_read_only=on')}`;
});
afterAll(async () => database.drop());

describe('a PostgreSQL store on a read-only server', () => {
  it('refuses to start on an empty database it cannot migrate, naming the way out', async () => {
    await expect(connectPostgresStore(readOnlyUrl, { timezone: 'Asia/Almaty' })).rejects.toThrow(
      `the server is read-only and holds schema version 0, this tyndau needs ${NEWEST}; run any tyndau command once against the primary to migrate it`,
    );
  });

  it('opens without writing once the primary has migrated it, reads, and refuses writes', async () => {
    const primary = await connectPostgresStore(database.url, { timezone: 'Asia/Almaty' });
    await primary.savePosts([
      makeItem({ nativeId: 'r1', text: 'Тарифы на проезд подняли', publishedAt: '2024-11-12T05:00:00Z' }),
      makeItem({ nativeId: 'r2', text: 'Автобус 92 не пришёл', publishedAt: '2024-11-13T05:00:00Z' }),
    ]);
    await primary.close();

    const replica = await connectPostgresStore(readOnlyUrl, { timezone: 'Asia/Almaty' });
    try {
      const volume = (await replica.readRollups(NOVEMBER)).volume;
      expect(volume.reduce((sum, row) => sum + row.originals, 0)).toBe(2);
      expect((await replica.search('тариф*', { limit: 10, offset: 0 })).total).toBe(1);
      await expect(replica.savePosts([
        makeItem({ nativeId: 'r3', text: 'Яма на Абая', publishedAt: '2024-11-14T05:00:00Z' }),
      ])).rejects.toThrow(/read-only transaction/);
    } finally {
      await replica.close();
    }
  });

  it('refuses a project zone other than the one its posts are counted in', async () => {
    await expect(connectPostgresStore(readOnlyUrl, { timezone: 'Europe/Moscow' })).rejects.toThrow(
      'the server is read-only and counts posts by the days of Asia/Almaty, the project says Europe/Moscow',
    );
  });

  it('refuses a store of an older schema rather than read it wrongly', async () => {
    await execute(database.url, `DELETE FROM schema_version WHERE version = ${NEWEST}`);

    await expect(connectPostgresStore(readOnlyUrl, { timezone: 'Asia/Almaty' })).rejects.toThrow(
      `holds schema version ${NEWEST - 1}, this tyndau needs ${NEWEST}`,
    );
  });
});
