/**
 * Re-analysis rewrites a post's search entry only when what the entry is made from changed: its
 * normalised text or its language. These tests change each, and neither, and require the search
 * a store saved with the new analysis from the start would give.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { Analysis, LanguageCode } from '../../src/analyze/analysis.js';
import { openSqliteStore, type SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { StoredPostText } from '../../src/store/store.js';
import { makeAnalysis, makeItem, makePost } from './make-post.js';

const PAGE = { limit: 10, offset: 0 };
const TEXTS = ['Автобусы номер 12 опять опоздали', 'Автобусы на Абая стоят в пробке'];

let folder: string;
let store: SqliteStore;

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'tyndau-reanalysis-search-'));
  store = openSqliteStore(join(folder, 'store.sqlite'), { timezone: 'Asia/Almaty' });
  store.savePosts(TEXTS.map((text, index) =>
    makeItem({ nativeId: `bus-${index}`, text, publishedAt: '2024-11-11T05:00:00Z' })));
});

afterEach(() => {
  store.close();
  rmSync(folder, { recursive: true, force: true });
});

function analysedIn(language: LanguageCode, rewrite: (text: string) => string = (text) => text) {
  return (post: StoredPostText): Analysis => {
    const analysis = makeAnalysis(makePost({ nativeId: 'again', text: post.text }), { language });
    return { ...analysis, normalised: rewrite(analysis.normalised) };
  };
}

/** The stem spaces the index holds for one written form ("r" Russian, "k" Kazakh, ...). */
function spacesOf(form: string): string[] {
  const rows = store.connection
    .prepare('SELECT entry FROM search_words WHERE form = ? ORDER BY entry')
    .all(form) as { entry: string }[];
  return rows.map((row) => row.entry.charAt(0));
}

function totals(...queries: string[]): number[] {
  return queries.map((query) => store.search(query, PAGE).total);
}

describe('search entries after a re-analysis', () => {
  it('stay one per post when the normalised text and the language are unchanged', () => {
    store.reanalyze(analysedIn('ru'));
    store.reanalyze(analysedIn('ru'));

    expect(totals('автобусы', 'опоздали', 'пробке', 'абая')).toEqual([2, 1, 1, 1]);
    expect(spacesOf('автобусы')).toEqual(['r']);
  });

  it('follow a new normalised text: its words are found, the old ones are not', () => {
    store.reanalyze(analysedIn('ru', (text) => text.replace('автобусы', 'троллейбусы')));

    expect(totals('троллейбусы', 'автобусы', 'номер')).toEqual([2, 0, 1]);
  });

  it('follow a new language: the words are indexed under its stems, and only once', () => {
    store.reanalyze(analysedIn('kk'));

    expect(spacesOf('автобусы')).toEqual(['k', 'r']);
    expect(totals('автобусы', 'опоздали')).toEqual([2, 1]);
  });

  it('are rewritten in batches as one by one', async () => {
    await store.reanalyzeInBatches(async (posts) => posts.map(analysedIn('ru', (text) => `${text} снова`)), 1);

    expect(totals('снова', 'автобусы')).toEqual([2, 2]);
  });
});
