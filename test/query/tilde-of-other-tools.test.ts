import { describe, expect, it } from 'vitest';

import { casesOf, problemOf } from './refused-queries.js';

const CASES = casesOf('tilde-proximity-and-fuzzy-of-other-tools.txt');

describe('a tilde as other listening tools write it', () => {
  it.each(CASES)('%s is refused with the query to write instead', (query, expected) => {
    expect(problemOf(query)).toContain(expected);
  });

  it('leaves a tilde inside a word, and a phrase without one, as they were', () => {
    expect(['a~b', '"нет воды" OR свет'].map(problemOf)).toEqual(['parsed', 'parsed']);
  });
});
