/**
 * `tyndau publish` reads files batch by batch, as `tyndau import` does (a large export is
 * streamed), publishes every readable post to the JetStream work queue and names each record it
 * skips. Uses the NATS server on this machine (`TYNDAU_TEST_NATS`, default loopback).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { connect, type NatsConnection } from 'nats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { runCli } from './run-cli.js';
import { queueNames } from '../../src/worker/queue-names.js';

const NATS_URL = process.env['TYNDAU_TEST_NATS'] ?? 'nats://127.0.0.1:4222';
const QUEUE = `publish-test-${process.pid}`;
const FIXTURE = new URL('../fixtures/collect/jsonl-broken-line-quoting-a-phone-number.jsonl', import.meta.url).pathname;
const WITH_NOTES = new URL('../fixtures/collect/csv-semicolon-author-column-social-platforms-in-russian.csv', import.meta.url).pathname;
const ONE_FILE_FOLDER = new URL('../fixtures/collect/folder-telegram-json-export-with-one-photo', import.meta.url).pathname;

let nats: NatsConnection;
let folder: string;

beforeAll(async () => {
  nats = await connect({ servers: NATS_URL });
  folder = mkdtempSync(join(tmpdir(), 'tyndau-publish-'));
  writeFileSync(join(folder, 'tyndau.yaml'), [
    'name: Publish test',
    'city: Алматы',
    'privacy:',
    '  secret: publish-test-secret-0123456789',
    'queue:',
    `  nats: ${NATS_URL}`,
    '',
  ].join('\n'));
});

afterAll(async () => {
  const manager = await nats.jetstreamManager();
  await manager.streams.delete(queueNames(QUEUE).stream).catch(() => undefined);
  await manager.streams.delete(queueNames(QUEUE).deadStream).catch(() => undefined);
  await nats.close();
  rmSync(folder, { recursive: true, force: true });
});

describe('tyndau publish', () => {
  it('publishes the readable posts of each file and names the record it skipped, without its text', async () => {
    const projectPath = join(folder, 'tyndau.yaml');
    const large = join(folder, 'large.jsonl');
    writeFileSync(large, Array.from({ length: 2500 }, (_, index) =>
      JSON.stringify({ id: `post-${index}`, text: `Автобус ${index} опять не пришёл`, date: '2026-11-02T08:00:00+05:00' })).join('\n'));

    const run = runCli(['publish', '-p', projectPath, '--queue-name', QUEUE, FIXTURE, large]);

    expect(run.code).toBe(2);
    expect(run.stdout).toContain('jsonl-broken-line-quoting-a-phone-number.jsonl: jsonl, 1 published, 1 skipped');
    expect(run.stdout).toMatch(/skipped .*jsonl-broken-line-quoting-a-phone-number\.jsonl:2: /);
    expect(run.stdout).not.toContain('87011234567');
    expect(run.stdout).toContain('large.jsonl: jsonl, 2500 published, 0 skipped');
    const stream = await (await nats.jetstreamManager()).streams.info(queueNames(QUEUE).stream);
    expect(stream.state.messages).toBe(2501);
  });

  it('prints the notes of what it read and the folders it read, as import does', () => {
    const projectPath = join(folder, 'tyndau.yaml');
    const run = runCli(['publish', '-p', projectPath, '--queue-name', QUEUE, WITH_NOTES, ONE_FILE_FOLDER]);

    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout.split('\n')).toEqual([
      `${ONE_FILE_FOLDER}: a folder, 1 file read; 1 media, style or script file passed over`,
      `${WITH_NOTES}: csv, 3 published, 0 skipped`,
      `  note ${WITH_NOTES}:1: columns not read: "Автор"; the names tyndau reads are listed in the README ` +
        '(author-like columns are never read)',
      `${join(ONE_FILE_FOLDER, 'result.json')}: telegram, 3 published, 0 skipped`,
      `  note ${join(ONE_FILE_FOLDER, 'result.json')}: 1 service message (a join, pin or call) is not a post; left out`,
      '',
    ]);
  });
});
