/**
 * Posts stored by an older tyndau keep the personal data its redactor missed (a surname in
 * capitals, a phone in full-width digits, an e-mail with "(at)", an IBAN with a Cyrillic К).
 * Re-analysis after redaction changed redacts their stored title and text again, analyses the
 * new text, and leaves the store a fresh import by today's tyndau would leave; posts the
 * redactor leaves as they are keep their text and analysis.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { beforeAll, beforeEach, describe, expect, it } from 'vitest';

import type { Analysis } from '../../src/analyze/analysis.js';
import { createAnalyzer, type Analyzer } from '../../src/analyze/pipeline.js';
import { stageVersions } from '../../src/analyze/stage-versions.js';
import type { Platform, PostKind, RawPost } from '../../src/collect/raw-post.js';
import { AnalysisWorkers } from '../../src/ingest/analysis-workers.js';
import { packageRoot } from '../../src/package-root.js';
import type { Post } from '../../src/privacy/post.js';
import { reanalyzesInBatches } from '../../src/store/batch-reanalysis.js';
import type { Store, StoredItem, StoredPostText } from '../../src/store/store.js';
import { almatyPipeline, type AlmatyPipeline } from '../ingest/almaty-pipeline.js';
import { BACKEND_NAMES, createBackend, type StoreBackend, type StoreLocation } from './store-backends.js';

/** A post as an older tyndau stored it: its redactor left `title` and `text` as written here. */
interface OlderPost {
  readonly nativeId: string;
  readonly platform: Platform;
  readonly kind?: PostKind;
  readonly outlet?: string;
  readonly url?: string;
  readonly publishedAt: string;
  readonly title?: string;
  readonly text: string;
  readonly redactions: Record<string, number>;
}

const OLDER_POSTS = readFileSync(
  join(packageRoot(), 'test', 'fixtures', 'store', 'posts-stored-by-older-redaction.jsonl'), 'utf8',
).split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line) as OlderPost);

const NOVEMBER = { from: '2026-11-01', to: '2026-11-30' };
const IMPORTED_AT = new Date('2026-11-30T12:00:00Z');
const POSTS_IN_ORDER = 'SELECT title, text, redactions FROM posts ORDER BY published_at';

let pipeline: AlmatyPipeline;
let olderAnalyzer: Analyzer;

beforeAll(async () => {
  pipeline = await almatyPipeline('older-redaction-test-secret');
  olderAnalyzer = await createAnalyzer(pipeline.project, { versions: { redaction: 'an older redaction' } });
});

function rawOf(older: OlderPost): RawPost {
  return {
    kind: older.kind ?? 'social', platform: older.platform, nativeId: older.nativeId, text: older.text,
    ...(older.title !== undefined ? { title: older.title } : {}),
    ...(older.outlet !== undefined ? { outlet: older.outlet, url: older.url! } : {}),
    publishedAt: new Date(older.publishedAt),
    location: { file: 'posts-stored-by-older-redaction.jsonl', index: 0 },
  };
}

/** The post and analysis an older tyndau stored: its gate, but not its redactor, as today's. */
function storedByOlderTyndau(older: OlderPost): StoredItem {
  const gated = pipeline.gate.admit(rawOf(older), IMPORTED_AT);
  const post: Post = { ...gated, title: older.title ?? null, text: older.text, redactions: older.redactions };
  return { post, analysis: olderAnalyzer.analyze(post) };
}

function importedToday(older: OlderPost): StoredItem {
  const post = pipeline.gate.admit(rawOf(older), IMPORTED_AT);
  return { post, analysis: pipeline.analyzer.analyze(post) };
}

interface Reanalysis {
  readonly count: number;
  readonly posts: StoredPostText[];
  readonly analyses: Analysis[];
}

/** Re-analyses with today's versions, keeping every post read and analysis handed to the store. */
function reanalyze(store: Store): Reanalysis {
  const posts: StoredPostText[] = [];
  const analyses: Analysis[] = [];
  const count = store.reanalyze((post) => {
    const analysis = pipeline.analyzer.analyze(post);
    posts.push(post);
    analyses.push(analysis);
    return analysis;
  }, 100, { versions: stageVersions(pipeline.project) });
  return { count, posts, analyses };
}

function removedByKind(analyses: readonly Analysis[]): Record<string, number> {
  const removed: Record<string, number> = {};
  for (const { redaction } of analyses) {
    for (const [kind, count] of Object.entries(redaction?.counts ?? {})) removed[kind] = (removed[kind] ?? 0) + count;
  }
  return removed;
}

describe.each(BACKEND_NAMES)('%s store: re-analysis after redaction changed', (backendName) => {
  let backend: StoreBackend;
  let location: StoreLocation;
  let store: Store;

  beforeAll(async () => {
    backend = await createBackend(backendName);
    return () => backend.dispose();
  });

  // Each test starts from the posts as the older tyndau stored them.
  beforeEach(async () => {
    location = await backend.location();
    store = location.open();
    store.savePosts(OLDER_POSTS.map(storedByOlderTyndau));
    return () => store.close();
  });

  it('redacts the stored title and text again and adds what it removed to the counts', async () => {
    const { count, analyses } = reanalyze(store);

    expect(count).toBe(OLDER_POSTS.length);
    expect(await location.rows(POSTS_IN_ORDER)).toEqual([
      {
        title: null, redactions: 1,
        text: 'Водитель [NAME] нагрубил пенсионерке в автобусе 92 и высадил её на остановке, маршрут опять опаздывает',
      },
      {
        title: null, redactions: 2,
        text: 'Третий день нет горячей воды в Бостандыкском районе, [NAME] из КСК не отвечает, звоните председателю [PHONE]',
      },
      {
        title: null, redactions: 1,
        text: 'Снег во дворах не убирают, жалобы в акимат пишите на [EMAIL], он соберёт подписи',
      },
      {
        title: 'Жители собирают деньги на ремонт дороги, справки по [PHONE]', redactions: 3,
        text: 'Жители Ауэзовского района сами собирают деньги на ремонт ямы во дворе: счёт [IBAN], собирает [NAME]. ' +
          'Акимат Алматы ремонт не обещает',
      },
      {
        title: 'Аким Алматы Досаев пообещал починить дороги', redactions: 0,
        text: 'Аким Алматы Ерболат Досаев заявил, что ямы на улицах Ауэзовского района заделают до конца месяца, ' +
          'а автобусы будут ходить по расписанию',
      },
      {
        title: null, redactions: 2,
        text: 'Автобус 92 опять не пришёл, звоните [PHONE], водитель [NAME] говорит, что маршрут отменили',
      },
    ]);
    expect(analyses.filter((analysis) => analysis.redaction !== undefined)).toHaveLength(4);
    expect(removedByKind(analyses)).toEqual({ name: 1, phone: 2, email: 1, iban: 1 });
  });

  it('no longer finds the removed words by search', async () => {
    const found = (query: string) => store.search(query, { limit: 10, offset: 0 }).total;
    expect(['петров', 'ivan', 'sergeev', 'KZ84722C000012345678'].map(found)).toEqual([1, 1, 1, 1]);

    reanalyze(store);

    expect(['петров', 'ivan', 'sergeev', 'KZ84722C000012345678', 'акимат'].map(found)).toEqual([0, 0, 0, 0, 2]);
  });

  it('leaves the posts, analyses and rollups a fresh import by today\'s tyndau leaves', async () => {
    reanalyze(store);
    const fresh = await backend.location();
    const freshStore = fresh.open();
    freshStore.savePosts(OLDER_POSTS.map(importedToday));

    const analysisOf = (table: string, columns: string) => `SELECT p.published_at, ${columns}
      FROM ${table} c JOIN posts p ON p.seq = c.post_seq ORDER BY p.published_at, ${columns}`;
    for (const sql of [
      'SELECT title, text, normalised, language, sentiment, p_negative FROM posts ORDER BY published_at',
      analysisOf('post_mentions', 'c.subject_id, c.start_offset, c.end_offset, c.in_title'),
      analysisOf('post_subject_sentiment', 'c.subject_id, c.sentiment'),
      analysisOf('post_issues', 'c.issue_id, c.score'),
      analysisOf('post_districts', 'c.district_id'),
      analysisOf('post_agencies', 'c.agency_id, c.rule'),
    ]) {
      expect(await location.rows(sql)).toEqual(await fresh.rows(sql));
    }
    expect(store.readRollups(NOVEMBER)).toEqual(freshStore.readRollups(NOVEMBER));
    freshStore.close();
  });

  it('keeps the text and analysis of a post the redactor leaves as it is', async () => {
    const clean = await location.rows(`SELECT seq FROM posts WHERE text NOT LIKE '%ПЕТРОВ%'
      AND text NOT LIKE '%７%' AND text NOT LIKE '%(at)%' AND text NOT LIKE '%КZ%'`);
    const analysed = `SELECT p.title, p.text, p.redactions, p.normalised, p.sentiment, m.subject_id, m.start_offset
      FROM posts p LEFT JOIN post_mentions m ON m.post_seq = p.seq
      WHERE p.seq IN (${clean.map((row) => String(row['seq'])).join(', ')}) ORDER BY p.seq, m.start_offset`;
    const before = await location.rows(analysed);

    const { posts, analyses } = reanalyze(store);

    expect(clean).toHaveLength(2);
    expect(before.map((row) => row['subject_id'])).toContain('mayor');
    expect(await location.rows(analysed)).toEqual(before);
    // Nothing new to write for them: their analyses carry no new text.
    const kept = posts.filter((_, index) => analyses[index]!.redaction === undefined);
    expect(kept).toHaveLength(2);
    // SQLite records stage versions: only redaction ran on them, and nothing is left to do.
    // PostgreSQL records none, and analyses every post whole each time.
    if (backendName === 'sqlite') {
      expect(kept.map((post) => post.rerun?.stages)).toEqual([['redaction'], ['redaction']]);
      expect(reanalyze(store).count).toBe(0);
    }
  });

  it('does the same with the analysis on worker threads', async () => {
    if (!reanalyzesInBatches(store)) throw new Error(`${backendName} store does not re-analyse in batches`);
    const single = await backend.location();
    const singleStore = single.open();
    singleStore.savePosts(OLDER_POSTS.map(storedByOlderTyndau));
    reanalyze(singleStore);
    singleStore.close();

    const workers = await AnalysisWorkers.start(pipeline.project, 1);
    try {
      await store.reanalyzeInBatches((posts) => workers.analyzeBatch(posts), 2,
        { versions: stageVersions(pipeline.project) });
    } finally {
      await workers.close();
    }

    expect(await location.rows(POSTS_IN_ORDER)).toEqual(await single.rows(POSTS_IN_ORDER));
  });
});
