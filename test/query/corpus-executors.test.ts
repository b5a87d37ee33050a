/**
 * Both executors over the demo corpus, about 4,000 real public texts imported, gated and analysed
 * as `tyndau import` does: thirty queries an analyst would write against it, and 100 random
 * ones, must give exactly the posts a brute-force reading of the documented language
 * gives, in the SQLite store and in the in-memory matcher.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { SentimentLabel } from '../../src/analyze/analysis.js';
import { QueryMatcher } from '../../src/query/match.js';
import { parseQuery } from '../../src/query/parser.js';
import { QueryError } from '../../src/query/query-error.js';
import type { SearchOptions } from '../../src/store/store.js';
import { loadDemoCorpus, type DemoCorpus } from './demo-corpus-posts.js';
import { queryDraws } from './random-queries.js';
import { referenceMatches } from './reference-evaluator.js';

let corpus: DemoCorpus;

beforeAll(async () => {
  corpus = await loadDemoCorpus();
});

afterAll(() => corpus.store.close());

interface Found {
  readonly store: string[];
  readonly matcher: string[];
  readonly reference: string[];
}

const foundByQuery = new Map<string, Found>();

/** Ids found by the store, by the matcher and by the reference, each sorted. */
function threeWays(text: string): Found {
  const known = foundByQuery.get(text);
  if (known) return known;
  const found = findThreeWays(text);
  foundByQuery.set(text, found);
  return found;
}

function findThreeWays(text: string): Found {
  const query = parseQuery(text, { vocabulary: corpus.vocabulary });
  const matcher = new QueryMatcher(query);
  return {
    store: corpus.store.matchingPostIds(query),
    matcher: corpus.posts.filter((post) => matcher.matches(post.prepared)).map((post) => post.id).sort(),
    reference: corpus.posts.filter((post) => referenceMatches(query.root, post.prepared)).map((post) => post.id).sort(),
  };
}

function withinSizeLimits(text: string): boolean {
  try {
    threeWays(text);
    return true;
  } catch (error) {
    if (error instanceof QueryError && error.message.includes('combinations of word forms')) return false;
    throw error;
  }
}

const ANALYST_QUERIES = [
  'правительство',
  'полиция OR полицейлер OR police',
  'парковка',
  'самокат*',
  '"горячей воды"',
  'автобус OR трамвай OR метро OR маршрут*',
  'врач NOT платн*',
  'дәрігер OR врач',
  '(больниц* OR емхана) AND очеред*',
  'мектеп OR школ*',
  '"ЦОН" OR ХҚКО OR egov',
  'приложение NEAR/3 ("не работает" OR баяу)',
  'президент ONEAR/4 заявил',
  '=Алматы',
  'алматы NOT =алматы',
  'Нур-Султан OR Астана',
  'жол* lang:kk',
  'цена* OR баға* OR тариф*',
  'sentiment:negative (обслуживание OR қызмет)',
  'platform:news (выборы OR выбор*)',
  'platform:telegram OR platform:vk',
  'issue:transport NOT lang:ru',
  'issue:healthcare sentiment:positive',
  'subject:police OR subject:government',
  'subject:public-service-centres',
  'date:2025-10-06..2025-10-12 (суд OR сот)',
  'date:2025-11-01.. lang:kk-latn',
  'outlet:"RuSentNE sample feed 1" (войн* OR конфликт)',
  '"спасибо большое" OR рахмет',
  '(ребен* OR балалар) NEAR/5 (сад* OR бақша)',
];

describe('thirty analyst queries over the demo corpus', () => {
  it('are thirty', () => {
    expect(ANALYST_QUERIES).toHaveLength(30);
  });

  for (const text of ANALYST_QUERIES) {
    it(`${text}: the store and the matcher find exactly what the reference finds`, () => {
      const found = threeWays(text);

      expect(found.store).toEqual(found.reference);
      expect(found.matcher).toEqual(found.reference);
    });
  }

  it('find something for nearly every query, so that agreement is not about empty results', () => {
    const empty = ANALYST_QUERIES.filter((text) => threeWays(text).reference.length === 0);
    expect(empty.length).toBeLessThanOrEqual(3);
  });
});

interface StoredFacts {
  readonly seq: number;
  readonly day: string;
  readonly sentiment: SentimentLabel;
  readonly published_at: number;
  readonly platform: string;
  readonly language: string;
}

/** Counts and page a search must give for the reference's posts, read from the posts table. */
function expectedSearch(ids: readonly string[], options: SearchOptions) {
  const facts = corpus.store.connection.prepare(`SELECT seq, day, sentiment, published_at, platform, language
    FROM posts WHERE id = ?`);
  const posts = ids.map((id) => facts.get(id) as StoredFacts)
    .filter((post) => post.day >= (options.from ?? post.day) && post.day <= (options.to ?? post.day));
  const byDay = new Map<string, number>();
  const bySentiment = { negative: 0, neutral: 0, positive: 0 };
  for (const post of posts) {
    byDay.set(post.day, (byDay.get(post.day) ?? 0) + 1);
    bySentiment[post.sentiment]++;
  }
  const newestFirst = [...posts].sort((left, right) => right.published_at - left.published_at || right.seq - left.seq);
  return {
    total: posts.length,
    byDay: [...byDay].sort(([left], [right]) => (left < right ? -1 : 1)).map(([day, count]) => ({ day, posts: count })),
    bySentiment,
    page: newestFirst.slice(options.offset, options.offset + options.limit)
      .map((post) => [post.day, post.platform, post.language, post.sentiment]),
  };
}

describe('search counts and pages over the demo corpus', () => {
  const pages: SearchOptions[] = [
    { limit: 20, offset: 0 },
    { limit: 7, offset: 5, from: '2025-10-01', to: '2025-11-15' },
  ];

  it('count by day and sentiment and page newest first exactly the posts the reference finds', () => {
    for (const text of ANALYST_QUERIES) {
      const query = parseQuery(text, { vocabulary: corpus.vocabulary });
      for (const options of pages) {
        const result = corpus.store.search(query, options);
        const found = {
          total: result.total,
          byDay: result.byDay,
          bySentiment: result.bySentiment,
          page: result.hits.map((hit) => [hit.day, hit.platform, hit.language, hit.sentiment]),
        };
        expect({ text, ...found }).toEqual({ text, ...expectedSearch(threeWays(text).reference, options) });
      }
    }
  });
});

describe('random queries over the demo corpus', () => {
  it('give identical posts in the store and in the matcher, and match the reference', async () => {
    // A query refused for its size (a phrase of wildcards whose forms in this corpus combine past
    // the limit) is drawn again: which queries those are follows the corpus's words, which change
    // with every change to redaction or normalisation. Each query runs three ways at once here, so
    // the event loop is let run between queries: a block of a minute timed out the test runner's
    // own messages on a slow machine.
    const queries: string[] = [];
    for (const text of queryDraws(corpus.posts.map((post) => post.prepared), corpus.vocabulary, 20251130)) {
      if (queries.length === 100) break;
      await new Promise((resolve) => setImmediate(resolve));
      if (withinSizeLimits(text)) queries.push(text);
    }
    const disagreements: string[] = [];
    let nonEmpty = 0;

    for (const text of queries) {
      const found = threeWays(text);
      if (found.reference.length > 0) nonEmpty++;
      const same = JSON.stringify(found.store) === JSON.stringify(found.reference) &&
        JSON.stringify(found.matcher) === JSON.stringify(found.reference);
      if (!same) {
        disagreements.push(`${text}: store ${found.store.length}, matcher ${found.matcher.length}, reference ${found.reference.length}`);
      }
    }

    expect(disagreements).toEqual([]);
    expect(nonEmpty).toBeGreaterThan(queries.length / 2);
  }, 240_000);
});
