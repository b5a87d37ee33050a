/**
 * Every `example` block of docs/query-language.md, run through both executors: the in-memory
 * matcher and the SQLite store must each find every `finds:` post and no `misses:` post, and an
 * `error:` must be the error the query gives, at its column.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { packageRoot } from '../../src/package-root.js';
import { QueryMatcher } from '../../src/query/match.js';
import { parseQuery } from '../../src/query/parser.js';
import { QueryError } from '../../src/query/query-error.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { EXAMPLE_VOCABULARY, examplePost } from './example-posts.js';

interface Example {
  readonly query: string;
  readonly finds: string[];
  readonly misses: string[];
  readonly error: string | null;
}

function documentedExamples(): Example[] {
  const document = readFileSync(join(packageRoot(), 'docs', 'query-language.md'), 'utf8');
  return [...document.matchAll(/```example\n([\s\S]*?)```/g)].map((block) => {
    const example: Example = { query: '', finds: [], misses: [], error: null };
    for (const line of (block[1] as string).split('\n').filter(Boolean)) {
      const [, key, value] = /^(\w[\w ]*): (.*)$/.exec(line) ?? [];
      if (key === 'query') Object.assign(example, { query: value });
      else if (key === 'finds') example.finds.push(value as string);
      else if (key === 'misses') example.misses.push(value as string);
      else if (key === 'error') Object.assign(example, { error: value });
      else throw new Error(`docs/query-language.md: cannot read example line "${line}"`);
    }
    return example;
  });
}

const examples = documentedExamples();

describe('the documented query examples', () => {
  it('are many enough to cover the language', () => {
    expect(examples.length).toBeGreaterThanOrEqual(35);
  });

  for (const example of examples.filter((entry) => entry.error === null)) {
    it(`${example.query} finds what the document says, in memory and in the store`, () => {
      const query = parseQuery(example.query, { vocabulary: EXAMPLE_VOCABULARY });
      const posts = [...example.finds, ...example.misses].map((line, index) => examplePost(line, `post-${index}`));
      const matcher = new QueryMatcher(query);
      const store = openSqliteStore(':memory:', { timezone: 'Asia/Almaty' });
      try {
        store.savePosts(posts.map((post) => post.item));
        const found = new Set(store.matchingPostIds(query));

        const inMemory = posts.map((post) => matcher.matches(post.matchable));
        const inStore = posts.map((post) => found.has(post.item.post.id));
        const expected = posts.map((_, index) => index < example.finds.length);
        expect({ inMemory, inStore }).toEqual({ inMemory: expected, inStore: expected });
      } finally {
        store.close();
      }
    });
  }

  for (const example of examples.filter((entry) => entry.error !== null)) {
    it(`${example.query} is refused with the documented error`, () => {
      let error: unknown = null;
      try {
        parseQuery(example.query, { vocabulary: EXAMPLE_VOCABULARY });
      } catch (thrown) {
        error = thrown;
      }
      expect(error).toBeInstanceOf(QueryError);
      expect((error as QueryError).message).toContain(example.error);
    });
  }
});
