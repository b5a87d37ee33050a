/**
 * The retention limit of social-post text (`privacy.retentionDays`) held only in the store's
 * method: no command applied it, so residents' texts were kept for ever. Import, collect and
 * analyze now apply it when they write; serve and collect --watch once a day.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';

import { runCli } from './run-cli.js';

const DAY_MS = 86_400_000;

const MAYOR = `
  - id: mayor
    kind: official
    name: Ерболат Досаев
    aliases: [Досаев]`;

function project(retentionDays: number, subjects = ''): string {
  return `name: Retention test
city: Almaty
privacy:
  secret: retention-test-secret-0123456789
  retentionDays: ${retentionDays}
subjects:${subjects === '' ? ' []' : subjects}
`;
}

function daysAgo(days: number): string {
  return new Date(Date.now() - days * DAY_MS).toISOString();
}

const POSTS = [
  { id: 'old-social', date: daysAgo(40), platform: 'telegram', kind: 'social', text: 'Автобус 92 опять не пришёл, жду сорок минут' },
  { id: 'recent-social', date: daysAgo(2), platform: 'telegram', kind: 'social', text: 'Автобус 12 пришёл вовремя' },
  { id: 'old-article', date: daysAgo(40), platform: 'news', kind: 'article', outlet: 'Vlast.kz', url: 'https://vlast.kz/a', title: 'Автобусы', text: 'Автобусный парк обновят к весне' },
  { id: 'older-social', date: daysAgo(20), platform: 'vk', kind: 'social', text: 'Автобус сломался у остановки' },
].map((post) => JSON.stringify(post)).join('\n') + '\n';

describe('the retention limit of social-post text', () => {
  const work = mkdtempSync(join(tmpdir(), 'tyndau-retention-'));
  const projectPath = join(work, 'tyndau.yaml');
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  const storedTexts = (): Record<string, string | null> => {
    const database = new Database(join(work, 'tyndau.sqlite'), { readonly: true });
    try {
      const rows = database.prepare('SELECT kind, platform, text FROM posts ORDER BY published_at').all() as
        { kind: string; platform: string; text: string | null }[];
      return Object.fromEntries(rows.map((row, index) => [`${index}:${row.platform}`, row.text]));
    } finally {
      database.close();
    }
  };
  const found = (query: string): number =>
    (JSON.parse(runCli(['search', '--project', projectPath, '--json', query]).stdout) as { hits: unknown[] }).hits.length;

  it('is applied by import: social texts past the limit are removed, articles and their counts stay', () => {
    writeFileSync(projectPath, project(30));
    writeFileSync(join(work, 'posts.jsonl'), POSTS);

    const run = runCli(['import', '--project', projectPath, join(work, 'posts.jsonl')]);

    expect(run.code).toBe(0);
    expect(run.stdout).toContain('retention: removed the text of 1 social post older than 30 days (privacy.retentionDays); its analysis and counts stay');
    expect(storedTexts()).toEqual({
      '0:telegram': null,
      '1:news': 'Автобусный парк обновят к весне',
      '2:vk': 'Автобус сломался у остановки',
      '3:telegram': 'Автобус 12 пришёл вовремя',
    });
    expect(found('сорок')).toBe(0);
    expect(found('автобус*')).toBe(3);
    const database = new Database(join(work, 'tyndau.sqlite'), { readonly: true });
    expect(database.prepare('SELECT count(*) FROM posts').pluck().get()).toBe(4);
    database.close();
  });

  it('is applied by analyze when the limit is lowered, before re-analysing', () => {
    writeFileSync(projectPath, project(10));

    const run = runCli(['analyze', '--project', projectPath]);

    expect(run.code).toBe(0);
    expect(run.stdout).toContain('retention: removed the text of 1 social post older than 10 days');
    expect(Object.values(storedTexts())).toEqual([null, 'Автобусный парк обновят к весне', null, 'Автобус 12 пришёл вовремя']);
    expect(found('сломался')).toBe(0);
    expect(runCli(['analyze', '--project', projectPath]).stdout).not.toContain('retention:');
  });

  it('drops a removed subject from posts whose text is gone, which cannot be analysed again', () => {
    const mentions = (): string[] => {
      const database = new Database(join(work, 'tyndau.sqlite'), { readonly: true });
      try {
        return database.prepare(`SELECT p.text IS NULL AS gone, m.subject_id AS subject FROM post_mentions m
          JOIN posts p ON p.seq = m.post_seq ORDER BY p.published_at`).all()
          .map((row) => { const { gone, subject } = row as { gone: number; subject: string }; return `${gone ? 'gone' : 'kept'}:${subject}`; });
      } finally {
        database.close();
      }
    };
    writeFileSync(projectPath, project(30, MAYOR));
    writeFileSync(join(work, 'mayor.jsonl'), [
      { id: 'mayor-old', date: daysAgo(15), platform: 'telegram', kind: 'social', text: 'Досаев обещал починить дорогу на Абая' },
      { id: 'mayor-new', date: daysAgo(1), platform: 'telegram', kind: 'social', text: 'Досаеву пишут про дорогу на Абая' },
    ].map((post) => JSON.stringify(post)).join('\n') + '\n');
    expect(runCli(['import', '--project', projectPath, join(work, 'mayor.jsonl')]).code).toBe(0);
    writeFileSync(projectPath, project(10, MAYOR));
    expect(runCli(['analyze', '--project', projectPath]).code).toBe(0);
    expect(mentions()).toEqual(['gone:mayor', 'kept:mayor']);

    writeFileSync(projectPath, project(10));
    const run = runCli(['analyze', '--project', projectPath]);

    expect(run.code).toBe(0);
    expect(run.stdout).toContain('1 post without text (past retention) kept the rest of their analysis but lost 2 results '
      + 'for subjects, issues, slices, districts or agencies the project no longer has');
    expect(mentions()).toEqual([]);
    expect(runCli(['analyze', '--project', projectPath]).stdout).not.toContain('without text');
  });
});
