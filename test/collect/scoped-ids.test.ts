import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';

import { scopedNativeId } from '../../src/collect/identity/scoped-native-id.js';
import { runCli } from '../cli/run-cli.js';
import { fixture, importFixture } from './fixture.js';

const work = mkdtempSync(join(tmpdir(), 'tyndau-scoped-ids-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const ids = async (name: string): Promise<string[]> =>
  (await importFixture(`same-ids/${name}`)).posts.map((post) => post.nativeId);

describe('ids that are bare numbers', () => {
  it('differ between two exports that both number their rows 1, 2, 3', async () => {
    const group = await ids('district-group-export.csv');
    const chat = await ids('city-chat-export.csv');

    expect(group).toHaveLength(3);
    expect(new Set([...group, ...chat]).size).toBe(7);
    expect(await ids('district-group-export.csv')).toEqual(group);
  });

  it('are scoped by the channel a record names, written as a handle or a link', async () => {
    expect(await ids('two-channels.jsonl'))
      .toEqual(['almaty_transport:501', 'almaty_dvor:501', 'almaty_transport:501', 'almaty_dvor:502']);
  });

  it('lead a reply in the same file to its parent under the scoped id of the parent', async () => {
    const chat = (await importFixture('same-ids/city-chat-export.csv')).posts;
    const channels = (await importFixture('same-ids/two-channels.jsonl')).posts;

    expect(chat[3]!.parentNativeId).toBe(chat[1]!.nativeId);
    expect(chat[1]!.nativeId).toMatch(/^2@content:/);
    expect(channels[3]!.parentNativeId).toBe('almaty_dvor:501');
  });

  it('give way to the item link in a feed, the identity live collection gives the same article', async () => {
    const a = await ids('feed-a.xml');
    const b = await ids('feed-b.xml');

    expect(a).toEqual(['https://vecher.example.kz/news/remont-dorog']);
    expect(b[0]).toBe('https://aqshamy.example.kz/kk/tarifter');
    expect(b[1]).toMatch(/^102@content:[0-9a-f]{32}$/);
  });

  it('are the same numbers when written as decimals, as pandas writes a column with an empty cell', async () => {
    const floats = (await importFixture('same-ids/city-chat-export-pandas-floats.csv')).posts;

    expect(floats.map((post) => post.nativeId)).toEqual(await ids('city-chat-export.csv'));
    expect(floats[3]!.parentNativeId).toBe(floats[1]!.nativeId);
    expect(scopedNativeId('12.0', { text: 'Текст', channel: '@almaty_dvor' })).toBe('almaty_dvor:12');
    expect(scopedNativeId('12.5', { text: 'Текст', channel: '@almaty_dvor' })).toBe('12.5');
  });

  it('leaves ids that are not bare numbers as given', () => {
    const scope = { text: 'Текст', channel: 'almaty_dvor', url: 'https://example.kz/a' };
    expect(scopedNativeId('wall-123_456', scope)).toBe('wall-123_456');
    expect(scopedNativeId('UgzX1', scope)).toBe('UgzX1');
    // Longer than any per-channel counter: a global id such as a snowflake.
    expect(scopedNativeId('1859327640123456789', scope)).toBe('1859327640123456789');
    expect(scopedNativeId('42', scope)).toBe('almaty_dvor:42');
    expect(scopedNativeId('-3', scope)).toBe('almaty_dvor:-3');
  });
});

describe('tyndau import of two exports numbered alike', () => {
  const projectDir = join(work, 'project');
  const files = ['district-group-export.csv', 'city-chat-export.csv', 'two-channels.jsonl', 'feed-a.xml', 'feed-b.xml']
    .map((name) => fixture(`same-ids/${name}`));

  it('stores every post of both, and a second import stores none again', () => {
    expect(runCli(['init', projectDir]).code).toBe(0);
    const project = join(projectDir, 'tyndau.yaml');

    const first = runCli(['import', '--project', project, ...files]);
    const second = runCli(['import', '--project', project, ...files]);

    // The third JSONL line repeats the first's channel and id: the same post, corrected.
    expect(first.stdout).toMatch(/^total: 13 new, 1 already stored, 0 skipped, 0 files failed$/m);
    expect(second.stdout).toMatch(/^total: 0 new, 14 already stored, 0 skipped, 0 files failed$/m);
    const db = new Database(join(projectDir, 'tyndau.sqlite'), { readonly: true });
    try {
      expect((db.prepare('SELECT count(*) AS n FROM posts').get() as { n: number }).n).toBe(13);
    } finally {
      db.close();
    }
  });
});
