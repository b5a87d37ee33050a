import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { connect, type NatsConnection } from 'nats';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createAnalyzer } from '../../src/analyze/pipeline.js';
import { createMemoryLogger } from '../../src/log/logger.js';
import { PrivacyGate } from '../../src/privacy/gate.js';
import { projectGate } from '../../src/privacy/project-gate.js';
import { loadProject } from '../../src/project/load-project.js';
import type { Project } from '../../src/project/project.js';
import { createPool } from '../../src/store/postgres/connect.js';
import { connectPostgresStore } from '../../src/store/postgres/postgres-store.js';
import { openQueue, type JetStreamQueue } from '../../src/worker/jetstream-queue.js';
import { publishRawPosts } from '../../src/worker/publish-raw-posts.js';
import { queueNames } from '../../src/worker/queue-names.js';
import { runWorker } from '../../src/worker/worker.js';
import { recountFromPostTables, sortedTables } from '../store/recount.js';
import { createTestDatabase } from '../store/store-backends.js';
import { rawPosts } from './raw-posts.js';

const NATS_URL = process.env['TYNDAU_TEST_NATS'] ?? 'nats://127.0.0.1:4222';
const COLLECTED_AT = new Date('2024-12-20T09:00:00Z');
const RUN = `t${process.pid}-${Date.now().toString(36)}`;

let database: { url: string; drop: () => Promise<void> };
let reader: pg.Pool;
let nats: NatsConnection;
let folder: string;
const queueBases: string[] = [];

beforeAll(async () => {
  database = await createTestDatabase('tyndau_worker_test');
  reader = createPool(database.url, 2);
  nats = await connect({ servers: NATS_URL });
  folder = mkdtempSync(join(tmpdir(), 'tyndau-worker-'));
});

afterAll(async () => {
  const manager = await nats.jetstreamManager();
  for (const base of queueBases) {
    const names = queueNames(base);
    await manager.streams.delete(names.stream).catch(() => undefined);
    await manager.streams.delete(names.deadStream).catch(() => undefined);
  }
  await nats.close();
  await reader.end();
  await database.drop();
  rmSync(folder, { recursive: true, force: true });
});

/** A schema of the test database, a queue base name and a project file that point at both. */
async function deployment(name: string): Promise<{ schema: string; queueName: string; projectPath: string }> {
  const schema = name.replaceAll('-', '_');
  await reader.query(`CREATE SCHEMA ${schema}`);
  const queueName = `${RUN}-${name}`;
  queueBases.push(queueName);
  const url = `${database.url}?options=${encodeURIComponent(`-c search_path=${schema}`)}`;
  const projectPath = join(folder, `${name}.yaml`);
  writeFileSync(projectPath, [
    'name: Distributed test',
    'city: Алматы',
    'privacy:',
    '  secret: distributed-test-secret-0123456789',
    // The posts are dated 2024: texts kept, as the clean run in this process keeps them.
    '  retentionDays: 36500',
    'store:',
    `  postgres: "${url}"`,
    'queue:',
    `  nats: ${NATS_URL}`,
    '',
  ].join('\n'));
  return { schema, queueName, projectPath };
}

async function rows(schema: string, sql: string): Promise<Record<string, unknown>[]> {
  const client = await reader.connect();
  try {
    await client.query(`SET search_path = ${schema}`);
    return (await client.query(sql)).rows as Record<string, unknown>[];
  } finally {
    client.release();
  }
}

async function postCount(schema: string): Promise<number> {
  try {
    return (await rows(schema, 'SELECT count(*) AS count FROM post_ids'))[0]!['count'] as number;
  } catch (error) {
    // The worker has not created its tables yet.
    if ((error as { code?: string }).code === '42P01') return 0;
    throw error;
  }
}

async function publish(queueName: string, count: number, copies = 1): Promise<void> {
  const queue = await openQueue({ url: NATS_URL, names: queueNames(queueName), ackWaitMs: 2000 });
  try {
    for (let copy = 0; copy < copies; copy++) await publishRawPosts(queue, rawPosts(count), COLLECTED_AT);
  } finally {
    await queue.connection.drain();
  }
}

function startWorkerProcess(
  projectPath: string, queueName: string, ackWaitMs: number,
): ChildProcess & { log: string[] } {
  const settings = { projectPath, queueName, batchSize: 100, ackWaitMs, idleExitMs: 3000 };
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/worker/worker-process.ts', JSON.stringify(settings)], {
    cwd: join(import.meta.dirname, '..', '..'),
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const log: string[] = [];
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => log.push(chunk));
  return Object.assign(child, { log });
}

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(child.exitCode);
    else child.once('exit', (code) => resolve(code));
  });
}

async function waitFor(condition: () => Promise<boolean>, what: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function stoppedReport(log: readonly string[]): Record<string, number> {
  const line = log.join('').split('\n').find((text) => text.includes('"worker.stopped"'));
  return line ? JSON.parse(line) as Record<string, number> : {};
}

/** What a single uninterrupted run stores: the same gate and analysis, straight into a store. */
async function cleanRun(project: Project, schema: string, count: number): Promise<void> {
  await reader.query(`CREATE SCHEMA ${schema}`);
  const url = `${database.url}?options=${encodeURIComponent(`-c search_path=${schema}`)}`;
  const store = await connectPostgresStore(url, { timezone: project.timezone });
  // The gate every way in builds: it keeps the project's district names ("Әуезов ауданында").
  const gate = projectGate(project);
  const analyzer = await createAnalyzer(project);
  const items = rawPosts(count).map((raw) => {
    const post = gate.admit(raw, COLLECTED_AT);
    return { post, analysis: analyzer.analyze({ text: post.text, title: post.title, declaredLanguage: post.declaredLanguage }) };
  });
  await store.savePosts(items);
  await store.close();
}

const POST_COLUMNS = `SELECT id, kind, platform, outlet, url, published_at, day, date_source, title, text,
  normalised, language, sentiment, amplifies_id FROM posts ORDER BY id`;

describe('distributed workers', () => {
  it('leave exactly the posts of a clean run when one is killed mid-stream and restarted', async () => {
    const { schema, queueName, projectPath } = await deployment('killed');
    await publish(queueName, 2000);

    // A short ack wait, so that what the killed worker held comes back soon.
    const first = startWorkerProcess(projectPath, queueName, 3000);
    await waitFor(async () => (await postCount(schema)) >= 300, 'the first worker to store some posts');
    first.kill('SIGKILL');
    await exited(first);
    const storedBeforeKill = await postCount(schema);

    const second = startWorkerProcess(projectPath, queueName, 3000);
    expect(await exited(second)).toBe(0);

    const project = await loadProject(projectPath, process.env);
    await cleanRun(project, 'killed_clean', 2000);
    expect(storedBeforeKill).toBeLessThan(2000);
    expect(await postCount(schema)).toBe(2000);
    expect(await rows(schema, POST_COLUMNS)).toEqual(await rows('killed_clean', POST_COLUMNS));
    const rollups = (target: string) => recountFromPostTables((sql) => rows(target, sql));
    expect(sortedTables(await rollupTables(schema))).toEqual(sortedTables(await rollups('killed_clean')));
    expect(sortedTables(await rollupTables(schema))).toEqual(sortedTables(await rollups(schema)));
    // Two worker starts and a clean run of 2,000 posts: a minute was once too short on a loaded machine.
  }, 180_000);

  it('remove the text of social posts past the project\'s retention limit when one starts', async () => {
    const { schema, queueName, projectPath } = await deployment('retention');
    writeFileSync(projectPath, readFileSync(projectPath, 'utf8').replace('retentionDays: 36500', 'retentionDays: 30'));
    await publish(queueName, 200);
    const withText = async (kind: string) =>
      (await rows(schema, `SELECT count(*)::int AS n FROM posts WHERE kind = '${kind}' AND text IS NOT NULL`))[0]!['n'];

    // The first finds an empty store at its start and stores the 2024 posts with their texts.
    expect(await exited(startWorkerProcess(projectPath, queueName, 3000))).toBe(0);
    expect(await withText('social')).toBeGreaterThan(0);
    expect(await exited(startWorkerProcess(projectPath, queueName, 3000))).toBe(0);

    expect(await withText('social')).toBe(0);
    expect(await withText('article')).toBeGreaterThan(0);
    expect(await postCount(schema)).toBe(200);
  });

  it('never write a post twice when two work on one stream that holds every post twice', async () => {
    const { schema, queueName, projectPath } = await deployment('pair');
    await publish(queueName, 1500, 2);

    const workers = [0, 1].map(() => startWorkerProcess(projectPath, queueName, 20_000));
    expect(await Promise.all(workers.map(exited))).toEqual([0, 0]);

    const reports = workers.map((worker) => stoppedReport(worker.log));
    expect(reports.map((report) => report['messages']! > 0)).toEqual([true, true]);
    // A message can come twice when a slow batch outlasts the ack wait; it is stored once.
    expect(reports.reduce((sum, report) => sum + report['messages']!, 0)).toBeGreaterThanOrEqual(3000);
    expect(reports.reduce((sum, report) => sum + report['inserted']!, 0)).toBe(1500);
    expect(await postCount(schema)).toBe(1500);
    const volume = await rows(schema, 'SELECT sum(originals + amplifications) AS posts FROM rollup_volume');
    expect(volume).toEqual([{ posts: 1500 }]);
    const rollups = await recountFromPostTables((sql) => rows(schema, sql));
    expect(sortedTables(await rollupTables(schema))).toEqual(sortedTables(rollups));
  });

  it('gives the batch it pulled ahead back to the queue at once when stopped', async () => {
    const { schema, queueName, projectPath } = await deployment('stopped');
    const project = await loadProject(projectPath, process.env);
    // An ack wait far longer than the test: a message held back would only come again after it.
    const queue = await openQueue({ url: NATS_URL, names: queueNames(queueName), ackWaitMs: 600_000 });
    const store = await connectPostgresStore(project.postgresUrl!, { timezone: project.timezone });
    try {
      await publishRawPosts(queue, rawPosts(400), COLLECTED_AT);
      const options = {
        queue, store, logger: createMemoryLogger(), batchSize: 50, maxAttempts: 2,
        gate: new PrivacyGate({ secret: project.privacy.secret, subjects: [] }),
        analyzer: await createAnalyzer(project),
      };
      const stop = new AbortController();
      const stopping = setInterval(() => {
        void postCount(schema).then((count) => count >= 50 && stop.abort());
      }, 20);
      const first = await runWorker({ ...options, signal: stop.signal }).finally(() => clearInterval(stopping));
      expect(first.inserted).toBeLessThan(400);

      const second = await runWorker({ ...options, idleExitMs: 1500 });

      expect(first.inserted + second.inserted).toBe(400);
      expect(await postCount(schema)).toBe(400);
    } finally {
      await queue.connection.drain();
      await store.close();
    }
  });

  it('leaves messages that come while it stops idle untouched, not taken and given back', async () => {
    const { queueName, projectPath } = await deployment('idle-exit');
    const project = await loadProject(projectPath, process.env);
    const queue = await openQueue({ url: NATS_URL, names: queueNames(queueName), ackWaitMs: 600_000 });
    const store = await connectPostgresStore(project.postgresUrl!, { timezone: project.timezone });
    try {
      const options = {
        queue, store, logger: createMemoryLogger(), batchSize: 50, maxAttempts: 2, idleExitMs: 0,
        gate: new PrivacyGate({ secret: project.privacy.secret, subjects: [] }),
        analyzer: await createAnalyzer(project),
      };
      // Its first pull waits a second and finds nothing, so it stops; the posts come 0.6 s
      // later. A worker that had pulled again before deciding to stop took them and gave them
      // back, each counted as a delivery: a post that then failed once went to the dead letters.
      const working = runWorker(options);
      await new Promise((resolve) => setTimeout(resolve, 1600));
      await publishRawPosts(queue, rawPosts(10), COLLECTED_AT);
      expect((await working).messages).toBe(0);

      const consumer = await queue.jetstream.consumers.get(queue.names.stream, queue.names.consumer);
      const waiting = await consumer.fetch({ max_messages: 10, expires: 2000 });
      const deliveries: number[] = [];
      for await (const message of waiting) {
        deliveries.push(message.info.deliveryCount);
        message.nak();
      }
      expect(deliveries).toEqual(Array(10).fill(1));
    } finally {
      await queue.connection.drain();
      await store.close();
    }
  });

  it('sets a poison message aside on the dead-letter subject with its error after the last attempt', async () => {
    const { schema, queueName, projectPath } = await deployment('poison');
    const project = await loadProject(projectPath, process.env);
    const queue = await openQueue({ url: NATS_URL, names: queueNames(queueName), ackWaitMs: 2000 });
    const store = await connectPostgresStore(project.postgresUrl!, { timezone: project.timezone });
    try {
      await publishRawPosts(queue, rawPosts(20), COLLECTED_AT);
      await queue.jetstream.publish(queue.names.subject, new TextEncoder().encode('{"kind": "social", "text": '));
      await publishRawPosts(queue, [{ ...rawPosts(1)[0]!, nativeId: '', location: { file: 'stream.jsonl', line: 99 } }], COLLECTED_AT);

      const logger = createMemoryLogger();
      const report = await runWorker({
        queue, store, logger, batchSize: 50, maxAttempts: 2, idleExitMs: 2500,
        gate: new PrivacyGate({ secret: project.privacy.secret, subjects: [] }),
        analyzer: await createAnalyzer(project),
      });

      expect(report).toMatchObject({ inserted: 20, failedAttempts: 4, deadLetters: 2 });
      expect(await postCount(schema)).toBe(20);
      const dead = await deadLetters(queue);
      expect(dead).toEqual([
        { attempts: '2', error: expect.stringMatching(/^queue message: not UTF-8 JSON/) },
        { attempts: '2', error: 'privacy gate: stream.jsonl line 99 has no native id; the importer must give one' },
      ]);
    } finally {
      await queue.connection.drain();
      await store.close();
    }
  });
});

async function rollupTables(schema: string): Promise<Record<string, Record<string, unknown>[]>> {
  const counts = 'originals, amplifications';
  return {
    volume: await rows(schema, `SELECT day, kind, platform, language, sentiment, ${counts}, first_seen_dates AS "firstSeenDates" FROM rollup_volume`),
    issues: await rows(schema, `SELECT day, issue_id AS "issueId", language, kind, sentiment, ${counts} FROM rollup_issue`),
    subjects: await rows(schema, `SELECT day, subject_id AS "subjectId", language, kind, sentiment, ${counts} FROM rollup_subject`),
    districts: await rows(schema, `SELECT day, district_id AS "districtId", language, kind, sentiment, ${counts} FROM rollup_district`),
    districtIssues: await rows(schema, `SELECT day, district_id AS "districtId", issue_id AS "issueId", ${counts} FROM rollup_district_issue`),
    slices: await rows(schema, `SELECT day, slice_id AS "sliceId", language, kind, sentiment, ${counts} FROM rollup_slice`),
    outlets: await rows(schema, `SELECT day, outlet, ${counts} FROM rollup_outlet`),
    scopes: await rows(schema, `SELECT day, scope, ${counts} FROM rollup_scope`),
  };
}

async function deadLetters(queue: JetStreamQueue): Promise<{ attempts: string; error: string }[]> {
  const manager = await queue.connection.jetstreamManager();
  const info = await manager.streams.info(queue.names.deadStream);
  const letters: { attempts: string; error: string }[] = [];
  for (let seq = info.state.first_seq; seq <= info.state.last_seq; seq++) {
    const message = await manager.streams.getMessage(queue.names.deadStream, { seq });
    letters.push({ attempts: message.header.get('Tyndau-Attempts'), error: message.header.get('Tyndau-Error') });
  }
  return letters;
}
