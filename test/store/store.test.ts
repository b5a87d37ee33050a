import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { reanalyzesInBatches } from '../../src/store/batch-reanalysis.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { Store, StoredItem, StoredPostText } from '../../src/store/store.js';
import { makeAnalysis, makeItem } from './make-post.js';
import { recountFromPostTables, sortedTables } from './recount.js';
import { sampleItems } from './sample-items.js';
import { BACKEND_NAMES, createBackend, type StoreBackend, type StoreLocation } from './store-backends.js';

const WHOLE_MONTH = { from: '2024-11-01', to: '2024-11-30' };

describe.each(BACKEND_NAMES)('%s store', (backendName) => {
let backend: StoreBackend;
let location: StoreLocation;
let store: Store;

beforeAll(async () => {
  backend = await createBackend(backendName);
});

afterAll(async () => {
  await backend.dispose();
});

beforeEach(async () => {
  location = await backend.location();
  store = location.open();
});

afterEach(() => {
  store.close();
});

const rawRows = (sql: string) => location.rows(sql);
const recount = () => recountFromPostTables(rawRows);

describe('saving posts', () => {
  it('stores a batch once and counts a re-import as existing, leaving the post count unchanged', async () => {
    const items = sampleItems(200);

    expect(store.savePosts(items)).toEqual({ inserted: 200, existing: 0 });
    expect(store.savePosts(items)).toEqual({ inserted: 0, existing: 200 });
    expect(store.savePosts([...items.slice(0, 50), ...sampleItems(260).slice(200)]))
      .toEqual({ inserted: 60, existing: 50 });
    expect(store.countPosts()).toBe(260);
  });

  it('keeps the same post given twice within one batch once', async () => {
    const item = makeItem({ nativeId: 'twice', text: 'Автобус 92 опять не пришёл', publishedAt: '2024-11-12T04:30:00Z' });

    expect(store.savePosts([item, item])).toEqual({ inserted: 1, existing: 1 });
    expect(store.readRollups(WHOLE_MONTH).volume.map((row) => row.originals)).toEqual([1]);
  });

  it('never moves the first-seen date of an undated post when it is imported again later', async () => {
    const first = makeItem({ nativeId: 'undated', text: 'Свет отключили', firstSeen: '2024-11-12T06:00:00Z' });
    const later = makeItem({ nativeId: 'undated', text: 'Свет отключили', firstSeen: '2024-11-19T06:00:00Z' });

    store.savePosts([first]);
    store.savePosts([later]);

    expect(await rawRows('SELECT day, published_at, date_source FROM posts')).toEqual([
      { day: '2024-11-12', published_at: Date.parse('2024-11-12T06:00:00Z'), date_source: 'first-seen' },
    ]);
    expect(store.readRollups(WHOLE_MONTH).volume).toEqual([{
      day: '2024-11-12', kind: 'social', platform: 'telegram', language: 'ru', sentiment: 'neutral',
      originals: 1, amplifications: 0, firstSeenDates: 1,
    }]);
  });

  it('counts a post by its local day in the project zone, not by UTC', async () => {
    // 19:30 UTC on the 12th is 00:30 on the 13th in Almaty (UTC+5).
    store.savePosts([makeItem({
      nativeId: 'late', platform: 'news', text: 'Ночной ремонт дороги', title: 'Ремонт',
      outlet: 'Vlast.kz', url: 'https://vlast.kz/a/1', publishedAt: '2024-11-12T19:30:00Z',
    })]);

    expect(store.storedDays()).toEqual({ from: '2024-11-13', to: '2024-11-13' });
  });

  it('moves posts to their new local days and recounts when the project zone changes', async () => {
    store.savePosts([makeItem({
      nativeId: 'late', platform: 'news', text: 'Ночной ремонт дороги', title: 'Ремонт',
      outlet: 'Vlast.kz', url: 'https://vlast.kz/a/1', publishedAt: '2024-11-12T19:30:00Z',
    }, { issues: ['roads'] })]);
    store.close();

    store = location.open('UTC');

    expect(store.storedDays()).toEqual({ from: '2024-11-12', to: '2024-11-12' });
    expect(store.readRollups(WHOLE_MONTH).issues.map((row) => row.day)).toEqual(['2024-11-12']);
  });

  it('keeps rollups equal to a recount from the post tables across batches and re-imports', async () => {
    const items = sampleItems(600);
    for (let offset = 0; offset < items.length; offset += 150) store.savePosts(items.slice(offset, offset + 150));
    store.savePosts(items.slice(100, 400));

    const snapshot = store.readRollups(WHOLE_MONTH);

    expect(sortedTables(snapshot)).toEqual(sortedTables(await recount()));
    expect(snapshot.volume.reduce((sum, row) => sum + row.originals + row.amplifications, 0)).toBe(600);
    expect(snapshot.volume.reduce((sum, row) => sum + row.amplifications, 0)).toBe(
      items.filter((item) => item.post.amplifiesId !== null).length,
    );
  });

  it('counts each issue, subject, district and slice by the language and kind of its posts', async () => {
    const about = { issues: ['roads'], districts: ['medeu'], slices: ['drivers'] };
    store.savePosts([
      makeItem({ nativeId: 'ru1', text: 'Яма на Абая', publishedAt: '2024-11-12T05:00:00Z' },
        { ...about, language: 'ru', sentiment: 'negative', subjects: { akimat: 'negative' } }),
      makeItem({ nativeId: 'ru2', text: 'Опять яма на Абая', publishedAt: '2024-11-12T06:00:00Z' },
        { ...about, language: 'ru', sentiment: 'negative', subjects: { akimat: 'neutral' } }),
      makeItem({ nativeId: 'kk1', text: 'Абай көшесінде шұңқыр', publishedAt: '2024-11-12T07:00:00Z' },
        { ...about, language: 'kk', sentiment: 'negative', subjects: { akimat: 'negative' } }),
      makeItem({ nativeId: 'kk2', platform: 'news', title: 'Жол', text: 'Абай көшесі жөнделеді', outlet: 'Orda.kz',
        url: 'https://orda.kz/2', publishedAt: '2024-11-12T08:00:00Z' }, { ...about, language: 'kk', sentiment: 'neutral' }),
    ]);
    const snapshot = store.readRollups(WHOLE_MONTH);
    const rows = (table: readonly { language: string; kind: string; sentiment: string; originals: number }[]) =>
      table.map((row) => `${row.language} ${row.kind} ${row.sentiment} ${row.originals}`);

    const expected = ['kk article neutral 1', 'kk social negative 1', 'ru social negative 2'];
    expect([rows(snapshot.issues), rows(snapshot.districts), rows(snapshot.slices)]).toEqual([expected, expected, expected]);
    expect(rows(snapshot.subjects)).toEqual(['kk social negative 1', 'ru social negative 1', 'ru social neutral 1']);
    expect(sortedTables(snapshot)).toEqual(sortedTables(await recount()));
  });

  it('counts news outlets by volume only, and social posts never carry an outlet or URL', async () => {
    store.savePosts([
      makeItem({ nativeId: 'n1', platform: 'news', title: 'Т', text: 'Текст', outlet: 'Orda.kz', url: 'https://orda.kz/1', publishedAt: '2024-11-12T05:00:00Z' }),
      makeItem({ nativeId: 's1', platform: 'vk', text: 'Пост', outlet: 'Группа района', url: 'https://vk.com/wall-1_2', publishedAt: '2024-11-12T05:00:00Z' }),
    ]);

    expect(store.readRollups(WHOLE_MONTH).outlets).toEqual([
      { day: '2024-11-12', outlet: 'Orda.kz', originals: 1, amplifications: 0 },
    ]);
    expect(await rawRows("SELECT outlet, url FROM posts WHERE kind = 'social'")).toEqual([{ outlet: null, url: null }]);
  });
});

describe('schema', () => {
  it('records the applied schema version once and keeps it on reopening', async () => {
    store.close();
    store = location.open();

    expect(await rawRows('SELECT version FROM schema_version ORDER BY version'))
      .toEqual(backend.migrations.map((step) => ({ version: step.version })));
  });

  it('refuses a store written by a newer tyndau', async () => {
    store.close();
    await location.execute("INSERT INTO schema_version VALUES (99, 'future', '2030-01-01')");

    const newest = Math.max(...backend.migrations.map((step) => step.version));
    expect(() => location.open())
      .toThrow(`store ${location.label}: schema version 99 is newer than this tyndau knows (${newest}); upgrade tyndau`);
    store = (await backend.location()).open();
  });

  it.runIf(backendName === 'postgres')('compresses long post values with lz4, in partitions made later too', async () => {
    store.savePosts([makeItem({ nativeId: 'z', text: 'Тарифы на проезд подняли', publishedAt: '2024-11-12T05:00:00Z' })]);

    const rows = await rawRows(`SELECT c.relname AS "table", a.attname AS "column", a.attcompression AS "compression"
      FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
      WHERE c.oid IN ('posts'::regclass, 'posts_2024_11'::regclass) AND a.attname IN ('text', 'title', 'normalised', 'search_vector')
      ORDER BY 1, 2`);
    expect(rows.map((row) => `${String(row['table'])}.${String(row['column'])}=${String(row['compression'])}`)).toEqual([
      'posts.normalised=l', 'posts.search_vector=l', 'posts.text=l', 'posts.title=l',
      'posts_2024_11.normalised=l', 'posts_2024_11.search_vector=l', 'posts_2024_11.text=l', 'posts_2024_11.title=l',
    ]);
  });

  it('has no column for an author, a handle, a user or a profile in any table', async () => {
    const columns = await location.columns();

    expect(columns.length).toBeGreaterThan(40);
    expect(columns.filter((column) => /author|handle|user|profile|from_id|signer|channel|avatar/i.test(column)))
      .toEqual([]);
  });

  it('indexes every post for search again on opening when a schema step marked the index stale', async () => {
    store.savePosts([makeItem({ nativeId: 'w', text: 'Тарифы на проезд подняли', publishedAt: '2024-11-12T05:00:00Z' })]);
    store.close();
    await location.execute(`DELETE FROM search_words;
      INSERT INTO meta (key, value) VALUES ('search_index_stale', '1') ON CONFLICT (key) DO UPDATE SET value = '1'`);

    store = location.open();

    expect(store.search('тариф*', { limit: 10, offset: 0 }).total).toBe(1);
    expect(await rawRows("SELECT value FROM meta WHERE key = 'search_index_stale'")).toEqual([{ value: '0' }]);
  });

  it('names the file and the zone when the zone is not a real one', async () => {
    expect(() => location.open('Asia/Almaty5'))
      .toThrow('timezone "Asia/Almaty5" is not an IANA zone name; use one like Asia/Almaty');
  });
});

describe('retention', () => {
  const items: StoredItem[] = [
    makeItem({ nativeId: 'old-social', text: 'Старый пост про отключение воды', publishedAt: '2024-06-01T05:00:00Z' },
      { issues: ['outages'], sentiment: 'negative' }),
    makeItem({ nativeId: 'old-news', platform: 'news', title: 'Вода', text: 'Отключение воды в Алматы', outlet: 'Vlast.kz',
      url: 'https://vlast.kz/water', publishedAt: '2024-06-01T05:00:00Z' }, { issues: ['outages'] }),
    makeItem({ nativeId: 'new-social', text: 'Новый пост про отключение воды', publishedAt: '2024-11-10T05:00:00Z' },
      { issues: ['outages'], sentiment: 'negative' }),
  ];

  it('removes the text and search entry of old social posts and keeps analysis and rollups', async () => {
    store.savePosts(items);
    const before = store.readRollups({ from: '2024-01-01', to: '2024-12-31' });

    const result = store.applyRetention(new Date('2024-11-20T00:00:00Z'), 90);

    expect(result).toEqual({ textsRemoved: 1 });
    expect(await rawRows('SELECT kind, text IS NULL AS gone, normalised IS NULL AS unindexed, sentiment FROM posts ORDER BY seq'))
      .toEqual([
        { kind: 'social', gone: 1, unindexed: 1, sentiment: 'negative' },
        { kind: 'article', gone: 0, unindexed: 0, sentiment: 'neutral' },
        { kind: 'social', gone: 0, unindexed: 0, sentiment: 'negative' },
      ]);
    expect(await rawRows('SELECT count(*) AS issues FROM post_issues')).toEqual([{ issues: 3 }]);
    expect(store.readRollups({ from: '2024-01-01', to: '2024-12-31' })).toEqual(before);
    expect(store.search('отключение воды', { limit: 10, offset: 0 }).total).toBe(2);
    expect(store.search('старый', { limit: 10, offset: 0 }).total).toBe(0);
  });

  it('removes nothing more when applied again, and nothing at all within the limit', async () => {
    store.savePosts(items);

    expect(store.applyRetention(new Date('2024-11-20T00:00:00Z'), 365)).toEqual({ textsRemoved: 0 });
    expect(store.applyRetention(new Date('2024-11-20T00:00:00Z'), 90)).toEqual({ textsRemoved: 1 });
    expect(store.applyRetention(new Date('2024-11-20T00:00:00Z'), 90)).toEqual({ textsRemoved: 0 });
  });

  it('deletes what posts without text say about ids the project removed, and recounts', async () => {
    const said = {
      issues: ['outages', 'ecology'], districts: ['medeu', 'old-district'], slices: ['elderly', 'old-slice'],
      subjects: { akim: 'negative' as const, 'former-akim': 'negative' as const },
      agencies: [
        { agencyId: 'water-company', rule: 'issue' as const, issueId: 'outages', districtId: null, evidence: ['воды'] },
        { agencyId: 'eco-department', rule: 'issue' as const, issueId: 'ecology', districtId: null, evidence: ['смог'] },
        { agencyId: 'old-agency', rule: 'mention' as const, issueId: null, districtId: null, evidence: ['ГУ'] },
        { agencyId: 'akimat-medeu', rule: 'issue-district' as const, issueId: 'outages', districtId: 'old-district', evidence: ['воды'] },
      ],
    };
    store.savePosts([
      makeItem({ nativeId: 'expired', text: 'Старый пост про воду и смог', publishedAt: '2024-06-01T05:00:00Z' }, said),
      makeItem({ nativeId: 'kept', text: 'Новый пост про воду и смог', publishedAt: '2024-11-10T05:00:00Z' }, said),
    ]);
    store.applyRetention(new Date('2024-11-20T00:00:00Z'), 90);
    const ids = {
      subjects: ['akim'], issues: ['outages', 'transport'], slices: ['elderly'], districts: ['medeu'],
      agencies: ['water-company', 'eco-department', 'akimat-medeu'],
    };

    // Per mention, subject tone, issue, slice, district and three agency rows of the expired post.
    expect(store.pruneRemovedIds(ids)).toEqual({ rows: 8, posts: 1 });

    const byPost = async (table: string, column: string) => rawRows(
      `SELECT CASE WHEN p.text IS NULL THEN 'expired' ELSE 'kept' END AS id, t.${column} AS value
         FROM ${table} t JOIN posts p ON p.seq = t.post_seq ORDER BY 1, 2`);
    expect(await byPost('post_issues', 'issue_id')).toEqual([
      { id: 'expired', value: 'outages' }, { id: 'kept', value: 'ecology' }, { id: 'kept', value: 'outages' },
    ]);
    expect((await byPost('post_subject_sentiment', 'subject_id')).map((row) => `${row.id}:${row.value}`))
      .toEqual(['expired:akim', 'kept:akim', 'kept:former-akim']);
    expect((await byPost('post_mentions', 'subject_id')).map((row) => `${row.id}:${row.value}`))
      .toEqual(['expired:akim', 'kept:akim', 'kept:former-akim']);
    expect((await byPost('post_slices', 'slice_id')).map((row) => `${row.id}:${row.value}`))
      .toEqual(['expired:elderly', 'kept:elderly', 'kept:old-slice']);
    expect((await byPost('post_districts', 'district_id')).map((row) => `${row.id}:${row.value}`))
      .toEqual(['expired:medeu', 'kept:medeu', 'kept:old-district']);
    expect((await byPost('post_agencies', 'agency_id')).map((row) => `${row.id}:${row.value}`)).toEqual([
      'expired:water-company',
      'kept:akimat-medeu', 'kept:eco-department', 'kept:old-agency', 'kept:water-company',
    ]);
    const year = { from: '2024-01-01', to: '2024-12-31' };
    expect(sortedTables(store.readRollups(year))).toEqual(sortedTables(await recount()));
    expect(store.readRollups({ from: '2024-06-01', to: '2024-06-01' }).issues.map((row) => row.issueId))
      .toEqual(['outages']);
    // Nothing named a removed id any more: a second pass deletes nothing.
    expect(store.pruneRemovedIds(ids)).toEqual({ rows: 0, posts: 0 });
  });

  it('skips posts without text when re-analysing', async () => {
    store.savePosts(items);
    store.applyRetention(new Date('2024-11-20T00:00:00Z'), 90);
    const seen: string[] = [];

    const count = store.reanalyze((post) => {
      seen.push(post.text);
      return makeAnalysis(items[0]!.post, {});
    });

    expect(count).toBe(2);
    expect(seen).toEqual(['Отключение воды в Алматы', 'Новый пост про отключение воды']);
  });
});

describe('re-analysis', () => {
  it('replaces the analysis of every post and rebuilds the rollups to match', async () => {
    const items = sampleItems(300);
    store.savePosts(items);

    const count = store.reanalyze((post) => {
      const item = items.find((candidate) => candidate.post.text === post.text)!;
      return makeAnalysis(item.post, {
        sentiment: post.text.includes('Спасибо') ? 'positive' : 'negative',
        issues: ['transport'],
        districts: ['medeu'],
      });
    }, 64);

    expect(count).toBe(300);
    const snapshot = store.readRollups(WHOLE_MONTH);
    expect(sortedTables(snapshot)).toEqual(sortedTables(await recount()));
    expect(new Set(snapshot.issues.map((row) => row.issueId))).toEqual(new Set(['transport']));
    expect(new Set(snapshot.districts.map((row) => row.districtId))).toEqual(new Set(['medeu']));
    expect(snapshot.slices).toEqual([]);
  });

  it('re-analyses in batches handed to an asynchronous analyser, as one by one', async () => {
    const items = sampleItems(300);
    store.savePosts(items);
    if (!reanalyzesInBatches(store)) throw new Error(`${backendName} store re-analyses one post at a time only`);
    const analysisOf = (post: StoredPostText) => {
      const item = items.find((candidate) => candidate.post.text === post.text)!;
      return makeAnalysis(item.post, { sentiment: 'negative', issues: ['roads'], districts: post.text.includes('1') ? ['auezov'] : [] });
    };
    const batches: number[] = [];

    const count = await store.reanalyzeInBatches(async (posts) => {
      batches.push(posts.length);
      return posts.map(analysisOf);
    }, 64);

    expect([count, batches]).toEqual([300, [64, 64, 64, 64, 44]]);
    const snapshot = store.readRollups(WHOLE_MONTH);
    expect(sortedTables(snapshot)).toEqual(sortedTables(await recount()));
    expect(snapshot.issues.reduce((sum, row) => sum + row.originals + row.amplifications, 0)).toBe(300);
  });

  it('recounts the rollups on opening when a re-analysis stopped half-way', async () => {
    store.savePosts(sampleItems(50));
    expect(() => store.reanalyze(() => {
      throw new Error('model missing');
    })).toThrow('model missing');
    store.close();
    await location.execute('DELETE FROM rollup_issue');

    store = location.open();

    expect(sortedTables(store.readRollups(WHOLE_MONTH))).toEqual(sortedTables(await recount()));
  });
});

describe('collection volume', () => {
  const at = (day: string) => new Date(`${day}T00:00:00Z`);
  const run = (sourceLabel: string, platform: 'news' | 'telegram' | 'vk', day: string, inserted: number, existing: number, skipped: number) => ({
    sourceLabel, platform, format: platform === 'news' ? 'rss' : 'csv', at: at(day), read: inserted + existing, inserted, existing, skipped,
  });

  it('adds up the runs of each source and platform, new posts apart from posts read again', () => {
    store.recordCollection(run('vlast.rss', 'news', '2024-11-12', 20, 0, 1));
    store.recordCollection(run('vlast.rss', 'news', '2024-11-13', 5, 15, 0));
    store.recordCollection(run('export.csv', 'vk', '2024-11-13', 3, 0, 0));
    store.recordCollection(run('export.csv', 'telegram', '2024-11-13', 7, 0, 2));

    expect(store.readCollectionVolumes(at('2024-11-01'))).toEqual([
      { sourceLabel: 'export.csv', platform: 'telegram', format: 'csv', runs: 1, posts: 7, read: 7, existing: 0, skipped: 2, lastAt: at('2024-11-13') },
      { sourceLabel: 'export.csv', platform: 'vk', format: 'csv', runs: 1, posts: 3, read: 3, existing: 0, skipped: 0, lastAt: at('2024-11-13') },
      { sourceLabel: 'vlast.rss', platform: 'news', format: 'rss', runs: 2, posts: 25, read: 40, existing: 15, skipped: 1, lastAt: at('2024-11-13') },
    ]);
  });

  it('keeps the runs of a store from before the split on opening, counting what they read as new', async () => {
    store.recordCollection(run('old.rss', 'news', '2024-11-12', 30, 0, 0));
    store.close();
    const step = backend.migrations.find((migration) => migration.name.startsWith('collection runs count new posts'))!;
    await location.execute(`ALTER TABLE collections DROP COLUMN inserted;
      ALTER TABLE collections DROP COLUMN existing;
      ALTER TABLE collections RENAME COLUMN read TO posts;
      DELETE FROM schema_version WHERE version = ${step.version};`);
    store = location.open();
    store.recordCollection(run('old.rss', 'news', '2024-11-13', 0, 30, 0));

    expect(store.readCollectionVolumes()).toEqual([
      { sourceLabel: 'old.rss', platform: 'news', format: 'rss', runs: 2, posts: 30, read: 60, existing: 30, skipped: 0, lastAt: at('2024-11-13') },
    ]);
  });
});
});

describe('a SQLite store path that names a folder', () => {
  it('is refused saying it is a folder, not that the folder may not be writable', () => {
    const folder = mkdtempSync(join(tmpdir(), 'tyndau-store-folder-'));
    try {
      expect(() => openSqliteStore(folder, { timezone: 'Asia/Almaty' })).toThrow(
        `store ${folder}: cannot open it (unable to open database file); it is a folder; name the store file inside it`,
      );
    } finally {
      rmSync(folder, { recursive: true });
    }
  });
});
