import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';

import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import '../../cli/build-cli.js';
import { createTestDatabase } from '../../store/store-backends.js';
import { serveScenario, storedPosts, writeScenarioProject } from './collect-scenario.js';
import { FixtureServer } from './fixture-server.js';

const CLI_ENTRY = inject('cliEntry');

let server: FixtureServer;
let database: { url: string; drop: () => Promise<void> };
beforeAll(async () => {
  server = await FixtureServer.start();
  serveScenario(server);
  database = await createTestDatabase('tyndau_collect_test');
});
afterAll(async () => {
  await server.close();
  await database.drop();
});

async function runCli(args: readonly string[], postgresUrl?: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const env = { ...process.env, TEST_VK_TOKEN: 'cli-test-token', TYNDAU_POSTGRES_URL: postgresUrl ?? '' };
  const child = spawn(process.execPath, [CLI_ENTRY, ...args], { env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

async function postgresPosts(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query<{ id: string; amplifies_id: string | null }>('SELECT id, amplifies_id FROM posts ORDER BY id');
    return result.rows.map((row) => `${row.id} ${row.amplifies_id ?? '-'}`);
  } finally {
    await client.end();
  }
}

function healthOf(stdout: string): [string, string, number][] {
  const health = JSON.parse(stdout) as { sourceId: string; condition: string; errorStreak: number }[];
  return health.map((source) => [source.sourceId, source.condition, source.errorStreak]);
}

describe('tyndau collect and status, into SQLite and into PostgreSQL', () => {
  it('stores the same posts and amplification marks in both, resumes from cursors, and prints health', async () => {
    const sqlite = writeScenarioProject(server);
    const postgres = writeScenarioProject(server);
    try {
      const intoSqlite = await runCli(['collect', '--once', '--project', sqlite.projectPath]);
      const sqliteStatus = await runCli(['status', '--project', sqlite.projectPath, '--json']);
      const first = await runCli(['collect', '--once', '--project', postgres.projectPath], database.url);
      const second = await runCli(['collect', '--once', '--project', postgres.projectPath], database.url);
      const status = await runCli(['status', '--project', postgres.projectPath, '--json'], database.url);

      expect([intoSqlite.code, first.code, second.code], first.stderr + second.stderr).toEqual([0, 0, 0]);
      expect(await postgresPosts(database.url)).toEqual(storedPosts(sqlite.storePath));
      expect(intoSqlite.stdout).toContain('news: 10 read, 10 new, 1 near duplicate, 0 skipped');
      expect(first.stdout).toContain('chat: 4 read, 4 new, 1 near duplicate, 0 skipped');
      expect(second.stdout).toContain('chat: 0 read, 0 new, 0 near duplicates, 0 skipped');
      const healthy = [['news', 'ok', 0], ['chat', 'ok', 0], ['wall', 'ok', 0]];
      expect(healthOf(sqliteStatus.stdout)).toEqual(healthy);
      expect(healthOf(status.stdout)).toEqual(healthy);
    } finally {
      rmSync(sqlite.dir, { recursive: true, force: true });
      rmSync(postgres.dir, { recursive: true, force: true });
    }
  }, 240_000);
});
