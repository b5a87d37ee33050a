/**
 * The PostgreSQL store reads the query language as the SQLite store does: the demo corpus (about
 * 4,000 real public texts, imported, gated and analysed as `tyndau import` does) stored in both,
 * then queries an analyst would write and 200 random ones must find exactly the same posts, and
 * searches must give the same counts, pages and marked snippets.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { Query } from '../../src/query/ast.js';
import { parseQuery } from '../../src/query/parser.js';
import type { SearchOptions, Store } from '../../src/store/store.js';
import { createBackend, type StoreBackend } from '../store/store-backends.js';
import { loadDemoCorpus, type DemoCorpus } from './demo-corpus-posts.js';
import { randomQueries } from './random-queries.js';

const QUERIES = [
  'акимат',
  'автобус* OR трамвай',
  '"горячей воды" NOT платн*',
  '=Алматы OR алматыда',
  'жол* lang:kk',
  '(ребен* OR балалар) NEAR/5 (сад* OR бақша)',
  'президент ONEAR/4 заявил',
  'приложение NEAR/3 ("не работает" OR баяу)',
  'sentiment:negative (обслуживание OR қызмет)',
  'issue:transport NOT lang:ru',
  'subject:police OR subject:government',
  'date:2025-10-06..2025-10-12 (суд OR сот)',
  'outlet:"RuSentNE sample feed 1" (войн* OR конфликт)',
  'платформ? OR tariff*',
];

let corpus: DemoCorpus;
let backend: StoreBackend;
let postgres: Store & { matchingPostIds(query: Query): string[] };

beforeAll(async () => {
  corpus = await loadDemoCorpus();
  backend = await createBackend('postgres');
  postgres = (await backend.location()).open() as typeof postgres;
  postgres.savePosts(corpus.items);
}, 240_000);

afterAll(async () => {
  corpus.store.close();
  postgres.close();
  await backend.dispose();
});

const parse = (text: string) => parseQuery(text, { vocabulary: corpus.vocabulary });

describe('the query language over the demo corpus in PostgreSQL', () => {
  it('finds the posts the SQLite store finds for analysts\' queries, most of them not none', () => {
    const found = QUERIES.map((text) => ({ text, ids: corpus.store.matchingPostIds(parse(text)) }));

    expect(QUERIES.map((text) => ({ text, ids: postgres.matchingPostIds(parse(text)) }))).toEqual(found);
    expect(found.filter((entry) => entry.ids.length > 0).length).toBeGreaterThanOrEqual(QUERIES.length - 2);
  });

  it('finds the posts the SQLite store finds for random queries', () => {
    const queries = [20251130, 20261204].flatMap((seed) =>
      randomQueries(corpus.posts.map((post) => post.prepared), corpus.vocabulary, 100, seed));
    const disagreements: string[] = [];
    for (const text of queries) {
      const run = (store: typeof postgres): string => {
        try {
          return JSON.stringify(store.matchingPostIds(parse(text)));
        } catch (error) {
          return (error as Error).message;
        }
      };
      const expected = run(corpus.store as unknown as typeof postgres);
      const actual = run(postgres);
      if (actual !== expected) disagreements.push(`${text}: sqlite ${expected.slice(0, 80)}, postgres ${actual.slice(0, 80)}`);
    }

    expect(disagreements).toEqual([]);
  }, 240_000);

  it('gives the same counts, pages and marked snippets', () => {
    const pages: SearchOptions[] = [{ limit: 20, offset: 0 }, { limit: 7, offset: 5, from: '2025-10-01', to: '2025-11-15' }];
    for (const text of QUERIES) {
      for (const options of pages) {
        expect({ text, ...postgres.search(parse(text), options) })
          .toEqual({ text, ...corpus.store.search(parse(text), options) });
      }
    }
  });
});
