import { describe, expect, it } from 'vitest';

import { casesOf, problemOf } from './refused-queries.js';

const CASES = casesOf('field-names-in-russian-and-kazakh.txt');

describe('a field name written in Russian or Kazakh', () => {
  it.each(CASES)('%s is refused with the field meant, not searched as text', (query, expected) => {
    expect(problemOf(query)).toContain(expected);
  });

  it('leaves times, ids and English fields in any case as they were', () => {
    expect(['10:30', 'District:medeu', 'LANG:kk', 'автобус "внимание: объезд"'].map(problemOf))
      .toEqual(['parsed', 'parsed', 'parsed', 'parsed']);
  });
});

describe('a field name written in the longer English of other tools', () => {
  it.each(casesOf('field-names-in-english.txt'))('%s is refused with the field meant', (query, expected) => {
    expect(problemOf(query)).toContain(expected);
  });
});
