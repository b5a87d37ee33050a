import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';

import { packageRoot } from '../../src/package-root.js';
import { runCli } from './run-cli.js';

interface OlderPost {
  readonly nativeId: string;
  readonly platform: string;
  readonly kind?: string;
  readonly outlet?: string;
  readonly url?: string;
  readonly publishedAt: string;
  readonly title?: string;
  readonly text: string;
}

const OLDER_POSTS = readFileSync(
  join(packageRoot(), 'test', 'fixtures', 'store', 'posts-stored-by-older-redaction.jsonl'), 'utf8',
).split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line) as OlderPost);

const work = mkdtempSync(join(tmpdir(), 'tyndau-analyze-redaction-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs `change` on the project's store file, then closes it. */
function onStore<T>(file: string, change: (database: Database.Database) => T): T {
  const database = new Database(file);
  try {
    return change(database);
  } finally {
    database.close();
  }
}

describe('tyndau analyze', () => {
  it('redacts posts stored by an older redaction again and says what it removed, by kind', () => {
    const folder = join(work, 'project');
    const project = join(folder, 'tyndau.yaml');
    const posts = join(work, 'posts.jsonl');
    writeFileSync(posts, OLDER_POSTS.map((post) => JSON.stringify({
      id: post.nativeId, platform: post.platform, kind: post.kind, outlet: post.outlet, url: post.url,
      date: post.publishedAt, title: post.title, text: post.text,
    })).join('\n'));
    expect(runCli(['init', folder]).code).toBe(0);
    expect(runCli(['import', '--project', project, posts]).code).toBe(0);
    const store = join(folder, 'tyndau.sqlite');
    const postsInOrder = 'SELECT title, text FROM posts ORDER BY published_at';
    const imported = onStore(store, (database) => database.prepare(postsInOrder).all());

    // As an older tyndau stored them: the text its redactor left, and no versions recorded.
    onStore(store, (database) => {
      const update = database.prepare(`UPDATE posts SET title = ?, text = ?, analysis_versions_id = NULL
        WHERE seq = (SELECT seq FROM posts ORDER BY published_at LIMIT 1 OFFSET ?)`);
      OLDER_POSTS.forEach((post, index) => update.run(post.title ?? null, post.text, index));
    });
    const run = runCli(['analyze', '--project', project]);

    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^re-analysed 6 posts in [\d.]+ s\n/);
    expect(run.stdout.split('\n')[1]).toBe(
      'redacted 6 stored posts again: personal data removed from 4 (phone 2, email 1, iban 1, name 1)',
    );
    expect(onStore(store, (database) => database.prepare(postsInOrder).all())).toEqual(imported);

    const again = runCli(['analyze', '--project', project]);
    expect(again.stdout).toMatch(/^re-analysed 0 posts in [\d.]+ s\n$/);
  });
});
