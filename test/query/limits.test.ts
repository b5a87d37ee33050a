/** Each limit against runaway queries refuses a query past it, naming the limit and the place. */
import { describe, expect, it } from 'vitest';

import { DEFAULT_LIMITS, type QueryLimits } from '../../src/query/limits.js';
import { SearchTimeLimitError } from '../../src/query/search-time-limit-error.js';
import { parseQuery } from '../../src/query/parser.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { searchPosts } from '../../src/store/sqlite/search-posts.js';
import { examplePost } from './example-posts.js';

const SMALL: QueryLimits = { ...DEFAULT_LIMITS, maxTerms: 3, maxDepth: 2, maxDistance: 5, maxLength: 60 };

function messageOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  return 'no error';
}

describe('query limits', () => {
  it('refuse too many words at the first word past the limit', () => {
    expect(messageOf(() => parseQuery('а б в г', { limits: SMALL })))
      .toBe('query: column 7: the query has more than 3 words; split it or use saved queries');
  });

  it('refuse saved queries that double with every step, at the use in the query written', () => {
    // s1 uses s0 twice, s2 uses s1 twice…: subject:s19 stood for a million words, and a project
    // of twenty such subjects took minutes to load.
    const subjects = Array.from({ length: 20 }, (_, n) => ({
      id: `s${n}`, query: n === 0 ? 'автобус' : `subject:s${n - 1} OR (subject:s${n - 1} метро)`,
    }));
    const vocabulary = { subjects, issues: [], slices: [], districts: [] };
    const started = Date.now();

    expect(messageOf(() => parseQuery('яма OR subject:s19', { vocabulary }))).toBe(
      'query: column 8: saved queries are expanded more than 64 times here, each use counted, also inside ' +
        'another saved query; use them fewer times',
    );
    expect(Date.now() - started).toBeLessThan(1000);
    // subject:s5 is 63 uses, s5 itself and 62 below it: still read.
    expect(messageOf(() => parseQuery('subject:s5', { vocabulary }))).toBe('no error');
  });

  it('refuse saved queries that refer to each other once, naming the loop at the use written', () => {
    const subjects = [
      { id: 'a', query: 'subject:b OR автобус' },
      { id: 'b', query: 'subject:c OR метро' },
      { id: 'c', query: 'трамвай OR subject:a' },
    ];
    const vocabulary = { subjects, issues: [], slices: [], districts: [] };
    // Each step wrapped the next: "the saved query of subject:b has a problem: column 1: the
    // saved query of subject:c has a problem: column 12: …", once per subject in the loop.
    expect(messageOf(() => parseQuery('яма OR subject:a', { vocabulary }))).toBe(
      'query: column 8: the saved query of subject:a refers back to itself: subject:a → subject:b → subject:c → subject:a',
    );
  });

  it('refuse parentheses nested too deep at the opening one', () => {
    expect(messageOf(() => parseQuery('((( а )))', { limits: SMALL })))
      .toBe('query: column 3: parentheses nest deeper than 2 levels; simplify the query');
  });

  it('refuse a NEAR distance past the largest', () => {
    expect(messageOf(() => parseQuery('а NEAR/6 б', { limits: SMALL })))
      .toBe('query: column 3: the largest NEAR distance is 5 words');
  });

  it('name the largest NEAR distance however many digits the distance has', () => {
    for (const query of ['а NEAR/99999 б', 'а ONEAR/123456789012345678901234567890 б']) {
      expect(messageOf(() => parseQuery(query))).toMatch(/^query: column 3: the largest NEAR distance is 50 words$/);
    }
  });

  it('refuse a query longer than the limit', () => {
    expect(messageOf(() => parseQuery('а'.repeat(61), { limits: SMALL })))
      .toBe('query: column 61: the query is longer than 60 characters; split it or use saved queries');
  });

  it('refuse a wildcard that stands for more stored forms than allowed, and too many combinations', () => {
    const store = openSqliteStore(':memory:', { timezone: 'Asia/Almaty' });
    store.savePosts([examplePost('Автобус автобуса автобусу автобусом автобусе автобусы', 'forms').item]);
    const database = store.connection;
    const options = { limit: 1, offset: 0 };

    expect(messageOf(() => searchPosts(database, parseQuery('автоб*'), options, { ...DEFAULT_LIMITS, maxWildcardForms: 5 })))
      .toBe('query: column 1: автоб* fits more than 5 word forms in this store; give more letters before the wildcard');
    expect(messageOf(() => searchPosts(database, parseQuery('"автоб* автоб*"'), options, { ...DEFAULT_LIMITS, maxAlternatives: 20 })))
      .toBe('query: column 1: this becomes more than 20 combinations of word forms; use fewer wildcards or words inside one phrase or NEAR');
    expect(searchPosts(database, parseQuery('автоб*'), options).total).toBe(1);
    store.close();
  });

  it('stop a search at the time limit while the matches are read, for words alone and with a filter', () => {
    const store = openSqliteStore(':memory:', { timezone: 'Asia/Almaty' });
    store.savePosts(Array.from({ length: 600 }, (_, index) => examplePost(`Автобус номер ${index}`, `bus-${index}`).item));
    const past = { ...DEFAULT_LIMITS, timeMs: -1 };
    const stopped = 'search: stopped after -1 ms, the time limit; narrow the query with more words or a date: range';

    expect(messageOf(() => searchPosts(store.connection, parseQuery('автобус'), { limit: 1, offset: 0 }, past))).toBe(stopped);
    expect(messageOf(() => searchPosts(store.connection, parseQuery('автобус lang:ru'), { limit: 1, offset: 0 }, past))).toBe(stopped);
    // A type of its own, so that the dashboard says it in the user's language (src/server/said.ts).
    expect(() => searchPosts(store.connection, parseQuery('автобус'), { limit: 1, offset: 0 }, past))
      .toThrow(SearchTimeLimitError);
    expect(searchPosts(store.connection, parseQuery('автобус lang:ru'), { limit: 1, offset: 0 }).total).toBe(600);
    store.close();
  });
});
